/**
 * Cell and heading text of the printed registers: dates as dd/mm/yyyy, the date-range line, and the
 * value of one column in one row.
 */
import { displayDate, parseIsoDate } from '../../../common/rules/date-line';
import { REGISTER_TITLES, type PrintRow, type RegisterColumn, type RegisterKind } from './columns';

/** Options of one printed register (the period, the organisation and the book). */
export interface PrintOptions {
  /** First day of the period, ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day of the period, ISO `YYYY-MM-DD`. */
  to: string;
  /** Organisation name as printed at the top, e.g. "Đảng ủy Khối các cơ quan tỉnh". */
  orgName: string;
  /** Book name, e.g. "Sổ văn bản đi năm 2026" (printed under the title; may be empty). */
  bookName: string;
}

/** The period line under the title: "Từ ngày 01/10/2026 đến ngày 31/10/2026". */
export function periodLine(from: string, to: string): string {
  return `Từ ngày ${displayDate(from)} đến ngày ${displayDate(to)}`;
}

/** The book-name line under the title, or '' when there is none or it only repeats the title. */
export function bookLine(kind: RegisterKind, bookName: string): string {
  const book = bookName.normalize('NFC').trim();
  return book.toLocaleLowerCase('vi') === REGISTER_TITLES[kind].toLocaleLowerCase('vi') ? '' : book;
}

/**
 * Checks the options of a printed register; returns a Vietnamese message for the clerk, or null
 * when they are usable.
 */
export function checkPrintOptions(opts: PrintOptions): string | null {
  const from = parseIsoDate(opts.from);
  const to = parseIsoDate(opts.to);
  if (!from) return `Ngày bắt đầu không hợp lệ: "${opts.from}" (cần dạng YYYY-MM-DD).`;
  if (!to) return `Ngày kết thúc không hợp lệ: "${opts.to}" (cần dạng YYYY-MM-DD).`;
  if (opts.from.slice(0, 10) > opts.to.slice(0, 10)) {
    return `Khoảng thời gian không hợp lệ: ngày bắt đầu ${displayDate(opts.from)} sau ngày kết thúc ${displayDate(opts.to)}.`;
  }
  return null;
}

// Control characters other than LF (tabs become spaces) and non-characters: not printable, not XML.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The printed text of one cell: dates formatted, NFC, line ends unified, control characters dropped. */
export function cellText(row: PrintRow, col: RegisterColumn): string {
  const raw = (row as unknown as Record<string, string | undefined>)[col.key] ?? '';
  const text = String(raw).normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNPRINTABLE, '');
  return col.kind === 'date' ? displayDate(text) : text.trim();
}

/**
 * The column widths of a book scaled to `total` units (twips for DOCX), as integers summing to
 * exactly `total`.
 */
export function scaleWidths(cols: readonly RegisterColumn[], total: number): number[] {
  const sum = cols.reduce((s, c) => s + c.width, 0);
  const widths = cols.map((c) => Math.floor((c.width / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}
