/** Parsed arguments of `vanthu registry` and helpers to read them with Vietnamese errors. */
import fs from 'node:fs';

/** Options and positionals of a registry command. */
export interface Args {
  positionals: string[];
  db?: string; out?: string; reason?: string; attach?: string[]; overdue?: boolean; from?: string; to?: string;
  book?: string; type?: string; date?: string; name?: string; issuer?: string; scope?: string; start?: string; end?: string;
  last?: string; summary?: string; status?: string; year?: string; org?: string; reservation?: string; secret?: boolean;
  'secret-separate'?: boolean; json?: boolean; user?: string; term?: string;
}

/** A usage mistake on the command line (exit 1). */
export class CommandError extends Error {}

/** The value of a required option or positional. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new CommandError(`Thiếu ${what}.`);
  return value;
}

/** A positive integer option. */
export function int(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CommandError(`${what} phải là số nguyên, không phải "${value}".`);
  return n;
}

/** Reads a JSON file given on the command line. */
export function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CommandError(`Không đọc được ${what} "${file}".`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CommandError(`${what} "${file}" không phải JSON hợp lệ (${(e as Error).message}).`);
  }
}

/** Reads a text file given on the command line. */
export function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new CommandError(`Không đọc được ${what} "${file}".`);
  }
}
