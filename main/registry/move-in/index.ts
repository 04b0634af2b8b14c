/**
 * Moving a single-seat registry (an SQLite file or one of its backups) into the office server's
 * PostgreSQL registry (issue 14, item 5): `moveIn(source, url)`, called by `vanthu registry move-in`
 * and by the server. Only into an EMPTY registry (a new database, or one just created by vanthu with
 * nothing in it); everything in ONE PostgreSQL transaction, verified (rows and checksums of every
 * table) before it commits; the stored files copied into the server's data folder with their
 * SHA-256 checked; the source's audit key installed beside the server's registry, so the chain
 * verifies there; the audit chain and the next numbers checked after the commit. docs/backup-postgres.md
 * ("Moving a single-seat registry in") describes it for IT.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { ensurePrivateDir, writeFileAtomic } from '../../fs';
import { loadAuditKeyIn, useAuditKey } from '../audit/key';
import { verifyAudit } from '../audit/log';
import type { RegistryStore } from '../context';
import type { Db } from '../db';
import { RegistryError } from '../errors';
import { postgresDataDir } from '../index';
import { openPostgresRegistry } from '../schema/postgres/open';
import { parseStoreLocation } from '../../store/location';
import { copyStoredFiles, removeFiles, storedFiles } from './files';
import { openMoveSource } from './source';
import { copyTable, planMove, postgresSum, refuseMissing, resetIdentities, sqliteSum, targetContents, type TableSum } from './tables';

export { MoveInSchemaError } from './tables';

/** Options of moveIn. */
export interface MoveInOptions {
  /** The server's data folder for this registry (its audit key, stored files); default postgresDataDir of the URL. */
  dataDir?: string;
  /** The folder of the source's stored files (default: beside the source, see source.ts). */
  filesDir?: string;
  /** The source's audit key file (default: found beside the source). */
  keyFile?: string;
  /** User named by the move's own audit of the opening (default "vanthu"). */
  user?: string;
  /** Test hook: called inside the transaction after the rows are written, before they are verified. */
  afterCopy?: () => void;
}

/** One table moved. */
export interface MovedTable { name: string; rows: number; sum: string }

/** The next number of one outgoing sequence, equal on both sides. */
export interface NextNumber { bookId: number; seqCode: string; period: string; next: number }

/** What a move did (all verified). */
export interface MoveInResult {
  source: string;
  /** The target's URL, password masked. */
  target: string;
  dataDir: string;
  tables: MovedTable[];
  rows: number;
  /** Source tables the server has no table for, all empty (nothing lost). */
  skippedEmpty: string[];
  files: { count: number; bytes: number; already: number };
  audit: { events: number };
  nextNumbers: NextNumber[];
  durationMs: number;
}

/** Advisory lock of a move (two moves into one database at once: the second waits, then finds it full). */
const MOVE_LOCK = 0x564e4d49;

/** Pauses inside the move's transaction when VANTHU_TEST_MOVE_IN_PAUSE_MS is set (a test kills the process there). */
function pauseForTest(): void {
  const ms = Number(process.env.VANTHU_TEST_MOVE_IN_PAUSE_MS ?? 0);
  if (ms > 0) {
    console.error('vanthu: đang chuyển (dừng để kiểm thử)');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  }
}

/** The next number of every outgoing sequence: max(highest serial, declared floor) + 1. */
function sequencesOf(rows: { book_id: number; seq_code: string; period: string; m: number }[]): NextNumber[] {
  const by = new Map<string, NextNumber>();
  for (const r of rows) {
    const k = `${r.book_id}\u0000${r.seq_code}\u0000${r.period}`;
    const next = Number(r.m) + 1;
    const had = by.get(k);
    if (!had || had.next < next) by.set(k, { bookId: Number(r.book_id), seqCode: r.seq_code, period: r.period, next });
  }
  return [...by.values()].sort((a, b) => a.bookId - b.bookId || a.seqCode.localeCompare(b.seqCode) || a.period.localeCompare(b.period));
}

