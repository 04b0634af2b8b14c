/**
 * Reading a register file into sheets of cells: every worksheet of an .xlsx (exceljs, streaming), or a .csv
 * (csv-parse: UTF-8 with or without BOM, UTF-16 with BOM, `;` `,` or tab delimited, quoted line
 * breaks). The file is recognised by its first bytes, not its name. Text cells lose the characters
 * XML cannot carry (common/text/sanitize.ts) and are NFC; numbers and date cells stay typed for
 * ./dates.ts. Unreadable files are refused with a Vietnamese message naming the file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse as parseCsvText } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { LIMITS } from '../../../common/api/fields';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import { RegistryError } from '../errors';
import type { RawCell } from './dates';
import { inStreamingOrder } from './xlsx-order';

/** How many rows from the top of a sheet may hold the title block and the headings. */
export const HEADER_SCAN_ROWS = 30;

/** Most rows one file may hold (all sheets together, headings and blank rows counted): bounds time and memory. */
export const MAX_READ_ROWS = 100_000;

/** The message for a file over MAX_READ_ROWS. */
function tooManyRows(name: string): string {
  return `Tệp "${name}" có hơn ${MAX_READ_ROWS.toLocaleString('vi-VN')} dòng; tách sổ thành nhiều tệp (ví dụ mỗi tệp vài năm) rồi nhập lần lượt.`;
}

/** One worksheet (or the CSV) as rows of cells; `rows[i]` is file row i + 1, `rows[i][j]` column j + 1. */
export interface GridSheet {
  /** Worksheet name (the CSV's file name for a CSV). */
  name: string;
  rows: RawCell[][];
  /**
   * The merged range a cell of the heading rows belongs to, as the 0-based [row, column] of its
   * top-left cell, when the reader knows it and the merged cells all carry the value; null
   * otherwise (.xlsx and .csv: a merged value is in its first cell, the other cells are empty).
   */
  mergedFrom(row: number, col: number): [number, number] | null;
}

/** A register file as read. */
export interface RegisterWorkbook {
  /** File name without its folder (messages never show the path). */
  name: string;
  /** The file's format, recognised by its content. */
  format: 'xlsx' | 'csv';
  /** SHA-256 of the file's bytes, as read (hex). */
  sha256: string;
  /** Whether the workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
  sheets: GridSheet[];
}

/** Cleans a text cell: NFC, line ends unified, characters XML cannot carry dropped, trimmed. */
export function cleanCellText(text: string): string {
  return stripNonXmlChars(text.normalize('NFC').replace(/\r\n?/g, '\n')).trim();
}

function cellOf(v: ExcelJS.CellValue | undefined): RawCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return cleanCellText(v) || null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return cleanCellText(v.richText.map((r) => r.text).join('')) || null;
    if ('result' in v) return cellOf(v.result as ExcelJS.CellValue);
    if ('text' in v) return cellOf(v.text as ExcelJS.CellValue);
  }
  return null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Reads every worksheet with exceljs's streaming reader, the package re-packed by ./xlsx-order.ts so
 * that nothing is spooled to the temporary folder: only the cells' values are kept (no styles, no
 * workbook model), so memory stays proportional to the cells. A merged cell's value is in its
 * first cell, the others are empty (the heading rules of ./header.ts expect exactly that).
 */
async function readXlsx(bytes: Buffer, name: string): Promise<RegisterWorkbook> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(inStreamingOrder(bytes, name))]), {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore',
  });
  const sheets: GridSheet[] = [];
  let count = 0;
  try {
    for await (const ws of reader) {
      const rows: RawCell[][] = [];
      for await (const row of ws) {
        if (++count > MAX_READ_ROWS) throw new RegistryError('invalid', tooManyRows(name));
        const values = row.values as ExcelJS.CellValue[];
        const cells: RawCell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellOf(values[c]));
        rows[row.number - 1] = cells;
      }
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      sheets.push({ name: (ws as unknown as { name?: string }).name ?? `Trang ${sheets.length + 1}`, rows, mergedFrom: () => null });
    }
  } catch (e) {
    if (e instanceof RegistryError) throw e;
    throw new RegistryError('invalid', `Tệp "${name}" bị hỏng hoặc không trọn vẹn: không mở được như bảng tính Excel (.xlsx). Mở lại tệp gốc trong Excel và lưu thành .xlsx.`);
  }
  if (!sheets.length) {
    throw new RegistryError('invalid', `Tệp "${name}" bị hỏng hoặc không trọn vẹn: không có trang tính nào. Mở lại tệp gốc trong Excel và lưu thành .xlsx.`);
  }
  const props = (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties;
  return { name, format: 'xlsx', sha256: '', date1904: Boolean(props?.model?.date1904), sheets };
}

