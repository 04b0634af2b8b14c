/**
 * Field schemas shared by the operations of the contract: bounded strings, identifiers, dates,
 * file references. Limits are written once here so the host, the IPC layer and the tests agree.
 */
import * as z from 'zod';
import { DATE_BOUNDS, ISO_DATE_FORM, dateRangeText, isDateInRange, isoAsTyped, latestAcceptedDate } from '../rules/date-line';
import { MAX_SERIAL } from '../draft/limits';

/** Size limits of the contract. */
export const LIMITS = {
  /** A name, a title, a line of a header. */
  line: 200,
  /** A summary (trích yếu) or a note. */
  text: 2000,
  /** A search query. */
  query: 200,
  /** A file reference (path) sent by the window. */
  path: 1024,
  /** A draft serialised as JSON, in characters. */
  draftJson: 2_000_000,
  /** Body of one HTTP call of the local host, in bytes. */
  requestBytes: 4_000_000,
  /** A file uploaded through the local host, in bytes. */
  uploadBytes: 30 * 1024 * 1024,
  /** Rows returned by one list call. */
  rows: 500,
  /** An account's user name (tên đăng nhập), in characters: at least… */
  userNameMin: 3,
  /** …and at most. */
  userNameMax: 64,
  /** An account's password, in characters (after NFC): at least… */
  passwordMin: 10,
  /** …and at most (scrypt hashes any length; the bound keeps requests small). */
  passwordMax: 128,
} as const;

/** A required single line of text. */
export const line = z.string().trim().min(1).max(LIMITS.line);
/** An optional single line of text (may be empty). */
export const optLine = z.string().trim().max(LIMITS.line).default('');
/** A longer free text (may be empty). */
export const text = z.string().max(LIMITS.text).default('');
/** A generated identifier: lower-case letters, digits and dashes. */
export const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'mã không hợp lệ');
/**
 * A calendar date, ISO form yyyy-mm-dd, within the one range of accepted dates (DATE_BOUNDS in
 * common/rules/date-line: 1/1/1930 to a year after today).
 */
export const isoDate = z.iso.date().refine((s) => !ISO_DATE_FORM.test(s) || isDateInRange(s), {
  error: (issue) => `${isoAsTyped(String(issue.input))} nằm ngoài khoảng cho phép, ${dateRangeText()}`,
});
/** A document or register serial (số): 1 to MAX_SERIAL, the digits the register allows. */
export const serial = z.number().int().min(1).max(MAX_SERIAL);
/** A last-used serial declared for a register (0: none used yet). */
export const lastUsedSerial = z.number().int().min(0).max(MAX_SERIAL);
/** A calendar year within the accepted dates (DATE_BOUNDS). */
export const year = z.number().int().min(Number(DATE_BOUNDS.earliest.slice(0, 4))).refine((y) => y <= latestYear(), {
  error: () => `không được lớn hơn ${latestYear()}`,
});

function latestYear(): number {
  return Number(latestAcceptedDate().slice(0, 4));
}
/** How many rows a list call returns. */
export const limit = z.number().int().min(1).max(LIMITS.rows).default(100);
/** A row offset for paging. */
export const offset = z.number().int().min(0).max(10_000_000).default(0);

/**
 * A reference to a file the main process owns (a path). Only its form is checked here; the
 * dispatcher then checks that it lies inside the allowed folders before any service runs.
 */
export const fileRef = z
  .string()
  .min(1)
  .max(LIMITS.path)
  .refine((p) => !p.includes('\0'), 'đường dẫn không hợp lệ');

/** A file name without folders, as suggested to a save dialog. */
export const fileName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\0]+$/u, 'tên tệp chứa ký tự không được phép');

/** An empty request. */
export const empty = z.strictObject({});
