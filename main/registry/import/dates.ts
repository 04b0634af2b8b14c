/**
 * Dates of an imported register, however the sheet holds them: text typed by a clerk
 * ("06/3/2021", "6/3/21", "06.03.2021", "2021-03-06", "ngày 06 tháng 3 năm 2021"), an Excel date
 * serial (a number, 1900 or 1904 date system), or a date cell as exceljs reads it (a Date at UTC
 * midnight of the serial). No local-time conversion anywhere: a date is days since an epoch, turned
 * into a calendar date by arithmetic, so the result does not depend on the machine's time zone.
 * Text forms are read by common/rules/date-line.ts.
 */
import { parseDate, toIsoDate } from '../../../common/rules/date-line';
import { foldVietnamese } from '../../../common/text/normalize';

/** A cell as read from a sheet: text, a number, a date cell, or nothing. */
export type RawCell = string | number | Date | null;

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system, after its 29/02/1900) to 1970-01-01. */
const EXCEL_1900_TO_UNIX = 25_569;
/** Days from 1904-01-01 (day 0 of the 1904 system) to 1970-01-01. */
const EXCEL_1904_TO_UNIX = 24_107;
/** Largest serial Excel shows as a date (31/12/9999). */
const MAX_SERIAL_DAY = 2_958_465;

/** The ISO date `days` days after 1970-01-01, read from the platform's UTC calendar (no time zone involved). */
function isoOfUnixDays(days: number): string {
  const moment = new Date(days * MS_PER_DAY);
  return toIsoDate({ year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() });
}

/**
 * The ISO date of an Excel serial ("44261" → 2021-03-06), or null when it is no date. The time of
 * day (the fraction) is dropped; serials 1–60 of the 1900 system are shifted by Excel's 29/02/1900.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL_DAY) return null;
  let day = Math.floor(serial + 1e-9);
  if (!date1904 && day < 61) day += 1;
  return isoOfUnixDays(day - (date1904 ? EXCEL_1904_TO_UNIX : EXCEL_1900_TO_UNIX));
}

/** The ISO date of a date cell (exceljs gives the serial's moment at UTC), rounded to its day. */
function dateCellToIso(d: Date): string | null {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return null;
  return isoOfUnixDays(Math.floor(ms / MS_PER_DAY + 1e-6));
}

const WORDS = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{2}|\d{4})\b/;
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/;

/** The ISO date a typed text names, or null: the forms parseDate reads, ISO with a time, and "ngày … tháng … năm …". */
export function textToIso(text: string): string | null {
  const t = text.normalize('NFC').trim();
  if (!t) return null;
  const timed = ISO_WITH_TIME.exec(t);
  const words = WORDS.exec(foldVietnamese(t));
  const candidate = timed ? timed[1] : words ? `${words[1]}/${words[2]}/${words[3]}` : t.replace(/\s+/g, '');
  const r = parseDate(candidate);
  return r.ok ? toIsoDate(r.value) : null;
}

/**
 * The ISO date a cell holds, or null when it holds none: text by {@link textToIso}, a number as an
 * Excel serial (only numbers that are plausible serials, ≥ 1), a date cell by its UTC day.
 */
export function cellToIsoDate(cell: RawCell, date1904 = false): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return dateCellToIso(cell);
  if (typeof cell === 'number') return excelSerialToIso(cell, date1904);
  return textToIso(cell);
}

/** A cell as text: a date cell as its ISO day, a number as written, text unchanged. */
export function cellAsText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return dateCellToIso(cell) ?? '';
  return typeof cell === 'number' ? String(cell) : cell;
}
