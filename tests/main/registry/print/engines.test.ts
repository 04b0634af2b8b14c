/**
 * The printed registers are the same on both engines: one fixture (./register-fixture.ts) written into
 * an SQLite file and into a real PostgreSQL, each book printed from both as DOCX and XLSX: the DOCX
 * bytes are identical (the layout is deterministic), the XLSX cells identical row by row, and the
 * desk's page preview identical.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../../main/registry/index';
import type { Engine } from '../../../../main/store';
import { ENGINES, useRegistryEngines } from '../engines';
import { docxParts, parseXml, registerTable, tableRows } from './docx-xml';
import { PERIOD, seedOrganisation, seedRegister } from './register-fixture';

const engines = useRegistryEngines();
const regs = {} as Record<Engine, RegistryService>;
const KINDS = ['out', 'in', 'follow-up'] as const;

beforeAll(() => {
  for (const engine of ENGINES) {
    const t = engines.withTermBook(engine);
    seedOrganisation(t.reg);
    seedRegister(t.reg, t.bookId);
    t.reg.desk.route(t.reg.listIncoming()[2].id, { unit: 'Ban Tổ chức', person: 'đ/c Lan', deadline: '2024-03-25' });
    regs[engine] = t.reg;
  }
}, 120_000);

/** Every cell of the first sheet as text (dates as ISO), row by row. */
async function sheetValues(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v)));
  });
  return out;
}

describe('printed registers on SQLite and PostgreSQL', () => {
  for (const kind of KINDS) {
    it(`${kind}: the same DOCX bytes and the same XLSX cells from both engines`, async () => {
      const docx = await Promise.all(ENGINES.map((e) => regs[e].printRegister(kind, { ...PERIOD, format: 'docx' })));
      const rows = tableRows(registerTable(parseXml(docxParts(docx[0])['word/document.xml'])));
      // The fixture's rows are there (header rows aside), so the comparison is not of two empty books.
      expect(rows.length).toBeGreaterThanOrEqual(kind === 'out' ? 17 : 4);
      expect(Buffer.from(docx[1]).equals(Buffer.from(docx[0]))).toBe(true);
      const xlsx = await Promise.all(ENGINES.map(async (e) => sheetValues(await regs[e].printRegister(kind, { ...PERIOD, format: 'xlsx' }))));
      expect(xlsx[0][0]).toEqual(expect.arrayContaining(['TỈNH ỦY HÀ NAM']));
      expect(xlsx[1]).toEqual(xlsx[0]);
    });
  }

  it('the outgoing book of one book id, and the desk preview, alike on both engines', async () => {
    const [a, b] = ENGINES.map((e) => regs[e]);
    const bookId = a.listOutBooks()[0].id;
    expect(b.listOutBooks()[0].id).toBe(bookId);
    const [x, y] = await Promise.all([a, b].map(async (r) => sheetValues(await r.printRegister('out', { ...PERIOD, bookId, format: 'xlsx' }))));
    expect(y).toEqual(x);
    for (const kind of KINDS) {
      const p = a.desk.printPreview(kind, PERIOD.from, PERIOD.to);
      expect(p.rows.length).toBeGreaterThan(0);
      expect(b.desk.printPreview(kind, PERIOD.from, PERIOD.to)).toEqual(p);
    }
    expect(a.desk.printPreview('in', PERIOD.from, PERIOD.to).rows.map((r) => r[0])).toEqual(['10/03/2024', '11/03/2024', '11/03/2024', '30/11/2024']);
  });
});
