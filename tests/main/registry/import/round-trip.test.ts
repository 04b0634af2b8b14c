import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../../main/registry/index';
import type { Engine } from '../../../../main/store';
import { ENGINES, useRegistryEngines } from '../engines';
import { tmpDir } from '../helpers';
import { PERIOD, seedRegister } from '../print/register-fixture';

const engines = useRegistryEngines();

const open: RegistryService[] = [];
afterEach(() => { while (open.length) open.pop()!.close(); });
type Kind = 'out' | 'in' | 'follow-up';

/** Register A on `engine`: outgoing numbers of several types (one cancelled), incoming entries in every status. */
function seeded(engine: Engine): { reg: RegistryService } {
  const t = engines.withTermBook(engine); open.push(t.reg);
  seedRegister(t.reg, t.bookId);
  return { reg: t.reg };
}

/** Every cell of the first sheet as text (dates as ISO), row by row. */
async function sheetValues(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v)));
  });
  return out;
}

/** The CSV Excel writes when the clerk saves the printed XLSX "as CSV UTF-8": shown values, merged titles in their first cell. */
async function excelLikeCsv(bytes: Uint8Array, delimiter: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  const lines: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const v = cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
      const d = v instanceof Date ? v : null;
      const t = d ? `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}` : v === null || v === undefined ? '' : String(v);
      cells.push(/["\n\r,;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    }
    lines.push(cells.join(delimiter));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function importInto(file: string, engine: Engine): Promise<RegistryService> {
  const t = engines.withTermBook(engine); open.push(t.reg);
  const preview = await t.reg.importFile(file);
  expect(preview.refused).toEqual([]);
  const done = await t.reg.importFile(file, { apply: true, expect: preview.fingerprint });
  expect(done.refused).toEqual([]);
  return t.reg;
}

/** What the register holds of each outgoing row (a cancelled number: its number, date and reason, as the book prints it). */
const outRows = (r: RegistryService) => r.listOutgoing().map((e) => (e.status === 'cancelled' ? [e.number, e.date, e.status, e.cancelReason]
  : [e.number, e.date, e.summary, e.status, e.signer, e.recipients, e.copies, e.secrecy, e.urgency, e.notes]));
const inRows = (r: RegistryService) => r.listIncoming().map((e) => [e.serial, e.receivedDate, e.sender, e.senderNumber, [e.typeName, e.summary].filter(Boolean).join(' '), e.routedTo, e.deadline]);

describe.each(ENGINES)('round trip on %s: every printed register vanthu writes imports into a fresh registry unchanged', (engine) => {
  for (const kind of ['out', 'in', 'follow-up'] as Kind[]) {
    for (const form of ['xlsx', 'csv ,', 'csv ;'] as const) {
      it(`${kind} book, ${form}`, async () => {
        const a = seeded(engine);
        const printed = await a.reg.printRegister(kind, { ...PERIOD, format: 'xlsx' });
        const file = path.join(tmpDir(), form === 'xlsx' ? 'so.xlsx' : 'so.csv');
        fs.writeFileSync(file, form === 'xlsx' ? printed : await excelLikeCsv(printed, form.slice(-1)));
        const b = await importInto(file, engine);
        // The book printed again from the imported register is the same, cell for cell (titles included).
        expect(await sheetValues(await b.printRegister(kind, { ...PERIOD, format: 'xlsx' }))).toEqual(await sheetValues(printed));
        if (kind === 'out') expect(outRows(b)).toEqual(outRows(a.reg));
        else expect(inRows(b).map((r) => r.slice(0, kind === 'in' ? 7 : 3))).toEqual(inRows(a.reg).map((r) => r.slice(0, kind === 'in' ? 7 : 3)));
        if (kind === 'follow-up') expect(b.listIncoming().map((e) => e.status)).toEqual(a.reg.listIncoming().map((e) => e.status));
        if (kind === 'out') expect(b.registerNumber(b.listOutBooks()[0].id, { typeCode: 'GM', date: '2024-06-01' }).number).toBe('13-GM/TU');
      });
    }
  }
});