const SEQ_SQL = `SELECT book_id, seq_code, period, max(serial) AS m FROM out_entries GROUP BY book_id, seq_code, period
  UNION ALL SELECT book_id, seq_code, period, last_used AS m FROM out_floors`;

function sqliteNext(db: Db): NextNumber[] {
  return sequencesOf(db.prepare(SEQ_SQL).all() as never);
}

function postgresNext(store: RegistryStore): NextNumber[] {
  return sequencesOf(store.all(sql.raw(SEQ_SQL)) as never);
}

/** Writes `key` as the audit key in `dataDir`, keeping a different previous one as `audit.key.truoc-chuyen-vao-<time>`. */
function installKey(dataDir: string, key: Buffer): void {
  const file = path.join(dataDir, 'audit.key');
  ensurePrivateDir(dataDir);
  const old = loadAuditKeyIn(dataDir, false);
  if (old?.equals(key)) return;
  if (old) fs.copyFileSync(file, `${file}.truoc-chuyen-vao-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  writeFileAtomic(file, `${key.toString('hex')}\n`);
}

/**
 * Moves the registry `source` (SQLite file or backup) into the empty PostgreSQL registry at `url`
 * (see the file comment). A refusal or failure is a Vietnamese RegistryError and leaves the server
 * as it was (no row, no file; a database that was empty may now hold the empty registry's schema).
 * A column on one side only is MoveInSchemaError (a bug of vanthu).
 */
export async function moveIn(source: string, url: string, opts: MoveInOptions = {}): Promise<MoveInResult> {
  const started = Date.now();
  const where = parseStoreLocation(url);
  if (where.engine !== 'postgres') {
    throw new RegistryError('invalid', `--db phải là địa chỉ máy chủ PostgreSQL (postgres://tài-khoản@máy-chủ:5432/tên-csdl), không phải "${url}".`);
  }
  const dataDir = path.resolve(opts.dataDir ?? postgresDataDir(where));
  const shown = where.describe();
  // Checked before the server is touched: a damaged or foreign source writes nothing anywhere.
  const fallbackKey = loadAuditKeyIn(dataDir, false) ?? randomBytes(32);
  const src = await openMoveSource(source, { filesDir: opts.filesDir, keyFile: opts.keyFile, fallbackKey });
  let store: RegistryStore | undefined;
  let written: string[] = [];
  try {
    store = openPostgresRegistry(where, { create: true, dataDir, user: opts.user ?? 'vanthu' });
    const s = store;
    const plan = planMove(src.db, s);
    const refuseFull = () => {
      const full = targetContents(s, plan.tables.map((t) => t.name));
      if (full.length) {
        throw new RegistryError('conflict', `Sổ đăng ký trên máy chủ ${shown} đã có dữ liệu (${full.slice(0, 6).map((f) => `${f.name}: ${f.rows} dòng`).join(', ')}${full.length > 6 ? ', …' : ''}). vanthu chỉ chuyển sổ vào một sổ trống trên máy chủ, không trộn hai sổ. Hãy dùng một cơ sở dữ liệu mới (createdb) rồi chuyển lại; không có gì được ghi.`);
      }
    };
    refuseFull();
    refuseMissing(plan.missing);
    const files = storedFiles(src.db);
    const copied = copyStoredFiles(files, src.filesDir, dataDir);
    written = copied.written;
    const moved: MovedTable[] = [];
    s.transaction(() => {
      s.run(sql`SELECT pg_advisory_xact_lock(${MOVE_LOCK})`);
      // Every write of the registry appends to the audit chain, which locks its head: holding it, no clerk writes meanwhile.
      s.run(sql`SELECT id FROM audit_head FOR UPDATE`);
      refuseFull();
      for (const t of plan.tables) copyTable(src.db, s, t);
      resetIdentities(s, plan.tables);
      opts.afterCopy?.();
      pauseForTest();
      const diffs: string[] = [];
      for (const t of plan.tables) {
        const a: TableSum = sqliteSum(src.db, t);
        const b: TableSum = postgresSum(s, t);
        if (a.rows !== b.rows || a.sum !== b.sum) diffs.push(`${t.name}: ${a.rows} dòng trong tệp, ${b.rows} dòng trên máy chủ${a.rows === b.rows ? ', nội dung khác' : ''}`);
        moved.push({ name: t.name, rows: b.rows, sum: b.sum });
      }
      if (diffs.length) throw new RegistryError('io', `Không chuyển được: dữ liệu chép lên máy chủ không khớp với tệp (${diffs.slice(0, 5).join('; ')}). Mọi thay đổi đã được hoàn tác; máy chủ không bị ghi gì.`);
      const a = JSON.stringify(sqliteNext(src.db));
      if (a !== JSON.stringify(postgresNext(s))) throw new RegistryError('io', 'Không chuyển được: số tiếp theo của các sổ trên máy chủ khác với tệp. Mọi thay đổi đã được hoàn tác.');
    });
    written = [];
    installKey(dataDir, src.key);
    useAuditKey(s, src.key);
    const verdict = verifyAudit(s);
    if (!verdict.ok) {
      throw new Error(`Sổ đã được chuyển nhưng nhật ký trên máy chủ không kiểm tra được: ${verdict.message}`);
    }
    const present = new Set(moved.map((m) => m.name));
    return {
      source: src.file, target: shown, dataDir, tables: moved, rows: moved.reduce((n, t) => n + t.rows, 0),
      skippedEmpty: plan.missing.map((m) => m.name).filter((n) => !present.has(n)),
      files: { count: files.length, bytes: copied.bytes, already: copied.already },
      audit: { events: verdict.count }, nextNumbers: postgresNext(s), durationMs: Date.now() - started,
    };
  } finally {
    removeFiles(written);
    store?.close();
    src.dispose();
  }
}

const ROW_LABELS: Record<string, string> = {
  out_entries: 'số văn bản đi (đã cấp, giữ chỗ, đã hủy)', in_entries: 'văn bản đến', in_attachments: 'tệp đính kèm',
  audit_log: 'sự kiện nhật ký', drafts: 'dự thảo', out_books: 'sổ văn bản đi', terms: 'nhiệm kỳ',
};

/** The Vietnamese summary of a move, as the CLI prints it and the admin screen shows it. */
export function moveInSummary(r: MoveInResult): string {
  const byName = new Map(r.tables.map((t) => [t.name, t.rows]));
  const main = Object.entries(ROW_LABELS).filter(([t]) => byName.has(t)).map(([t, label]) => `${byName.get(t)} ${label}`);
  const seconds = (r.durationMs / 1000).toFixed(1).replace('.', ',');
  const lines = [
    `Đã chuyển sổ đăng ký ${r.source} vào máy chủ ${r.target}: ${r.tables.length} bảng, ${r.rows} dòng (${main.join(', ')}). Mất ${seconds} giây.`,
    `Kiểm tra sau khi chuyển: số dòng và mã kiểm tra của từng bảng khớp với tệp; nhật ký ${r.audit.events} sự kiện kiểm tra toàn vẹn đạt (khóa nhật ký đặt ở ${path.join(r.dataDir, 'audit.key')}).`,
    `Tệp lưu kèm: ${r.files.count} tệp (${(r.files.bytes / 1024).toFixed(0)} KB) chép vào ${r.dataDir}, mã SHA-256 từng tệp khớp${r.files.already ? `; ${r.files.already} tệp đã có sẵn, giống hệt` : ''}.`,
  ];
  if (r.nextNumbers.length) {
    lines.push(`Số tiếp theo (giống hệt trên tệp): ${r.nextNumbers.slice(0, 8).map((n) => `sổ ${n.bookId} ${n.seqCode} ${n.period}: ${n.next}`).join('; ')}${r.nextNumbers.length > 8 ? '; …' : ''}.`);
  }
  if (r.skippedEmpty.length) lines.push(`Bảng trống không có trên máy chủ, bỏ qua: ${r.skippedEmpty.join(', ')}.`);
  return lines.join('\n');
}
