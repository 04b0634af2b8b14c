/**
 * Địa danh và ngày tháng năm (spec §2.3 (4)): `Hà Nam, ngày 06 tháng 3 năm 2021` — days below 10
 * and the months 1 and 2 take a leading zero, months 3–12 do not.
 */

/** A calendar date as the document carries it (no time, no zone). */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The day as written in a date line: "06", "15". */
export function dayText(day: number): string {
  return pad2(day);
}

/** The month as written in a date line: "01", "02", then "3" … "12". */
export function monthText(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** Writes the date line, e.g. `Hà Nam, ngày 06 tháng 3 năm 2021`; with no date, leaves blanks for the clerk. */
export function formatDateLine(place: string, date: CivilDate | null): string {
  if (!date) {
    const blank = '\u00a0'.repeat(5);
    return `${place}, ngày${blank}tháng${blank}năm`;
  }
  return `${place}, ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** The short form "06/03/2021" of a date, as registers and forms show it. */
export function shortDate(d: CivilDate): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/**
 * How screens, registers and messages show a stored date: "2026-10-05" (optionally followed by a
 * time, "2026-10-05T08:00") → "05/10/2026"; empty or missing → ''; any other text is returned trimmed
 * and unchanged, so nothing a file carried is lost.
 */
export function displayDate(text: string | null | undefined): string {
  const t = (text ?? '').trim();
  const d = parseIsoDate(t);
  return d ? shortDate(d) : t;
}

/** The calendar date of a stored ISO date (`YYYY-MM-DD`, optionally followed by `T` and a time), or null when it is none or not on the calendar. */
export function parseIsoDate(text: string): CivilDate | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(text.trim());
  const r = m ? parseDate(m[1]) : null;
  return r?.ok ? r.value : null;
}

/** The received stamp's short date (spec §5.1): day and month without leading zeros, two-digit year ("2021-03-10" → "10/3/21"). */
export function stampDate(iso: string): string {
  const d = fromIsoDate(iso);
  return `${d.day}/${d.month}/${String(d.year).slice(2)}`;
}

/** Reads a date a user typed ("10/3/21", "10/03/2021", "2021-03-10") as ISO; '' stays ''; null when unreadable. */
export function typedDateIso(text: string): string | null {
  if (!text.trim()) return '';
  const r = parseDate(text);
  return r.ok ? toIsoDate(r.value) : null;
}

/** The civil date of a moment in local time. */
export function civilOf(moment: Date): CivilDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** Today (local time) as "2026-11-22". */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(civilOf(now));
}

/** ISO form "2021-03-06" of a civil date, as stored in drafts (the year on four digits: "0999-01-01"). */
export function toIsoDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Result of reading a date a user typed or a file carried. */
export type DateCheck = { ok: true; value: CivilDate } | { ok: false; message: string };

/** Days of `month` (1–12) in the Gregorian `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a date written "06/3/2021", "6/03/21" or "2021-03-06" and checks that it exists
 * (31/02 is refused). Two-digit years are 20xx.
 */
export function parseDate(input: string): DateCheck {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  let year: number, month: number, day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) {
    [day, month, year] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
    if (vn[3].length === 2) year += 2000;
  } else {
    return { ok: false, message: `"${text}" không phải là ngày tháng; hãy ghi theo dạng ngày/tháng/năm, ví dụ 06/3/2021.` };
  }
  // Checked by arithmetic (proleptic Gregorian, year ≥ 1 as date-fns's parse had it): hot in imports.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `Ngày ${pad2(day)}/${pad2(month)}/${year} không có trên lịch.` };
  }
  return { ok: true, value: { year, month, day } };
}

/** The shape of a stored date, yyyy-mm-dd (whether the day exists is parseDate's to say). */
export const ISO_DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `s` is an ISO date yyyy-mm-dd that is on the calendar. */
export function isIsoCalendarDate(s: unknown): s is string {
  return typeof s === 'string' && ISO_DATE_FORM.test(s) && parseDate(s).ok;
}

