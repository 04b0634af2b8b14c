/** The outgoing list read one page at a time in SQL (LIMIT/OFFSET) with the count of matching rows, on both engines; and the desk's pages. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { ENGINES, useRegistryEngines } from './engines';

const engines = useRegistryEngines();

let reg: RegistryService | undefined;
afterEach(() => reg?.close());

describe.each(ENGINES)('outgoing list pages on %s', (engine) => {
  it('gives the page asked for, in register order, and the total of the filter', () => {
    const t = engines.withTermBook(engine);
    reg = t.reg;
    for (let i = 1; i <= 25; i++) {
      const details = { typeCode: 'CV', typeId: 'cong-van', date: `2021-03-${String(i).padStart(2, '0')}`, summary: `Công văn ${i}` };
      if (i % 5 === 0) reg.reserveNumber(t.bookId, details);
      else reg.registerNumber(t.bookId, details);
    }
    const page = reg.listOutgoingPage({}, { limit: 10, offset: 10 });
    expect(page.total).toBe(25);
    expect(page.rows.map((e) => e.number)).toEqual(Array.from({ length: 10 }, (_, k) => `${k + 11}-CV/TU`));
    expect(reg.listOutgoingPage({}, { limit: 10, offset: 20 }).rows.map((e) => e.summary)).toEqual(
      ['Công văn 21', 'Công văn 22', 'Công văn 23', 'Công văn 24', 'Công văn 25']);
    const reserved = reg.listOutgoingPage({ status: 'reserved' }, { limit: 2, offset: 1 });
    expect(reserved.total).toBe(5);
    expect(reserved.rows.map((e) => e.number)).toEqual(['10-CV/TU', '15-CV/TU']);
    expect(reg.listOutgoingPage({ status: 'cancelled' }, { limit: 10, offset: 0 })).toEqual({ rows: [], total: 0 });
  });

  it('gives the desk pages of both registers with their totals, filters and file flags', () => {
    const t = engines.withTermBook(engine);
    reg = t.reg;
    for (let i = 1; i <= 7; i++) reg.registerNumber(t.bookId, { typeCode: 'CV', date: `2021-03-0${i}`, summary: `Công văn ${i}` });
    reg.reserveNumber(t.bookId, { typeCode: 'TB', date: '2021-03-08' });
    const out = reg.desk.outgoingPage({ offset: 2, limit: 3 });
    expect(out.total).toBe(8);
    expect(out.rows.map((r) => [r.number, r.hasFile])).toEqual([['06-CV/TU', false], ['05-CV/TU', false], ['04-CV/TU', false]]);
    expect(reg.desk.outgoingPage({ offset: 0, limit: 10, status: 'reserved' }).rows.map((r) => r.status)).toEqual(['reserved']);
    expect(reg.desk.outgoingPage({ offset: 0, limit: 10, from: '2021-03-06', to: '2021-03-07' }).total).toBe(2);
    for (let i = 1; i <= 4; i++) {
      reg.addIncoming({ receivedDate: `2021-04-0${i}`, sender: i % 2 ? 'Ban Tổ chức' : 'Ban Tuyên giáo', summary: `Văn bản đến ${i}` });
    }
    const inPage = reg.desk.incomingPage({ offset: 0, limit: 2, sender: 'Ban Tổ chức' });
    expect(inPage.total).toBe(2);
    expect(inPage.rows.map((r) => [r.serial, r.year, r.bookKind, r.attachments])).toEqual([[3, 2021, 'thuong', 0], [1, 2021, 'thuong', 0]]);
    expect(reg.desk.incomingPage({ offset: 3, limit: 5 })).toMatchObject({ total: 4, rows: [{ serial: 1 }] });
  });
});
