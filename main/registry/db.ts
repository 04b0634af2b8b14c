/**
 * Opening the registry database: file checks, pragmas (WAL, synchronous=FULL, foreign keys,
 * busy timeout), `PRAGMA integrity_check`, schema version check and migrations. A bad file gives a
 * RegistryError with a Vietnamese message and is never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { RegistryError } from './errors';
import { checkDatabaseFile, KEEP_ADVICE } from './file-check';
import { APPLICATION_ID, LATEST_VERSION, migrate } from './migrations';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/** Milliseconds a writer waits for another writer before giving up. */
export const BUSY_TIMEOUT_MS = 30_000;

/** Opens `file`, creating it (and its folder) when missing unless `create` is false. */
export function openDatabase(file: string, opts: { create?: boolean; readonly?: boolean } = {}): Db {
  const abs = path.resolve(file);
  const exists = fs.existsSync(abs);
  if (exists) checkDatabaseFile(abs);
  else if (opts.create === false || opts.readonly) {
    throw new RegistryError('missing-file', `Không tìm thấy tệp sổ đăng ký "${abs}".`);
  } else fs.mkdirSync(path.dirname(abs), { recursive: true });
  let db: Db | undefined;
  try {
    db = new Database(abs, { fileMustExist: exists, readonly: opts.readonly ?? false });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkIdentity(db, abs, exists);
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0].integrity_check !== 'ok') {
      const first = problems.slice(0, 3).map((p) => p.integrity_check).join('; ');
      throw new RegistryError('corrupt', `Cơ sở dữ liệu "${abs}" bị hỏng (kiểm tra toàn vẹn: ${first}). ${KEEP_ADVICE}`);
    }
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
    return db;
  } catch (err) {
    db?.close();
    throw asRegistryError(err, abs);
  }
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

/** Maps SQLite's corruption errors to a RegistryError; passes others through. */
export function asRegistryError(err: unknown, file: string): unknown {
  if (err instanceof RegistryError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new RegistryError('corrupt', `Cơ sở dữ liệu "${file}" bị hỏng hoặc không đọc được (${code}). ${KEEP_ADVICE}`);
  }
  return err;
}
