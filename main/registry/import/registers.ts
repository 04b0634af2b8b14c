/**
 * Import of registers kept in Excel (.xlsx, every sheet) or CSV: each sheet's heading rows are found
 * by their headings (./header.ts), each data row is read (./rows.ts) and written through the
 * registry's own functions (importNumber, cancelNumber, addIncoming) inside ONE transaction. A
 * preview runs exactly that transaction and rolls it back, so it reports what writing would do —
 * including the registry's refusals (duplicate number, unknown issuer, closed term) — and leaves
 * nothing behind. Writing refuses to go on when the outcome differs from the preview the clerk saw
 * (`expect`): then nothing is written.
 */
import crypto from 'node:crypto';
import type { ImportedRow, ImportedSheet, RefusedRow, RegisterImportReport } from '../../../common/api/domains/register-import';
import type { Ctx } from '../context';
import type { OutBook } from '../types';
import { RegistryError } from '../errors';
import { addIncoming } from '../incoming/incoming';
import { findOutBook, getOutBook } from '../outgoing/books';
import { cancelNumber } from '../outgoing/changes';
import { importNumber } from '../outgoing/outgoing';
import { cellAsText, type RawCell } from './dates';
import { findHeader, headingNames, missingFields, readHeadings, type SheetHeader } from './header';
import { fieldOfHeading, REQUIRED_FIELDS, type ImportField } from './headings';
import { readRegisterFile, type GridSheet } from './read';
import { candidateOf, columnLabel, RowProblem, type Candidate } from './rows';

/** Options of an import: preview (default) or write; the outgoing book to hold every outgoing row. */
export interface ImportOptions {
  /** Write the rows; without it the import is a preview and writes nothing. */
  apply?: boolean;
  /** The fingerprint of the preview being confirmed: writing stops (nothing written) when the outcome differs. */
  expect?: string;
  /** Outgoing rows must belong to this book (else they go to the book of their issuer symbol). */
  bookId?: number;
  /** The file's name as the user chose it (an upload is kept under a generated name). */
  name?: string;
}

/** Excel's letter of a 0-based column: 0 → "A", 27 → "AB". */
export function columnLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Pending { sheet: string; row: number; header: SheetHeader; candidate: Candidate }

class DryRun extends Error {}

const blank = (cells: RawCell[] | undefined) => !cells || cells.every((c) => c === null || cellAsText(c).trim() === '');