/** The text of a CSV file: UTF-8 (BOM or not) or UTF-16 with its BOM; other encodings are refused. */
function csvText(bytes: Buffer, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new RegistryError('invalid', `Tệp "${name}" không ở bảng mã UTF-8 (tiếng Việt sẽ sai chữ). Trong Excel, chọn Lưu thành → "CSV UTF-8 (Comma delimited)" rồi nhập lại.`);
  }
}

/** The delimiter of CSV text: the most frequent of `;`, `,` and tab outside quotes in its first lines. */
export function csvDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 20).join('\n').replace(/"[^"]*"/g, '');
  const count = (ch: string) => head.split(ch).length - 1;
  const [best] = [';', ',', '\t'].sort((a, b) => count(b) - count(a));
  return count(best) > 0 ? best : ',';
}

/** Splits CSV text into rows of cells with csv-parse (quotes, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  return parseCsvText(body, {
    delimiter: csvDelimiter(body), record_delimiter: ['\r\n', '\n', '\r'], bom: true, relax_column_count: true, relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

function readCsv(bytes: Buffer, name: string): RegisterWorkbook {
  let rows: string[][];
  try {
    rows = parseCsv(csvText(bytes, name));
  } catch (e) {
    if (e instanceof RegistryError) throw e;
    const at = (e as { lines?: number }).lines;
    throw new RegistryError('invalid', `Tệp "${name}" không đọc được như tệp CSV${at ? ` (dòng ${at})` : ''}: ${(e as Error).message}`);
  }
  if (rows.length > MAX_READ_ROWS) throw new RegistryError('invalid', tooManyRows(name));
  const grid = rows.map((r) => r.map((c) => cleanCellText(c) || null));
  return { name, format: 'csv', sha256: '', date1904: false, sheets: [{ name: path.basename(name, path.extname(name)), rows: grid, mergedFrom: () => null }] };
}

/**
 * Reads a register file (.xlsx or .csv, recognised by content; at most LIMITS.uploadBytes). `shownName`
 * is the name the user knows the file by (an upload is stored under another name): messages and a
 * CSV's sheet use it.
 * Throws RegistryError with a Vietnamese message for a missing, too large, non-Excel, old-format
 * (.xls), password-protected or damaged file.
 */
export async function readRegisterFile(file: string, shownName?: string): Promise<RegisterWorkbook> {
  const name = shownName?.trim() || path.basename(file);
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > LIMITS.uploadBytes) {
      throw new RegistryError('invalid', `Tệp "${name}" quá lớn (${Math.ceil(size / 1048576)} MB; tối đa ${LIMITS.uploadBytes / 1048576} MB). Tách sổ thành nhiều tệp, mỗi tệp vài năm.`);
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof RegistryError) throw e;
    throw new RegistryError('io', `Không đọc được tệp "${name}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : (e as Error).message}.`);
  }
  const ext = path.extname(name).toLowerCase();
  if (bytes.length === 0) throw new RegistryError('invalid', `Tệp "${name}" rỗng: không có sổ nào để nhập.`);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  if (startsWith(bytes, ZIP)) return { ...(await readXlsx(bytes, name)), sha256 };
  if (startsWith(bytes, OLE)) {
    throw new RegistryError('invalid', `Tệp "${name}" là tệp Excel 97-2003 (.xls) hoặc tệp được đặt mật khẩu: vanthu chưa đọc được. Mở trong Excel, bỏ mật khẩu nếu có, rồi lưu thành .xlsx.`);
  }
  if (ext === '.csv' || ext === '.txt') return { ...readCsv(bytes, name), sha256 };
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw new RegistryError('invalid', `Tệp "${name}" không phải tệp Excel (.xlsx): nội dung của nó không phải bảng tính. Chọn đúng tệp sổ, hoặc lưu lại từ Excel.`);
  }
  throw new RegistryError('invalid', `Chỉ nhập được sổ lưu bằng Excel (.xlsx) hoặc CSV (.csv); tệp "${name}" không phải hai loại này.`);
}
