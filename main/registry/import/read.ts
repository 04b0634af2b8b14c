/**
 * Reading registers kept in Excel: the first worksheet of an .xlsx (exceljs) or a .csv (comma or
 * semicolon, UTF-8 with or without BOM) as rows of strings, with the header row found and dates
 * turned into ISO form. Every cell loses the characters XML cannot carry (common/text/sanitize.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import { RegistryError } from '../errors';

/** A sheet: header cells and data rows (with their 1-based row numbers in the file). */
export interface Sheet { header: string[]; rows: { row: number; cells: string[] }[] }

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

/** Splits CSV text into rows of cells (quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const head = src.split(/\r?\n/, 6).join('\n').replace(/"[^"]*"/g, '');
  const sep = (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) { row.push(cell); cell = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Reads a .xlsx or .csv file; the header is the first row with at least three filled cells. */
export async function readSheet(file: string): Promise<Sheet> {
  const ext = path.extname(file).toLowerCase();
  let raw: string[][];
  try {
    if (ext === '.csv') raw = parseCsv(fs.readFileSync(file, 'utf8'));
    else if (ext === '.xlsx') {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0];
      if (!ws) throw new RegistryError('invalid', `Tệp "${file}" không có trang tính nào.`);
      raw = [];
      ws.eachRow({ includeEmpty: true }, (r, n) => {
        const cells: string[] = [];
        for (let c = 1; c <= r.cellCount; c++) cells.push(cellText(r.getCell(c).value));
        raw[n - 1] = cells;
      });
      for (let i = 0; i < raw.length; i++) raw[i] ??= [];
    } else throw new RegistryError('invalid', `Chỉ nhập được tệp .xlsx hoặc .csv, không phải "${ext || file}".`);
  } catch (e) {
    if (e instanceof RegistryError) throw e;
    throw new RegistryError('io', `Không đọc được tệp "${file}": ${(e as Error).message}`);
  }
  const h = raw.findIndex((r) => r.filter((c) => c.trim()).length >= 3);
  if (h < 0) throw new RegistryError('invalid', `Không tìm thấy dòng tiêu đề cột trong "${file}".`);
  const clean = (c: string) => stripNonXmlChars(c).trim();
  const rows = raw.slice(h + 1).map((cells, i) => ({ row: h + 2 + i, cells: cells.map(clean) }))
    .filter((r) => r.cells.some(Boolean));
  return { header: raw[h].map(clean), rows };
}

/** Turns "05/02/2024", "5/2/24", "2024-02-05" into ISO; null when not a date. */
export function toIsoDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t))) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3].length === 2) y += 2000;
  } else return null;
  const iso = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const dt = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === iso ? iso : null;
}
