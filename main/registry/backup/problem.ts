/**
 * The last failure of an automatic backup (the daily one at open, the background one of a large
 * register, the one on close), kept by the open registry for the desk to show: a full or read-only
 * disk must not stop the clerks from working on the register, nor pass unnoticed day after day.
 */
import { environmentError } from '../../fs/environment-error';

/** Why the last automatic backup failed, in Vietnamese, and when (ISO). */
export interface BackupProblem { message: string; at: string }

/**
 * The problem of an automatic backup into `dir` that failed with `err`, when `err` is a problem of
 * the user's environment (full disk, read-only or missing folder, permissions); undefined otherwise
 * (a bug, which the caller rethrows).
 */
export function backupProblemOf(err: unknown, dir: string): BackupProblem | undefined {
  const error = environmentError(err, 'Không sao lưu tự động được vào thư mục', dir);
  return error && { message: error.message, at: new Date().toISOString() };
}

/** An Error carrying the code of a child process's answer ("SQLITE_FULL: database or disk is full"). */
export function childAnswerError(text: string): Error {
  const error = new Error(text) as Error & { code?: string };
  const code = /^([A-Z][A-Z0-9_]+):/.exec(text)?.[1];
  if (code) error.code = code;
  return error;
}
