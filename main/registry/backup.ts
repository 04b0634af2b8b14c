/**
 * Backups: on demand with SQLite's online backup API (`db.backup`, the database stays usable), and
 * automatically (daily on open, on close) with `VACUUM INTO`, rotated keeping N. Restore checks the backup first and keeps the
 * current file aside before putting the backup in its place.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './db';
import { openDatabase } from './db';
import { RegistryError } from './errors';

const AUTO = /^vanthu-(\d{8})-(\d{6})-[a-z]+(-\d+)?\.db$/;

function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Writes a consistent copy of the open database to `dest` (never over an existing file). */
export async function backupTo(db: Db, dest: string): Promise<string> {
  const abs = path.resolve(dest);
  if (fs.existsSync(abs)) throw new RegistryError('conflict', `Tệp "${abs}" đã có; chọn tên khác để không ghi đè.`);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.dang-sao-luu`;
  fs.rmSync(tmp, { force: true });
  await db.backup(tmp);
  selfContained(tmp);
  fs.renameSync(tmp, abs);
  return abs;
}

/** Switches a copy to rollback-journal mode, so it is one file that opens read-only without -wal/-shm. */
function selfContained(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Automatic backups in `dir`, newest last (by modification time, then name). */
export function listAutoBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => AUTO.test(f)).map((f) => path.join(dir, f))
    .map((f) => ({ f, t: fs.statSync(f, { bigint: true }).mtimeNs }))
    .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.f.localeCompare(b.f))).map((x) => x.f);
}

/**
 * Takes an automatic backup into `dir` and keeps the newest `keep`. A 'daily' backup is skipped when
 * one was already taken today. Synchronous (`VACUUM INTO`, a consistent compacted copy), so it can
 * run on open and on close. Returns the new file or null.
 */
export function autoBackup(db: Db, dir: string, keep: number, reason: 'daily' | 'close' | 'manual'): string | null {
  const now = new Date();
  const today = stamp(now).slice(0, 8);
  if (reason === 'daily' && listAutoBackups(dir).some((f) => AUTO.exec(path.basename(f))![1] === today)) return null;
  let file = path.join(dir, `vanthu-${stamp(now)}-${reason}.db`);
  for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, `vanthu-${stamp(now)}-${reason}-${i}.db`);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.dang-sao-luu`;
  fs.rmSync(tmp, { force: true });
  db.prepare('VACUUM INTO ?').run(tmp);
  selfContained(tmp);
  fs.renameSync(tmp, file);
  const out = file;
  const all = listAutoBackups(dir);
  for (const old of all.slice(0, Math.max(0, all.length - Math.max(1, keep)))) fs.rmSync(old, { force: true });
  return out;
}

/**
 * Restores `src` into `target` (the database must be closed by the caller). The backup is checked
 * (SQLite, vanthu, integrity) before anything moves; the current file and its -wal/-shm are renamed
 * aside, never deleted. Returns the path kept aside.
 */
export function restoreFile(target: string, src: string): string {
  const abs = path.resolve(target);
  const from = path.resolve(src);
  if (!fs.existsSync(from)) throw new RegistryError('missing-file', `Không tìm thấy tệp sao lưu "${from}".`);
  if (from === abs) throw new RegistryError('invalid', 'Tệp sao lưu trùng với tệp đang dùng.');
  openDatabase(from, { readonly: true }).close();
  const aside = `${abs}.truoc-khoi-phuc-${stamp()}`;
  if (fs.existsSync(abs)) {
    fs.renameSync(abs, aside);
    for (const ext of ['-wal', '-shm']) if (fs.existsSync(abs + ext)) fs.renameSync(abs + ext, aside + ext);
  }
  fs.copyFileSync(from, abs, fs.constants.COPYFILE_EXCL);
  return aside;
}
