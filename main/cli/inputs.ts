/**
 * Reading what the command line gives: files (a UTF-8 BOM accepted), dates, serial numbers, ids,
 * counts and choices, each bounded by the same rules as everywhere else (MAX_SERIAL, DATE_BOUNDS),
 * and node:util parseArgs errors told in Vietnamese. Every refusal is a UserError (exit 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api/errors';
import { MAX_SERIAL } from '../../common/draft/limits';
import { checkDateInRange, DATE_BOUNDS, parseDate, todayIso, toIsoDate } from '../../common/rules/date-line';
import { environmentError } from '../fs';

/** Largest id of a register row, book or reservation (SQLite INTEGER ids of a real office never get near). */
export const MAX_ID = 2_147_483_647;

/** A usage mistake on the command line. */
const refuse = (message: string) => new UserError('invalid-input', message);

/** Text without the UTF-8 byte order mark some Windows editors put first. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a UTF-8 text file named on the command line (`what`: "tệp bản thảo"); BOM stripped. */
export function readInputText(file: string, what: string): string {
  try {
    if (fs.statSync(file).isDirectory()) throw refuse(`Không đọc được ${what} "${path.basename(file)}": đó là một thư mục.`);
    return stripBom(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw environmentError(e, `Không đọc được ${what}`, file) ?? refuse(`Không đọc được ${what} "${path.basename(file)}".`);
  }
}

/** A date typed "2026-03-06" or "06/3/2026", checked against the calendar and DATE_BOUNDS; ISO. */
export function dateOption(value: string, label: string, today: string = todayIso()): string {
  const r = parseDate(value);
  if (!r.ok) throw refuse(`${label}: ${r.message}`);
  const iso = toIsoDate(r.value);
  const problem = checkDateInRange(iso, label, today);
  if (problem) throw refuse(problem);
  return iso;
}

/** An optional date option (undefined stays undefined). */
export function optionalDate(value: string | undefined, label: string): string | undefined {
  return value === undefined ? undefined : dateOption(value, label);
}

/** A whole number written in digits only, between `min` and `max`. */
export function boundedInt(value: string, label: string, min: number, max: number): number {
  const text = value.trim();
  if (!/^\d+$/.test(text)) throw refuse(`${label} phải là số nguyên viết bằng chữ số, không phải "${value}".`);
  const n = Number(text);
  if (n < min || n > max) throw refuse(`${label} phải từ ${min} đến ${max}, không phải ${text}.`);
  return n;
}

/** A serial of a register ("số thứ tự"): 1..MAX_SERIAL. */
export function serialNumber(value: string, label: string): number {
  return boundedInt(value, label, 1, MAX_SERIAL);
}

/** The id of a row, book or reservation: 1..MAX_ID. */
export function idNumber(value: string, label: string): number {
  return boundedInt(value, label, 1, MAX_ID);
}

/** A year between the year of DATE_BOUNDS.earliest and the latest accepted year. */
export function yearNumber(value: string, label: string, today: string = todayIso()): number {
  const first = Number(DATE_BOUNDS.earliest.slice(0, 4));
  return boundedInt(value, label, first, Number(today.slice(0, 4)) + DATE_BOUNDS.yearsAhead);
}

/** One of `allowed`; otherwise a message listing them. */
export function choice<T extends string>(value: string, allowed: readonly T[], label: string): T {
  const v = value.normalize('NFC').trim();
  const hit = allowed.find((a) => a === v);
  if (hit === undefined) throw refuse(`${label} "${value}" không hợp lệ; chọn một trong: ${allowed.join(', ')}.`);
  return hit;
}

/** The option named in a parseArgs message ("Option '-o, --out <value>' argument missing" -> "--out"). */
function optionIn(message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  return /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0] ?? '';
}

/** Vietnamese text of a node:util parseArgs error, or undefined when `e` is not one. */
export function parseArgsMessage(e: unknown): string | undefined {
  const { code, message = '' } = (e ?? {}) as { code?: string; message?: string };
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const opt = optionIn(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Tùy chọn không hợp lệ: ${opt}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Thừa tham số: ${opt}`;
  if (/argument missing|argument is ambiguous/.test(message)) return `Tùy chọn ${opt} cần một giá trị (ví dụ ${opt} <giá trị>).`;
  if (/does not take an argument/.test(message)) return `Tùy chọn ${opt} không nhận giá trị.`;
  return `Tùy chọn ${opt} không hợp lệ.`;
}
