/**
 * A backup of a PostgreSQL database with PostgreSQL's own pg_dump (custom format, `-Fc`), as vanthu
 * writes every file: into a temporary file of the destination folder (mode 0600), flushed, checked
 * by reading it back with pg_restore (table of contents, then the whole archive), then renamed to
 * its final name, the folder flushed. Its manifest (./manifest.ts) is computed inside the very
 * snapshot pg_dump dumps (exported by our transaction, imported by pg_dump with `--snapshot` and by
 * the connection reading the manifest), so the row counts and
 * checksums describe exactly the rows in the file, even while clerks keep writing. Then the older
 * dumps of the same database are rotated away. A failure (server unreachable, login refused, no
 * recent enough pg_dump, missing or read-only folder, full disk, pg_dump killed) leaves no file
 * under a final name and is told in Vietnamese (RegistryError, exit 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { fsyncDir, tempNameFor, writeFileAtomic } from '../../../fs';
import { RegistryError } from '../../errors';
import { archiveSequences, checkArchive, fileDigest } from './archive';
import { folderProblem } from './folder';
import { type DatabaseSummary, type DumpManifest, MANIFEST_FORMAT, manifestPathFor, summariseDatabase } from './manifest';
import { DEFAULT_KEEP, newDumpPath, removeStaleTemporaries, rotatePostgresBackups } from './rotation';
import { runTool, toolFailure } from './run-tool';
import { connectServer, describeServerError, serverMajor } from './server';
import { DEBIAN_POSTGRES_ROOT, findTool } from './tools';
import { parseBackupTarget, toolEnvironment } from './url';

/** Options of backupPostgres. */
export interface PostgresBackupOptions {
  /** Dumps of this database kept in the folder, the new one included (default DEFAULT_KEEP, at least 1). */
  keep?: number;
  /** Create the folder (0700) when it is missing (the default folder); otherwise a missing folder is refused. */
  createFolder?: boolean;
  /** Where the versions of PostgreSQL's programs are installed (default /usr/lib/postgresql). */
  toolsRoot?: string;
  /** Called with pg_dump's process id once it runs (progress display, or to stop it). */
  onStart?: (pid: number) => void;
}

/** What a backup wrote. */
export interface PostgresBackupResult {
  /** The dump file (final name). */
  file: string;
  /** Its manifest. */
  manifestFile: string;
  /** The manifest's content. */
  manifest: DumpManifest;
  /** The URL with its password masked. */
  masked: string;
  /** Total rows of all tables. */
  rows: number;
  /** Older dumps deleted by the rotation. */
  removed: string[];
  /** Vietnamese notes that did not stop the backup (a rotation that failed). */
  warnings: string[];
  /** Wall time of the whole backup, in milliseconds. */
  durationMs: number;
}

/** Throws the Vietnamese RegistryError when `folder` is missing (unless created) or not a folder. */
function prepareFolder(folder: string, create: boolean): void {
  const st = fs.statSync(folder, { throwIfNoEntry: false });
  if (!st && create) {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    return;
  }
  if (!st) throw new RegistryError('missing-file', `Thư mục sao lưu "${folder}" không tồn tại. Hãy tạo thư mục này hoặc chọn thư mục khác (--out) rồi thử lại.`);
  if (!st.isDirectory()) throw new RegistryError('invalid', `"${folder}" là một tệp chứ không phải thư mục. Hãy chọn một thư mục để lưu bản sao lưu (--out).`);
}

/** fsyncs a file by path. */
function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Summarises, on `client`, the database as it was in the exported `snapshot`. */
async function summariseSnapshot(client: pg.Client, snapshot: string): Promise<DatabaseSummary> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  await client.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, '')}'`);
  return summariseDatabase(client);
}

/**
 * Dumps the database of `url` into `destFolder` (see the file comment) and keeps the newest
 * `opts.keep` dumps of that database there. Returns the file, its manifest and what was rotated.
 */
