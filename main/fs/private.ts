/**
 * Private files: everything vanthu stores is readable by the user's own account only. On POSIX the
 * data folder is 0700 and every file in it 0600; on Windows the per-user profile folder already
 * keeps other accounts out (see docs/security.md).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Mode of every folder vanthu creates. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file vanthu writes. */
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Sets the process umask so that files created by libraries (SQLite's -wal, -shm) are private too. */
export function usePrivateUmask(): void {
  if (posix) process.umask(0o077);
}

/** Creates `dir` (and parents) if missing and makes it 0700. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Makes an existing data folder private: the folder and its subfolders 0700, its files 0600.
 * Entries that cannot be changed (owned by someone else) are left and reported in the result.
 */
export function privatiseTree(dir: string): string[] {
  const failed: string[] = [];
  if (!posix || !fs.existsSync(dir)) return failed;
  const visit = (entry: string, isDir: boolean) => {
    try { fs.chmodSync(entry, isDir ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE); } catch { failed.push(entry); }
    if (!isDir) return;
    for (const child of fs.readdirSync(entry, { withFileTypes: true })) {
      if (child.isSymbolicLink()) continue;
      visit(path.join(entry, child.name), child.isDirectory());
    }
  };
  visit(dir, true);
  return failed;
}
