/** The outgoing list read one page at a time in SQL (LIMIT/OFFSET) with the count of matching rows. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { withTermBook } from './helpers';

let reg: RegistryService | undefined;
afterEach(() => reg?.close());

describe('outgoing list pages', () => {
  it('gives the page asked for, in register order, and the total of the filter', () => {
    const t = withTermBook();
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
});
