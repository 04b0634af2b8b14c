/**
 * Parsed arguments of `vanthu registry` and helpers to read them with Vietnamese errors: ids and
 * serials bounded (MAX_ID, MAX_SERIAL), dates within DATE_BOUNDS, choices listed, files read with a
 * UTF-8 BOM accepted (main/cli/inputs.ts).
 */
import { UserError } from '../../../common/api/errors';
import { MAX_SERIAL } from '../../../common/draft/limits';
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { boundedInt, choice, idNumber, optionalDate, readInputText, yearNumber } from '../../cli/inputs';
import type { RegistryService } from '../service';
import { INCOMING_STATUSES } from '../../../common/rules/incoming-status';
import { OUTGOING_STATUSES } from '../../../common/rules/outgoing-status';

/** Options and positionals of a registry command. */
export interface Args {
  positionals: string[];
  db?: string; out?: string; reason?: string; attach?: string[]; overdue?: boolean; from?: string; to?: string;
  book?: string; type?: string; date?: string; name?: string; issuer?: string; scope?: string; start?: string; end?: string;
  last?: string; summary?: string; status?: string; year?: string; org?: string; reservation?: string; secret?: boolean;
  'secret-separate'?: boolean; json?: boolean; user?: string; term?: string;
  /** `import --apply`: write the rows (without it the import is a preview). */
  apply?: boolean;
}

/** A usage mistake on the command line (exit 1): the one UserError, with the code 'invalid-input'. */
export class CommandError extends UserError {
  /** Creates the error with its Vietnamese `message`. */
  constructor(message: string) {
    super('invalid-input', message);
    this.name = 'CommandError';
  }
}

/** The value of a required option or positional. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new CommandError(`Thiếu ${what}.`);
  return value;
}

/** An id option or positional (row, book, reservation): digits, 1..MAX_ID. */
export function int(value: string | undefined, what: string): number | undefined {
  return value === undefined ? undefined : idNumber(value, what);
}

/** The "last number used" of a sequence: 0..MAX_SERIAL. */
export function lastUsed(value: string | undefined, what: string): number | undefined {
  return value === undefined ? undefined : boundedInt(value, what, 0, MAX_SERIAL);
}

/** A year option, within the years of DATE_BOUNDS. */
export function yearOption(value: string | undefined, what: string): number | undefined {
  return value === undefined ? undefined : yearNumber(value, what);
}

/** A date option ("2026-03-06" or "06/3/2026") within DATE_BOUNDS, as ISO. */
export function date(value: string | undefined, what: string): string | undefined {
  return optionalDate(value, what);
}

/** Abbreviations of document types a number may carry ("NQ", "QĐ", … and "QĐi" for offices that write it). */
export const TYPE_CODES: readonly string[] = [...new Set([...DOC_TYPES.map((t) => t.code), 'QĐi'])];

/** A document type abbreviation option (--type). */
export function typeCode(value: string | undefined, what: string): string | undefined {
  return value === undefined ? undefined : choice(value, TYPE_CODES, what);
}

/** A status option of search (incoming or outgoing statuses). */
export function searchStatus(value: string | undefined): string | undefined {
  return value === undefined ? undefined : choice(value, [...INCOMING_STATUSES, ...OUTGOING_STATUSES], 'Trạng thái (--status)');
}

/** Reads a JSON file given on the command line. */
export function readJson(file: string, what: string): unknown {
  const text = readInputText(file, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    const where = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new CommandError(`${what} "${file}" không phải JSON hợp lệ${where ? ` (lỗi ở ký tự thứ ${Number(where) + 1})` : ''}.`);
  }
}

/** Reads a text file given on the command line. */
export function readText(file: string, what: string): string {
  return readInputText(file, what);
}

/** The outgoing book of a command: `--book`, or the only book there is (a CommandError otherwise). */
export function outBookId(reg: RegistryService, a: Args): number {
  const id = int(a.book, 'Mã sổ (--book)');
  if (id !== undefined) return id;
  const books = reg.listOutBooks();
  if (books.length !== 1) throw new CommandError(books.length ? 'Có nhiều sổ văn bản đi; hãy chọn sổ (--book).' : 'Chưa có sổ văn bản đi nào (vanthu registry books add).');
  return books[0].id;
}
