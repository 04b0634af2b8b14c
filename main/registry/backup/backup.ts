/**
 * Backups: on demand with SQLite's online backup API (`db.backup`, the database stays usable), and
 * automatically (daily on open, on close) with `VACUUM INTO`, rotated keeping N. Restore checks the
 * backup first, keeps the numbers given since, keeps the current file under a second name, and
 * puts the backup in its place with one atomic rename.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fsyncDir } from '../../fs';
import { sweepFilesOfEndedProcesses } from '../../fs/temp-dir';
import { sqliteCtx } from '../context';
import { headVerifies } from '../audit/log';
import { candidateKeys, installAuditKey, loadAuditKey, useAuditKey } from '../audit/key';
import type { Db } from '../db';
import { openDatabase } from '../db';
import { RegistryError } from '../errors';
import { dataDirFor } from '../paths';
import { runSqliteChild } from '../sqlite-child';
import { backupProblemOf, childAnswerError, type BackupProblem } from './problem';
import { checkBackupAudit, checkStoredPaths } from './restore-check';
import { keepLaterNumbers, liveNumbers, type LaterNumber } from './restore-reconcile';

const AUTO = /^vanthu-(\d{8})-(\d{6})-[a-z]+(-\d+)?\.db$/;

/** A copy being written: `<file>.<pid>-<n>.dang-sao-luu`, this process's own (see copyingName). */
const COPYING = /\.(\d+)-\d+\.dang-sao-luu$/;
let copies = 0;

/**
 * The temporary name a copy of `file` is written under before it is published: named by this
 * process, so two vanthu processes backing up in the same second (the app and a command, two
 * windows) never write into, remove or publish each other's copy.
 */
function copyingName(file: string): string {
  return `${file}.${process.pid}-${++copies}.dang-sao-luu`;
}

/** Removes from `dir` the copies left by a process killed while writing one (not left on the backup disk). */
const sweepKilledCopies = (dir: string) => sweepFilesOfEndedProcesses(dir, COPYING);

