/**
 * Restoring a dump of ./dump.ts into a NEW database, never over one in use. Before anything is
 * created on the server, the file is checked: against its manifest (size and SHA-256), then read
 * whole by pg_restore. The dump is restored under a temporary name (`vanthu_khoi_phuc_<random>`,
 * `pg_restore --exit-on-error --single-transaction --no-owner`), verified (every table's row count
 * and checksum, every sequence, equal to the manifest; without a manifest, the tables of the
 * archive's table of contents), and only then renamed to the target name (`ALTER DATABASE … RENAME`).
 * A failure at any step drops the temporary database: the target name never holds a half-restored
 * database. The target may exist only when empty (no table, sequence, view or function) and unused;
 * it is then replaced by the restored database.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { RegistryError } from '../../errors';
import { checkArchive, fileDigest } from './archive';
import { compareSummaries, type DumpManifest, readManifest, summariseDatabase } from './manifest';
import { runTool, toolFailure } from './run-tool';
import { connectServer, describeServerError, serverMajor } from './server';
import { DEBIAN_POSTGRES_ROOT, findTool } from './tools';
import { type BackupTarget, parseBackupTarget, toolEnvironment } from './url';
import { quoteIdentifier } from '../../../store/identifier';

/** Options of restorePostgres. */
export interface PostgresRestoreOptions {
  /** Where the versions of PostgreSQL's programs are installed (default /usr/lib/postgresql). */
  toolsRoot?: string;
  /** Called with pg_restore's process id once it runs. */
  onStart?: (pid: number) => void;
}

/** What a restore did. */
export interface PostgresRestoreResult {
  /** The database now holding the restored data. */
  database: string;
  /** The URL with its password masked. */
  masked: string;
  /** Tables restored. */
  tables: number;
  /** Total rows of all tables. */
  rows: number;
  /** Sequences restored. */
  sequences: number;
  /** 'manifest': counts and checksums compared with the manifest; 'archive': only the archive's list of tables (no manifest beside the dump). */
  verifiedBy: 'manifest' | 'archive';
  /** True when an empty database of the target name existed and was replaced. */
  replacedEmpty: boolean;
  /** Wall time of the whole restore, in milliseconds. */
  durationMs: number;
}


/** Checks the dump file before anything is created on the server; returns its manifest (null when none). */
async function checkDumpFile(file: string, toolsRoot: string): Promise<{ manifest: DumpManifest | null; tableData: number }> {
  const name = path.basename(file);
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st?.isFile()) throw new RegistryError('missing-file', `Không tìm thấy tệp sao lưu "${file}". Hãy kiểm tra đường dẫn rồi thử lại.`);
  const refused = 'Không có gì được khôi phục; hãy dùng một bản sao lưu khác.';
  const manifest = readManifest(file);
  if (manifest) {
    const digest = await fileDigest(file);
    if (digest.bytes !== manifest.dumpBytes || digest.sha256 !== manifest.dumpSha256) {
      throw new RegistryError('invalid', `Tệp sao lưu "${name}" không còn nguyên vẹn: kích thước hoặc mã SHA-256 khác với tệp kê khai ghi lúc sao lưu (tệp bị cắt cụt, hỏng hoặc bị sửa). ${refused}`);
    }
  }
  const pgRestore = findTool('pg_restore', manifest?.pgDumpMajor ?? 0, toolsRoot);
  const check = await checkArchive(file, pgRestore);
  if (!check.ok) throw new RegistryError('invalid', `Tệp sao lưu "${name}" bị hỏng hoặc không phải bản sao lưu PostgreSQL dạng custom (pg_restore: ${check.problem}). ${refused}`);
  return { manifest, tableData: check.tableData };
}

/** Why the existing database `name` is not empty (a short Vietnamese list), or '' when it is. */
async function contentsOf(url: string, name: string): Promise<string> {
  const db = await connectServer(url, name);
  try {
    const { rows } = await db.query<{ what: string; n: number }>(
      `SELECT CASE c.relkind WHEN 'S' THEN 'bộ đếm' WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'bảng' END AS what, count(*)::int AS n
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
        GROUP BY 1
       UNION ALL
       SELECT 'hàm', count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') HAVING count(*) > 0`);
    return rows.map((r) => `${r.n} ${r.what}`).join(', ');
  } finally {
    await db.end().catch(() => {});
  }
}

/** Creates the empty database `name` like the source (encoding, locale); the server's default locale when it lacks the source's. */
async function createDatabase(admin: pg.Client, name: string, manifest: DumpManifest | null): Promise<void> {
  const encoding = manifest?.encoding ?? 'UTF8';
  if (manifest?.collate && manifest.ctype) {
    try {
      await admin.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE template0 ENCODING '${encoding.replace(/'/g, '')}' LC_COLLATE '${manifest.collate.replace(/'/g, '')}' LC_CTYPE '${manifest.ctype.replace(/'/g, '')}'`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '22023' && (e as { code?: string }).code !== '42809') throw e;
    }
  }
  await admin.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE template0 ENCODING '${encoding.replace(/'/g, '')}'`);
}