/** A row of column numbers under the headings: "(1) (2) (3)…" or "1 2 3…". */
function isColumnNumbers(cells: RawCell[]): boolean {
  const filled = cells.map((c) => cellAsText(c).trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((t) => /^\(?\d{1,2}\)?$/.test(t));
}

/**
 * Whether row `i` repeats the headings (a sheet printed page by page): its first heading column
 * holds a heading, and the row names nearly as many columns as the heading row.
 */
function isRepeatedHeading(sheet: GridSheet, i: number, header: SheetHeader): boolean {
  const first = Math.min(...Object.values(header.columns));
  const cell = sheet.rows[i][first];
  if (cell === null || cell === undefined || !fieldOfHeading(header.kind, cellAsText(cell))) return false;
  return readHeadings(sheet, i, header.kind, 1).score >= Math.max(2, header.score - 1);
}

function where(sheet: string, row: number, many: boolean): string {
  return many ? `Trang "${sheet}", dòng ${row}` : `Dòng ${row}`;
}

function columnName(header: SheetHeader, field: ImportField | undefined): string {
  const c = field === undefined ? undefined : header.columns[field] ?? (field === 'number' ? header.columns.numberSerial : undefined);
  return c === undefined || field === undefined ? '' : `${columnLetter(c)} (${columnLabel(header, field)})`;
}

function refusal(sheet: string, row: number, many: boolean, column: string, why: string): RefusedRow {
  const reason = `${where(sheet, row, many)}${column ? `, cột ${column}` : ''}: ${why.replace(/^./, (ch) => (column ? ch : ch.toUpperCase()))}`;
  return { sheet, row, column, reason };
}

/** What a sheet without usable headings lacks, in Vietnamese. */
function sheetProblem(sheet: GridSheet, header: SheetHeader | null): string {
  if (sheet.rows.every(blank)) return 'trang trống';
  if (!header) {
    return `không tìm thấy dòng tiêu đề cột của sổ trong ${Math.min(sheet.rows.length, 30)} dòng đầu (cần các cột ${headingNames('out', REQUIRED_FIELDS.out)} của sổ văn bản đi, hoặc ${headingNames('in', REQUIRED_FIELDS.in)} của sổ văn bản đến)`;
  }
  const book = header.kind === 'out' ? 'sổ văn bản đi' : header.kind === 'in' ? 'sổ văn bản đến' : 'sổ theo dõi giải quyết văn bản đến';
  return `dòng tiêu đề cột (dòng ${header.row + 1}) của ${book} thiếu cột ${headingNames(header.kind, missingFields(header))}`;
}

/** Reads every sheet: its headings, then each data row as a candidate or a refusal. */
function readRows(sheets: GridSheet[], date1904: boolean, fileName: string, named: boolean) {
  const many = named || sheets.length > 1;
  const pending: Pending[] = [];
  const refused: RefusedRow[] = [];
  const report: ImportedSheet[] = [];
  for (const sheet of sheets) {
    const found = findHeader(sheet);
    const header = found && missingFields(found).length === 0 ? found : null;
    if (!header) {
      report.push({ name: sheet.name, register: found?.kind ?? null, headerRow: found ? found.row + 1 : null, rows: 0, note: sheetProblem(sheet, found) });
      continue;
    }
    let rows = 0;
    for (let i = header.row + header.depth; i < sheet.rows.length; i++) {
      const cells = sheet.rows[i];
      if (blank(cells) || isColumnNumbers(cells)) continue;
      if (isRepeatedHeading(sheet, i, header)) continue;
      rows++;
      try {
        pending.push({ sheet: sheet.name, row: i + 1, header, candidate: candidateOf(header, cells, date1904) });
      } catch (e) {
        if (!(e instanceof RowProblem)) throw e;
        refused.push(refusal(sheet.name, i + 1, many, columnName(header, e.field), e.message));
      }
    }
    report.push({ name: sheet.name, register: header.kind, headerRow: header.row + 1, rows, note: '' });
  }
  if (!report.some((s) => s.register !== null && !s.note)) {
    const why = report.map((s) => (many ? `Trang "${s.name}": ${s.note}` : s.note.replace(/^./, (c) => c.toUpperCase()))).join('. ');
    throw new RegistryError('invalid', `Không nhập được tệp "${fileName}". ${why}. Chưa ghi gì vào sổ.`);
  }
  return { pending, refused, sheets: report, many };
}

/** Writes one row through the registry; returns what the register shows. */
function writeRow(ctx: Ctx, p: Pending, fixedBookId: number | undefined, books: Map<string, OutBook | undefined>): Omit<ImportedRow, 'sheet' | 'row'> {
  const c = p.candidate;
  if (c.kind === 'in') {
    const e = addIncoming(ctx, c.input, [], c.serial);
    return { register: 'in', number: String(e.serial), date: e.receivedDate, summary: e.summary };
  }
  // The books are read once per issuer: the import's transaction writes numbers, never books.
  const key = fixedBookId !== undefined ? `#${fixedBookId}` : c.issuerCode;
  if (!books.has(key)) books.set(key, fixedBookId !== undefined ? getOutBook(ctx, fixedBookId) : findOutBook(ctx, c.issuerCode));
  const book = books.get(key);
  if (!book) {
    throw new RegistryError('invalid', `chưa có sổ văn bản đi cho cơ quan ký hiệu "${c.issuerCode}" (tạo sổ ở Cài đặt → Sổ, nhiệm kỳ trước khi nhập).`);
  }
  if (book.issuerCode !== c.issuerCode) throw new RegistryError('invalid', `số ${c.number} không thuộc sổ "${book.name}" (${book.issuerCode}).`);
  let e = importNumber(ctx, book.id, c.details, c.serial);
  if (c.cancelReason !== undefined) e = cancelNumber(ctx, e.id, c.cancelReason || 'Đã hủy trong sổ cũ (không ghi lý do).');
  return { register: 'out', number: e.number, date: e.date, summary: e.summary, ...(c.cancelReason !== undefined ? { cancelled: true } : {}) };
}

/** The column a registry refusal is about: the number's, the date's (a closed term), or the số đến's. */
function refusedField(p: Pending, e: RegistryError): ImportField | undefined {
  if (p.candidate.kind === 'out') return e.code === 'no-term' ? 'date' : 'number';
  return /Số đến/u.test(e.message) ? 'serial' : undefined;
}

function fingerprintOf(fileHash: string, taken: ImportedRow[], refused: RefusedRow[]): string {
  const h = crypto.createHash('sha256').update(fileHash);
  for (const t of taken) h.update(`\nT${t.sheet}\u0000${t.row}\u0000${t.number}\u0000${t.date}`);
  for (const r of refused) h.update(`\nR${r.reason}`);
  return h.digest('hex');
}

/**
 * Imports (or previews the import of) a register file. Without `opts.apply`, nothing is written:
 * the rows are written in a transaction that is rolled back, and the report says what writing would
 * do. With `opts.apply`, the rows taken are written in one transaction — all or none; with
 * `opts.expect`, only if the outcome is the one that preview showed. Throws RegistryError for a file
 * that cannot be read or holds no register.
 */
export async function importFile(ctx: Ctx, file: string, opts: ImportOptions = {}): Promise<RegisterImportReport> {
  const book = await readRegisterFile(file, opts.name);
  const { pending, refused: unread, sheets, many } = readRows(book.sheets, book.date1904, book.name, book.format === 'xlsx');
  if (opts.bookId !== undefined) getOutBook(ctx, opts.bookId);
  const taken: ImportedRow[] = [];
  const refused: RefusedRow[] = [...unread];
  let fingerprint = '';
  const s = ctx.store;
  const run = () => s.transaction(() => {
    const books = new Map<string, OutBook | undefined>();
    for (const p of pending) {
      try {
        // Each row in a savepoint: a refused row leaves the others (and, on PostgreSQL, the transaction) usable.
        taken.push({ sheet: p.sheet, row: p.row, ...s.transaction(() => writeRow(ctx, p, opts.bookId, books)) });
      } catch (e) {
        if (!(e instanceof RegistryError)) throw e;
        refused.push(refusal(p.sheet, p.row, many, columnName(p.header, refusedField(p, e)), e.message));
      }
    }
    refused.sort((a, b) => book.sheets.findIndex((x) => x.name === a.sheet) - book.sheets.findIndex((x) => x.name === b.sheet) || a.row - b.row);
    fingerprint = fingerprintOf(book.sha256, taken, refused);
    if (opts.apply && opts.expect !== undefined && opts.expect !== fingerprint) {
      throw new RegistryError('conflict', `Tệp "${book.name}" hoặc sổ đã thay đổi từ lúc xem trước; chưa ghi gì. Xem trước lại rồi nhập.`);
    }
    if (!opts.apply) throw new DryRun();
  });
  try {
    run();
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  return { file: book.name, applied: opts.apply === true, fingerprint, sheets, taken, takenCount: taken.length, refused };
}