export async function backupPostgres(url: string, destFolder: string, opts: PostgresBackupOptions = {}): Promise<PostgresBackupResult> {
  const started = Date.now();
  const target = parseBackupTarget(url);
  const folder = path.resolve(destFolder);
  const action = `Không sao lưu được cơ sở dữ liệu "${target.database}"`;
  const aftermath = 'Không có tệp sao lưu nào được tạo.';
  prepareFolder(folder, opts.createFolder ?? false);
  removeStaleTemporaries(folder);
  const file = newDumpPath(folder, target.database);
  const tmp = tempNameFor(file);
  let published = false;
  const toolEnv = toolEnvironment(target);
  try {
    try {
      fs.closeSync(fs.openSync(tmp, 'wx', 0o600));
    } catch (e) {
      throw folderProblem(e, folder, action, aftermath);
    }
    const client = await connectServer(url);
    let manifest: DumpManifest;
    try {
      const major = await serverMajor(client);
      const pgDump = findTool('pg_dump', major, opts.toolsRoot ?? DEBIAN_POSTGRES_ROOT);
      const pgRestore = findTool('pg_restore', pgDump.major, opts.toolsRoot ?? DEBIAN_POSTGRES_ROOT);
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const snapshot = (await client.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0].s;
      const info = (await client.query<{ encoding: string; collate: string; ctype: string }>(
        'SELECT pg_encoding_to_char(encoding) AS encoding, datcollate AS collate, datctype AS ctype FROM pg_database WHERE datname = current_database()')).rows[0];
      let dumpPid = 0;
      const dumping = runTool(pgDump.path, ['--format=custom', '--no-password', `--snapshot=${snapshot}`, '--lock-wait-timeout=60s', `--file=${tmp}`],
        { env: toolEnv.env, onStart: (pid) => { dumpPid = pid; opts.onStart?.(pid); } });
      // The manifest is read in the same snapshot while pg_dump runs, on a connection of its own (an
      // error there must not abort the exporting transaction before pg_dump has imported it).
      const reader = await connectServer(url).catch(async (e: unknown) => {
        try {
          if (dumpPid) process.kill(dumpPid, 'SIGTERM');
        } catch {
          // pg_dump already ended.
        }
        await dumping.catch(() => {});
        throw e;
      });
      const readerPid = (await reader.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const summarising = summariseSnapshot(reader, snapshot).catch((e: unknown) => e as Error);
      const dumped = await dumping;
      // pg_dump failed or was stopped: the reader may be waiting on a lock; it is not needed any more.
      if (dumped.code !== 0) await client.query('SELECT pg_cancel_backend($1)', [readerPid]).catch(() => {});
      const summary = await summarising;
      await reader.end().catch(() => {});
      await client.query('ROLLBACK').catch(() => {});
      if (dumped.code !== 0) throw toolFailure(dumped, { tool: 'pg_dump', target, action, aftermath, folder });
      if (summary instanceof Error) throw describeServerError(summary, target);
      fsyncFile(tmp);
      fs.chmodSync(tmp, 0o600);
      const check = await checkArchive(tmp, pgRestore);
      if (!check.ok) {
        throw new RegistryError('io', `${action}: bản sao lưu vừa ghi không đọc lại được bằng pg_restore (${check.problem}) nên đã bị xóa. ${aftermath} Hãy thử lại; nếu lỗi lặp lại, hãy báo người quản trị.`);
      }
      // Sequences are not in the snapshot (pg_dump reads them when it gets to them): their values are the archive's.
      const sequences = await archiveSequences(tmp, check.list, pgRestore);
      const digest = await fileDigest(tmp);
      manifest = {
        format: MANIFEST_FORMAT, dumpFile: path.basename(file), dumpBytes: digest.bytes, dumpSha256: digest.sha256,
        database: target.database, encoding: info.encoding, collate: info.collate, ctype: info.ctype,
        serverMajor: major, pgDumpMajor: pgDump.major, createdAt: new Date().toISOString(), tables: summary.tables, sequences,
      };
    } catch (e) {
      const described = describeServerError(e, target);
      throw described === e ? folderProblem(e, folder, action, aftermath) : described; // fsync on a full disk…
    } finally {
      await client.end().catch(() => {});
    }
    const manifestFile = manifestPathFor(file);
    try {
      writeFileAtomic(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      fs.renameSync(tmp, file);
      published = true;
      fsyncDir(folder);
    } catch (e) {
      if (!published) fs.rmSync(manifestFile, { force: true });
      throw folderProblem(e, folder, action, aftermath);
    }
    const warnings: string[] = [];
    let removed: string[] = [];
    try {
      removed = rotatePostgresBackups(folder, target.database, opts.keep ?? DEFAULT_KEEP, file);
    } catch (e) {
      warnings.push(`Bản sao lưu đã ghi xong nhưng không xóa được các bản cũ trong "${folder}": ${(e as Error).message}`);
    }
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    return { file, manifestFile, manifest, masked: target.masked, rows, removed, warnings, durationMs: Date.now() - started };
  } finally {
    toolEnv.dispose();
    if (!published) fs.rmSync(tmp, { force: true });
  }
}