/** Connects to the maintenance database of the server (`postgres`, else `template1`). */
async function connectAdmin(url: string): Promise<pg.Client> {
  try {
    return await connectServer(url, 'postgres');
  } catch (e) {
    if ((e as RegistryError).code !== 'not-found') throw e;
    return connectServer(url, 'template1');
  }
}

/** Refuses (Vietnamese) a target that exists and is not empty, or is in use; true when it exists (empty). */
async function checkTarget(admin: pg.Client, url: string, target: BackupTarget): Promise<boolean> {
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [target.database])).rowCount === 1;
  if (!exists) return false;
  const what = await contentsOf(url, target.database);
  if (what) {
    throw new RegistryError('conflict', `Cơ sở dữ liệu "${target.database}" trên máy chủ ${target.masked} đã có dữ liệu (${what}). vanthu chỉ khôi phục vào một cơ sở dữ liệu mới hoặc trống, không bao giờ ghi đè lên cơ sở dữ liệu đang có. Hãy đặt một tên mới sau dấu / trong địa chỉ --db rồi thử lại.`);
  }
  const users = Number((await admin.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [target.database])).rows[0].n);
  if (users > 0) throw new RegistryError('conflict', `Cơ sở dữ liệu "${target.database}" trên máy chủ ${target.masked} tuy trống nhưng đang có ${users} kết nối. Hãy đóng các kết nối đó hoặc đặt một tên mới rồi thử lại.`);
  return true;
}

/**
 * Restores `dumpFile` into the database of `url` (see the file comment): a new one, or an existing
 * empty one. Everything the user must know is a Vietnamese RegistryError.
 */
export async function restorePostgres(dumpFile: string, url: string, opts: PostgresRestoreOptions = {}): Promise<PostgresRestoreResult> {
  const started = Date.now();
  const target = parseBackupTarget(url);
  const file = path.resolve(dumpFile);
  const toolsRoot = opts.toolsRoot ?? DEBIAN_POSTGRES_ROOT;
  const action = `Không khôi phục được "${path.basename(file)}" vào cơ sở dữ liệu "${target.database}"`;
  const { manifest, tableData } = await checkDumpFile(file, toolsRoot);
  const pgRestore = findTool('pg_restore', manifest?.pgDumpMajor ?? 0, toolsRoot);
  const admin = await connectAdmin(url);
  const temp = `vanthu_khoi_phuc_${randomBytes(6).toString('hex')}`;
  let created = false;
  try {
    const force = (await serverMajor(admin)) >= 13 ? ' WITH (FORCE)' : '';
    const replacedEmpty = await checkTarget(admin, url, target);
    try {
      await createDatabase(admin, temp, manifest);
      created = true;
      const toolEnv = toolEnvironment(target, temp);
      const restored = await runTool(pgRestore.path, ['--exit-on-error', '--single-transaction', '--no-owner', '--no-password', `--dbname=${temp}`, file],
        { env: toolEnv.env, onStart: opts.onStart }).finally(() => toolEnv.dispose());
      const aftermath = `Cơ sở dữ liệu "${target.database}" không bị tạo hay thay đổi.`;
      if (restored.code !== 0) throw toolFailure(restored, { tool: 'pg_restore', target, action, aftermath });
      const db = await connectServer(url, temp);
      let summary;
      try {
        summary = await summariseDatabase(db);
      } finally {
        await db.end().catch(() => {});
      }
      const diffs = manifest ? compareSummaries(manifest, summary)
        : summary.tables.length === tableData ? [] : [`có ${summary.tables.length} bảng, mục lục của tệp ghi ${tableData} bảng`];
      if (diffs.length) throw new RegistryError('io', `${action}: dữ liệu sau khôi phục không khớp với bản sao lưu: ${diffs.slice(0, 5).join('; ')}. ${aftermath}`);
      if (replacedEmpty) await admin.query(`DROP DATABASE ${quoteIdentifier(target.database)}`);
      await admin.query(`ALTER DATABASE ${quoteIdentifier(temp)} RENAME TO ${quoteIdentifier(target.database)}`);
      created = false;
      return {
        database: target.database, masked: target.masked, tables: summary.tables.length, rows: summary.tables.reduce((n, t) => n + t.rows, 0),
        sequences: summary.sequences.length, verifiedBy: manifest ? 'manifest' : 'archive', replacedEmpty, durationMs: Date.now() - started,
      };
    } finally {
      if (created) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(temp)}${force}`).catch(() => {});
    }
  } catch (e) {
    throw describeServerError(e, target);
  } finally {
    await admin.end().catch(() => {});
  }
}
