/**
 * Errors of the CLI. There is one UserError class (common/api/errors.ts): a problem the user can fix,
 * shown as is, exit 1. Problems of the user's environment (full disk, read-only folder, missing
 * folder, no permission, SQLITE_FULL …) are told in Vietnamese by main/fs and exit 1 too. Only a
 * bug exits 2.
 */
import { UserError } from '../../common/api/errors';
import { environmentError } from '../fs';
import { parseArgsMessage } from './inputs';

export { UserError };

/** Exit codes of the `vanthu` command. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;

/** Carries an exit code already reported (a nested command printed its own message). */
export class ExitCode extends Error {
  /** The code to exit with. */
  readonly exitCode: number;
  /** Wraps `code`. */
  constructor(code: number) {
    super('');
    this.exitCode = code;
  }
}

/**
 * Prints what went wrong and returns the exit code: 1 with the message of a UserError, of an
 * environment problem (`action` says what was being done, e.g. "Không mở được sổ đăng ký") or of a
 * bad option (`usage` is shown after it); 2 for anything else, a bug.
 */
export function reportFailure(e: unknown, action: string, usage?: string): number {
  if (e instanceof ExitCode) return e.exitCode;
  if (e instanceof UserError) {
    console.error(e.message);
    return EXIT.user;
  }
  const env = environmentError(e, action);
  if (env) {
    console.error(env.message);
    return EXIT.user;
  }
  const parse = parseArgsMessage(e);
  if (parse) {
    console.error(usage ? `${parse}\n${usage}` : parse);
    return EXIT.user;
  }
  console.error(`Lỗi nội bộ của vanthu (hãy báo cho người quản trị): ${(e as Error)?.message ?? String(e)}`);
  return EXIT.internal;
}