/**
 * An ISO date written day first as it was given ("9999-12-31" → "31/12/9999"), for messages about a
 * date that may be out of range or not on the calendar (shortDate needs a real date).
 */
export function isoAsTyped(iso: string): string {
  return iso.trim().split('-').reverse().join('/');
}

/** Parses a stored ISO date, throwing on a malformed or impossible one (callers validate first). */
export function fromIsoDate(iso: string): CivilDate {
  const r = parseDate(iso);
  if (!r.ok) throw new RangeError(r.message);
  return r.value;
}

const DATE_LINE = /^(.+), ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm (\d{4})$/u;

/** Checks a date line someone typed against the rule; returns a Vietnamese message or null when right. */
export function checkDateLine(line: string): string | null {
  const m = DATE_LINE.exec(line.normalize('NFC').trim());
  if (m) {
    const r = parseDate(`${m[2]}/${m[3]}/${m[4]}`);
    return r.ok ? null : r.message;
  }
  if (/tháng 0[3-9]/u.test(line)) return 'Tháng từ 3 đến 9 không viết số 0 đứng trước (ví dụ "tháng 3", không phải "tháng 03").';
  if (/ngày [1-9] /u.test(line)) return 'Ngày dưới 10 viết có số 0 đứng trước (ví dụ "ngày 06").';
  if (/tháng [12] /u.test(line)) return 'Tháng 1 và tháng 2 viết "tháng 01", "tháng 02".';
  return 'Dòng địa danh, ngày tháng chưa đúng dạng "Hà Nam, ngày 06 tháng 3 năm 2021".';
}

/**
 * The one rule of which dates vanthu accepts (drafts, registers, the API, the command line): from
 * the Party's founding year (1/1/1930) to one year after today. A date outside is almost always a
 * typing slip ("9999-12-31", "0001-01-01", "2206" for "2026").
 */
export const DATE_BOUNDS = {
  /** Earliest date accepted, ISO. */
  earliest: '1930-01-01',
  /** How many years after today a date may lie. */
  yearsAhead: 1,
} as const;

/** The latest date accepted on `today` (ISO): the same day `DATE_BOUNDS.yearsAhead` years later (29/02 → 28/02). */
export function latestAcceptedDate(today: string = todayIso()): string {
  const t = fromIsoDate(today);
  const year = t.year + DATE_BOUNDS.yearsAhead;
  const day = t.month === 2 && t.day === 29 ? 28 : t.day;
  return toIsoDate({ year, month: t.month, day });
}

/** True when the ISO date `iso` exists and lies within DATE_BOUNDS on `today`. */
export function isDateInRange(iso: string, today: string = todayIso()): boolean {
  if (!isIsoCalendarDate(iso)) return false;
  return iso >= DATE_BOUNDS.earliest && iso <= latestAcceptedDate(today);
}

/** Vietnamese sentence telling the accepted range, e.g. "phải từ 01/01/1930 đến 02/12/2027". */
export function dateRangeText(today: string = todayIso()): string {
  return `phải từ ${shortDate(fromIsoDate(DATE_BOUNDS.earliest))} đến ${shortDate(fromIsoDate(latestAcceptedDate(today)))}`;
}

/**
 * Checks an ISO date against the calendar and DATE_BOUNDS; returns null when accepted, otherwise a
 * Vietnamese message naming `label` (e.g. "Ngày văn bản 31/12/9999 phải từ 01/01/1930 đến …").
 */
export function checkDateInRange(iso: string, label: string, today: string = todayIso()): string | null {
  const r = parseDate(iso);
  if (!r.ok || !ISO_DATE_FORM.test(iso.trim())) return `${label}: ${r.ok ? `"${iso}" phải ghi theo dạng năm-tháng-ngày, ví dụ 2021-03-06` : r.message}`;
  if (isDateInRange(iso.trim(), today)) return null;
  return `${label} ${isoAsTyped(iso)} ${dateRangeText(today)}.`;
}
