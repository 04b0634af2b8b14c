/**
 * Opening the registry database: file checks, pragmas (WAL, synchronous=FULL, foreign keys,
 * busy timeout), an integrity check (the full `integrity_check`, or with `check: 'quick'` the bounded
 * one of integrity.ts, the registry leaving the full one to the background), schema version check
 * and migrations, then the audit key,
 * the audit seal (version 4) and the guard triggers. A bad file gives a RegistryError with a
 * Vietnamese message and is never overwritten. A file whose header counts more pages than it holds
 * is not refused when its -wal file is there: SQLite reads those pages from the WAL (a crash in the
 * middle of a checkpoint, a full disk), so the file is checked through SQLite and checkpointed,
 * and only judged truncated if it still is. A missing file is never replaced by a new empty one
 * where a database evidently existed (its set-aside copy, its WAL or its audit key is there).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadAuditKey, useAuditKey, auditKeyFile } from './audit/key';
import { AUDIT_SEAL_VERSION, sealAudit } from './audit/log';
import { RegistryError } from './errors';
import { checkDatabaseFile, inspectDatabaseFile, KEEP_ADVICE } from './file-check';
import { checkOnOpen, verdictOf } from './integrity';
import { APPLICATION_ID, LATEST_VERSION, migrate } from './schema/migrations';
import { restoreTriggers } from './schema/triggers';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/** Milliseconds a writer waits for another writer before giving up. */
export const BUSY_TIMEOUT_MS = 30_000;

/** Options of openDatabase. */
export interface OpenDbOptions {
  /** Create the file when missing (default true); never where a database evidently existed. */
  create?: boolean;
  readonly?: boolean;
  /** Audit key to use instead of the one kept next to `file` (a backup being restored uses the key of its register). */
  auditKey?: Buffer | null;
  /**
   * 'full' (default): `PRAGMA integrity_check` before anything else (backups being restored, a file
   * completed from its WAL); 'quick': the bounded check of integrity.ts (opening the registry).
   */
  check?: 'full' | 'quick';
}