function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Writes a consistent copy of the open database to `dest` (never over an existing file). */
export async function backupTo(db: Db, dest: string): Promise<string> {
  const abs = path.resolve(dest);
  if (fs.existsSync(abs)) throw new RegistryError('conflict', `Tệp "${abs}" đã có; chọn tên khác để không ghi đè.`);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  sweepKilledCopies(path.dirname(abs));
  const tmp = copyingName(abs);
  try {
    await db.backup(tmp);
    publishCopy(tmp, abs);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return abs;
}

/**
 * Puts a backup copy made under the temporary name `tmp` in place as `file`, the one way every
 * backup lands: one self-contained file, flushed, renamed, its folder flushed (a crash leaves
 * either no backup or a whole one).
 */
function publishCopy(tmp: string, file: string): void {
  selfContained(tmp);
  fsyncFile(tmp);
  fs.renameSync(tmp, file);
  fsyncDir(path.dirname(file));
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

/** The file the next automatic backup goes to, or null for a 'daily' one when one was taken today. */
function nextAutoBackup(dir: string, reason: AutoReason): string | null {
  const now = new Date();
  const today = stamp(now).slice(0, 8);
  if (reason === 'daily' && listAutoBackups(dir).some((f) => AUTO.exec(path.basename(f))![1] === today)) return null;
  let file = path.join(dir, `vanthu-${stamp(now)}-${reason}.db`);
  for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, `vanthu-${stamp(now)}-${reason}-${i}.db`);
  fs.mkdirSync(dir, { recursive: true });
  sweepKilledCopies(dir);
  return file;
}

/** Publishes the copy `tmp` as `file` (flushed, renamed, folder flushed) and keeps the newest `keep` backups. */
function publishAutoBackup(tmp: string, file: string, dir: string, keep: number): string {
  try {
    publishCopy(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  const all = listAutoBackups(dir);
  for (const old of all.slice(0, Math.max(0, all.length - Math.max(1, keep)))) fs.rmSync(old, { force: true });
  return file;
}

/** Why an automatic backup is taken. */
export type AutoReason = 'daily' | 'close' | 'manual';

/**
 * Takes an automatic backup into `dir` and keeps the newest `keep`. A 'daily' backup is skipped when
 * one was already taken today. Synchronous (`VACUUM INTO`, a consistent compacted copy), so it can
 * run on close; a large registry's daily backup runs in the background instead (startAutoBackup).
 * Returns the new file or null.
 */
export function autoBackup(db: Db, dir: string, keep: number, reason: AutoReason): string | null {
  const file = nextAutoBackup(dir, reason);
  if (!file) return null;
  const tmp = copyingName(file);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return publishAutoBackup(tmp, file, dir, keep);
}

/**
 * An automatic backup running in the background: `done` resolves with its file (null when it failed
 * or was stopped), `problem` with why it failed when the disk or folder is at fault (null otherwise);
 * `stop` ends it and leaves no partial copy.
 */
export interface RunningBackup { done: Promise<string | null>; problem: Promise<BackupProblem | null>; stop(): void }

/**
 * Takes the automatic backup of the registry file `dbFile` in a low-priority child process on its own
 * read-only connection (./sqlite-child.ts), so opening a large registry does not wait for it. The
 * copy is published only when complete; a failure leaves no file and resolves null (the next open
 * tries again). Returns null when no backup is due.
 */
export function startAutoBackup(dbFile: string, dir: string, keep: number, reason: AutoReason): RunningBackup | null {
  const file = nextAutoBackup(dir, reason);
  if (!file) return null;
  const tmp = copyingName(file);
  const run = runSqliteChild(dbFile, "db.prepare('VACUUM INTO ?').run(env.VANTHU_BACKUP_TO); return true;", { VANTHU_BACKUP_TO: tmp });
  const outcome = run.done.then((answer): { file: string | null; problem: BackupProblem | null } => {
    if (!answer.ok) {
      fs.rmSync(tmp, { force: true });
      return { file: null, problem: answer.stopped ? null : backupProblemOf(childAnswerError(answer.error), dir) ?? null };
    }
    try {
      return { file: publishAutoBackup(tmp, file, dir, keep), problem: null };
    } catch (e) {
      // A full or read-only disk: no backup today (the next open tries again), the registry is untouched.
      return { file: null, problem: backupProblemOf(e, dir) ?? null };
    }
  });
  return {
    done: outcome.then((o) => o.file),
    problem: outcome.then((o) => o.problem),
    stop: () => { run.stop(); fs.rmSync(tmp, { force: true }); },
  };
}

/** Pauses between the steps of a restore when VANTHU_TEST_RESTORE_PAUSE_MS is set (the fault-injection test kills it there). */
function pauseForTest(): void {
  const ms = Number(process.env.VANTHU_TEST_RESTORE_PAUSE_MS ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
}

/** A second name for `from` (a hard link; a copy where links are not possible). */
function keepAs(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    fsyncFile(to);
  }
}

/** The numbers of the live register, read before it is replaced (none when it cannot be opened). */
function readLive(abs: string): LaterNumber[] {
  if (!fs.existsSync(abs)) return [];
  let live: Db | undefined;
  try {
    live = openDatabase(abs, { create: false });
    const numbers = liveNumbers(live);
    live.pragma('wal_checkpoint(TRUNCATE)');
    return numbers;
  } catch {
    return [];
  } finally {
    live?.close();
  }
}

/**
 * The audit key that verifies the sealed head of `backup` (set on the connection), among the keys
 * it may belong to; null for a chain before schema 4. Refuses a sealed backup no key verifies.
 */
function keyOfBackup(backup: Db, target: string, from: string): Buffer | null {
  if (headVerifies(backup) === null) return null;
  for (const key of candidateKeys(target, from)) {
    useAuditKey(backup, key);
    if (headVerifies(backup)) return key;
  }
  throw new RegistryError('invalid', `Bản sao lưu "${path.basename(from)}" không kiểm tra được: không có khóa nhật ký (audit.key) nào khớp với nó. Hãy đặt tệp audit.key của sổ đã tạo ra bản sao lưu này vào thư mục "${dataDirFor(target)}" rồi khôi phục lại; tệp đang dùng được giữ nguyên.`);
}

/**
 * Restores `src` into `target` (the database must be closed by the caller). The backup is checked
 * first (SQLite, vanthu, integrity, every stored path inside the data folder, its audit chain with
 * the key of `target`). It is copied to a temporary file next to `target`, the numbers the live
 * register gave after the backup (and stored DOCX files no row refers to) are written into that
 * copy as cancelled, the copy is flushed and checked again, the current file gets a second name
 * (`<file>.truoc-khoi-phuc-<time>`, a hard link: it is never moved away), and the copy is renamed
 * over `target` in one atomic step. Killed at any moment, `target` is the old or the new register,
 * never missing. Returns the path kept aside ('' when there was no file).
 */
export function restoreFile(target: string, src: string, user = 'vanthu'): string {
  const abs = path.resolve(target);
  const from = path.resolve(src);
  if (!fs.existsSync(from)) throw new RegistryError('missing-file', `Không tìm thấy tệp sao lưu "${from}".`);
  if (from === abs) throw new RegistryError('invalid', 'Tệp sao lưu trùng với tệp đang dùng.');
  const dataDir = dataDirFor(abs);
  const backup = openDatabase(from, { readonly: true, auditKey: null });
  let key: Buffer | null;
  try {
    checkStoredPaths(backup, dataDir, path.dirname(abs));
    key = keyOfBackup(backup, abs, from);
    checkBackupAudit(backup);
  } finally {
    backup.close();
  }
  const later = readLive(abs);
  // A backup from before the keyed chain is sealed with the register's own key when migrated.
  const copyKey = key ?? loadAuditKey(abs, true);
  pauseForTest();
  const tmp = `${abs}.dang-khoi-phuc`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) fs.rmSync(f, { force: true });
  fs.copyFileSync(from, tmp);
  fsyncFile(tmp);
  pauseForTest();
  const copy = openDatabase(tmp, { auditKey: copyKey });
  try {
    keepLaterNumbers(sqliteCtx(copy, user, dataDir), later);
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fsyncFile(tmp);
  pauseForTest();
  const check = openDatabase(tmp, { readonly: true, auditKey: copyKey });
  try {
    checkBackupAudit(check);
  } finally {
    check.close();
  }
  pauseForTest();
  let aside = '';
  if (fs.existsSync(abs)) {
    aside = `${abs}.truoc-khoi-phuc-${stamp()}`;
    for (let i = 2; fs.existsSync(aside); i++) aside = `${abs}.truoc-khoi-phuc-${stamp()}-${i}`;
    keepAs(abs, aside);
    if (fs.existsSync(`${abs}-wal`)) keepAs(`${abs}-wal`, `${aside}-wal`);
    fsyncDir(path.dirname(abs));
    pauseForTest();
    for (const ext of ['-wal', '-shm']) fs.rmSync(abs + ext, { force: true });
    pauseForTest();
  }
  if (key) installAuditKey(abs, key, stamp());
  fs.renameSync(tmp, abs);
  fsyncDir(path.dirname(abs));
  return aside;
}