/** Opens `file`, creating it (and its folder) when missing unless `create` is false. */
export function openDatabase(file: string, opts: OpenDbOptions = {}): Db {
  const abs = path.resolve(file);
  const exists = fs.existsSync(abs);
  let walCompletes = false;
  if (exists) walCompletes = checkWithWal(abs);
  else if (opts.create === false || opts.readonly) {
    throw new RegistryError('missing-file', `Không tìm thấy tệp sổ đăng ký "${abs}".${lostDatabaseAdvice(abs)}`);
  } else {
    const evidence = lostDatabaseAdvice(abs);
    if (evidence) {
      throw new RegistryError('missing-file',
        `Không tìm thấy tệp sổ đăng ký "${abs}", nhưng sổ đã từng có ở đây; vanthu không tạo sổ trống mới để khỏi che mất dữ liệu.${evidence}`);
    }
    fs.mkdirSync(path.dirname(abs), { recursive: true });
  }
  if (walCompletes && !opts.readonly) openDatabase(abs, { ...opts, readonly: true }).close();
  let db: Db | undefined;
  try {
    db = new Database(abs, { fileMustExist: exists, readonly: opts.readonly ?? false });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkIdentity(db, abs, exists);
    const verdict = opts.check === 'quick' && !walCompletes
      ? checkOnOpen(db, abs)
      : verdictOf(db.pragma('integrity_check') as Record<string, string>[]);
    if (!verdict.ok) {
      const first = verdict.problems.slice(0, 3).join('; ');
      throw new RegistryError('corrupt', `Cơ sở dữ liệu "${abs}" bị hỏng (kiểm tra toàn vẹn: ${first}). ${KEEP_ADVICE}`);
    }
    if (opts.readonly) {
      useAuditKey(db, opts.auditKey !== undefined ? opts.auditKey : loadAuditKey(abs, false));
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (walCompletes) completeFromWal(db, abs);
    useAuditKey(db, opts.auditKey ?? loadAuditKey(abs, true));
    migrate(db, { [AUDIT_SEAL_VERSION]: sealAudit });
    restoreTriggers(db);
    return db;
  } catch (err) {
    db?.close();
    throw asRegistryError(err, abs);
  }
}

/**
 * The header check of file-check.ts, except that a file shorter than its header says is let
 * through when its -wal file is there (SQLite will read the missing pages from it). Returns true
 * in that case, so the caller checkpoints and checks the length again.
 */
function checkWithWal(abs: string): boolean {
  const problem = inspectDatabaseFile(abs);
  if (problem?.code === 'truncated' && walSize(abs) > 0) return true;
  checkDatabaseFile(abs);
  return false;
}

function walSize(abs: string): number {
  try {
    return fs.statSync(`${abs}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * Writes the WAL back into the file and checks the length again. Runs only after a read-only
 * probe passed the integrity check through the WAL (closing a writable connection would
 * checkpoint into a file not yet judged).
 */
function completeFromWal(db: Db, abs: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const still = inspectDatabaseFile(abs);
  if (still) throw still;
}

/** Refuses a database of another program or of a newer vanthu. */
function checkIdentity(db: Db, file: string, existed: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n;
  if (existed && appId !== APPLICATION_ID && (appId !== 0 || version !== 0 || tables > 0)) {
    throw new RegistryError('not-vanthu', `Tệp "${file}" là cơ sở dữ liệu SQLite nhưng không phải sổ đăng ký của vanthu. ${KEEP_ADVICE}`);
  }
  if (version > LATEST_VERSION) {
    throw new RegistryError('newer-schema',
      `Sổ đăng ký "${file}" được ghi bởi phiên bản vanthu mới hơn (lược đồ dữ liệu số ${version}, phiên bản này chỉ đọc được đến số ${LATEST_VERSION}). Hãy cập nhật vanthu; tệp được giữ nguyên.`);
  }
}

/** The copies kept aside by restores of the database at `abs` (`<file>.truoc-khoi-phuc-<time>`), newest last. */
export function keptAsideCopies(abs: string): string[] {
  const dir = path.dirname(abs);
  const prefix = `${path.basename(abs)}.truoc-khoi-phuc-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(prefix) && !/-(wal|shm)$/.test(n)).sort().map((n) => path.join(dir, n));
}

/**
 * When the database at `abs` is missing but evidently existed (a copy kept aside by a restore, its
 * WAL, its audit key), a Vietnamese sentence saying so and naming the file to put back; else ''.
 */
export function lostDatabaseAdvice(abs: string): string {
  const aside = keptAsideCopies(abs).at(-1);
  const wal = fs.existsSync(`${abs}-wal`);
  const key = fs.existsSync(auditKeyFile(abs));
  if (!aside && !wal && !key) return '';
  const name = path.basename(abs);
  const parts: string[] = [];
  if (aside) parts.push(` Bản sổ được để riêng khi khôi phục: "${aside}" — hãy đổi tên (hoặc sao chép) tệp đó thành "${name}" trong cùng thư mục, hoặc khôi phục nó (vanthu registry restore "${aside}").`);
  if (wal) parts.push(` Tệp nhật ký ghi "${name}-wal" vẫn còn: đừng xóa nó, nó thuộc về tệp sổ bị thiếu.`);
  if (!aside) parts.push(' Hãy đặt lại đúng tệp sổ hoặc khôi phục từ một bản sao lưu (vanthu registry restore <tệp sao lưu>).');
  return parts.join('');
}

/** Maps SQLite's corruption errors to a RegistryError; passes others through. */
export function asRegistryError(err: unknown, file: string): unknown {
  if (err instanceof RegistryError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new RegistryError('corrupt', `Cơ sở dữ liệu "${file}" bị hỏng hoặc không đọc được (${code}). ${KEEP_ADVICE}`);
  }
  return err;
}
