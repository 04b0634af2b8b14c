/**
 * The generic part of a move: which tables go (every table in both the SQLite file and the
 * PostgreSQL schema), in which order (parents before the tables whose foreign keys point at them),
 * the copy itself (rows in batches, ids kept: the PostgreSQL ids are identity BY DEFAULT), the reset
 * of every identity sequence past the highest id, and a checksum of each table computed the same way
 * on both sides (row count and an order-free sum of SHA-256 over each row's canonical text), so the
 * move is verified inside its own transaction, before it commits.
 *
 * Nothing here names a register: a table the drafts or the desk add to the PostgreSQL schema is
 * picked up as it appears. The exceptions are declared: tables derived on SQLite (FTS5 indexes and
 * their shadow tables, `sqlite_sequence`), tables only the PostgreSQL registry has (the marker, the
 * numbering lock rows) and columns recomputed on arrival (none today).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { RegistryStore } from '../context';
import type { Db } from '../db';
import { RegistryError } from '../errors';
import { quoteIdentifier } from '../../store/identifier';

/** Tables only the PostgreSQL registry has: the marker row and the numbering lock rows (created on first use). */
export const POSTGRES_ONLY_TABLES: readonly string[] = ['vanthu_registry', 'store_counters'];

/** Tables the target holds a row in from its creation, replaced by the source's (the sealed head of the audit chain). */
export const REPLACED_TABLES: readonly string[] = ['audit_head'];

/**
 * Columns present on one side only that are derived (recomputed, not copied), `table.column`.
 * Empty today: search_text is stored on both engines, written by the same TypeScript fold.
 */
export const DERIVED_COLUMNS: readonly string[] = [];

/** A table to copy. */
export interface TablePlan { name: string; columns: string[]; key: string[]; identity: string[] }

/** A problem of the schemas that is a bug of vanthu (a column on one side only): exit 2. */
export class MoveInSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoveInSchemaError';
  }
}


/** The SQLite tables holding data of their own (not virtual tables, their shadow tables, nor SQLite's). */
export function sqliteTables(db: Db): string[] {
  const all = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
  const virtual = all.filter((t) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(t.sql ?? '')).map((t) => t.name);
  return all.map((t) => t.name).filter((n) => !n.startsWith('sqlite_') && !virtual.some((v) => n === v || n.startsWith(`${v}_`)));
}

function sqliteColumns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${quoteIdentifier(table)})`).all() as { name: string }[]).map((c) => c.name);
}

/** Rows of (table, column) grouped by table, in the rows' order. */
function byTable(rows: readonly { t: string; c: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.t, [...(out.get(r.t) ?? []), r.c]);
  return out;
}

/** Columns of every table of the PostgreSQL schema, in order. */
function postgresColumns(store: RegistryStore): Map<string, string[]> {
  const rows = store.all<{ t: string; c: string }>(sql`SELECT table_name AS t, column_name AS c FROM information_schema.columns
    WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`);
  const out = byTable(rows);
  const tables = store.all<{ t: string }>(sql`SELECT table_name AS t FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`).map((r) => r.t);
  for (const t of [...out.keys()]) if (!tables.includes(t)) out.delete(t);
  return out;
}

/** Primary key columns of each table (PostgreSQL). */
function postgresKeys(store: RegistryStore): Map<string, string[]> {
  const rows = store.all<{ t: string; c: string }>(sql`SELECT tc.table_name AS t, kcu.column_name AS c
    FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu
      ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
    WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY' ORDER BY tc.table_name, kcu.ordinal_position`);
  return byTable(rows);
}

/** Identity columns of each table (PostgreSQL). */
function postgresIdentities(store: RegistryStore): Map<string, string[]> {
  const rows = store.all<{ t: string; c: string }>(sql`SELECT table_name AS t, column_name AS c FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_identity = 'YES'`);
  return byTable(rows);
}

/** `tables` ordered so that every table comes after the tables its foreign keys refer to. */
function foreignKeyOrder(store: RegistryStore, tables: string[]): string[] {
  const edges = store.all<{ child: string; parent: string }>(sql`SELECT c.relname AS child, p.relname AS parent
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND n.nspname = current_schema()`);
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t) === 'done' || state.get(t) === 'visiting') return; // a cycle (none in the schema): keep going
    state.set(t, 'visiting');
    for (const e of edges) if (e.child === t && e.parent !== t && tables.includes(e.parent)) visit(e.parent);
    state.set(t, 'done');
    ordered.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return ordered;
}

/** The plan of a move: the tables to copy in order; source tables the target lacks, with their row counts. */
export interface MovePlan { tables: TablePlan[]; missing: { name: string; rows: number }[] }

/**
 * Compares the two schemas. A column on one side only (not declared derived) is a bug of vanthu
 * (the two schemas are kept column for column): MoveInSchemaError naming the table and the column.
 */
export function planMove(db: Db, store: RegistryStore): MovePlan {
  const target = postgresColumns(store);
  const keys = postgresKeys(store);
  const identities = postgresIdentities(store);
  const common: string[] = [];
  const missing: { name: string; rows: number }[] = [];
  const problems: string[] = [];
  for (const t of sqliteTables(db)) {
    const theirs = target.get(t);
    if (!theirs) {
      missing.push({ name: t, rows: (db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(t)}`).get() as { n: number }).n });
      continue;
    }
    const ours = sqliteColumns(db, t);
    for (const c of ours) if (!theirs.includes(c) && !DERIVED_COLUMNS.includes(`${t}.${c}`)) problems.push(`bảng ${t}: cột "${c}" có trong tệp SQLite nhưng không có trên PostgreSQL`);
    for (const c of theirs) if (!ours.includes(c) && !DERIVED_COLUMNS.includes(`${t}.${c}`)) problems.push(`bảng ${t}: cột "${c}" có trên PostgreSQL nhưng không có trong tệp SQLite`);
    common.push(t);
  }
  if (problems.length) {
    throw new MoveInSchemaError(`Lược đồ sổ đăng ký trên SQLite và PostgreSQL không khớp (lỗi của vanthu, hãy báo cho người phát triển): ${problems.join('; ')}. Máy chủ không bị ghi gì.`);
  }
  const tables = foreignKeyOrder(store, common).map((name) => {
    const columns = sqliteColumns(db, name).filter((c) => !DERIVED_COLUMNS.includes(`${name}.${c}`));
    return { name, columns, key: keys.get(name) ?? [], identity: identities.get(name) ?? [] };
  });
  return { tables, missing };
}

/**
 * Rows of each registry table of the target that must be empty before a move (only the non-empty
 * ones): the tables of the plan. Other tables of the database (the server's accounts, kept in the
 * same database) are not the registry's and do not count.
 */
export function targetContents(store: RegistryStore, tables: readonly string[]): { name: string; rows: number }[] {
  const out: { name: string; rows: number }[] = [];
  for (const t of tables) {
    if (POSTGRES_ONLY_TABLES.includes(t)) continue;
    // The head's one row exists from creation: it counts as content only once it seals an event.
    const q = t === 'audit_head'
      ? sql`SELECT coalesce(sum(count), 0)::int AS n FROM audit_head` : sql`SELECT count(*)::int AS n FROM ${sql.table(t)}`;
    const n = Number(store.first<{ n: number }>(q)?.n ?? 0);
    if (n > 0) out.push({ name: t, rows: n });
  }
  // The registers first, as a person reads the refusal; the head only when the log itself is empty.
  const first = ['out_entries', 'in_entries', 'drafts', 'audit_log'];
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  return out.filter((t) => t.name !== 'audit_head' || !out.some((o) => o.name === 'audit_log'))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** Values per insert statement (PostgreSQL's limit is 65,535 parameters). */
const MAX_PARAMS = 30_000;
/** Rows per insert statement. */
const MAX_ROWS = 500;

/** The SQLite statement reading every row of `t`, its columns in the plan's order. */
function selectRows(db: Db, t: TablePlan) {
  return db.prepare(`SELECT ${t.columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(t.name)}`).raw();
}

/** Copies every row of `t` from `db` into `store` (inside the caller's transaction); returns the rows copied. */
export function copyTable(db: Db, store: RegistryStore, t: TablePlan): number {
  const per = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / t.columns.length)));
  const cols = sql.join(t.columns.map((c) => sql.ref(c)));
  const replace = REPLACED_TABLES.includes(t.name) && t.key.length > 0;
  const conflict = replace
    ? sql` ON CONFLICT (${sql.join(t.key.map((c) => sql.ref(c)))}) DO UPDATE SET ${sql.join(t.columns.filter((c) => !t.key.includes(c)).map((c) => sql`${sql.ref(c)} = EXCLUDED.${sql.ref(c)}`))}`
    : sql``;
  let batch: unknown[][] = [];
  let n = 0;
  const flush = () => {
    if (!batch.length) return;
    const values = sql.join(batch.map((r) => sql`(${sql.join(r)})`));
    store.run(sql`INSERT INTO ${sql.table(t.name)} (${cols}) VALUES ${values}${conflict}`);
    n += batch.length;
    batch = [];
  };
  for (const row of selectRows(db, t).iterate() as Iterable<unknown[]>) {
    batch.push(row);
    if (batch.length >= per) flush();
  }
  flush();
  return n;
}

/** Sets every identity sequence of the copied tables past the highest id, so the next row continues. */
export function resetIdentities(store: RegistryStore, tables: TablePlan[]): void {
  for (const t of tables) {
    for (const c of t.identity) {
      store.run(sql`SELECT setval(pg_get_serial_sequence(${quoteIdentifier(t.name)}, ${c}),
        (SELECT coalesce(max(${sql.ref(c)}), 0) + 1 FROM ${sql.table(t.name)}), false)`);
    }
  }
}

/** The checksum of a table: row count and the sum (mod 2^256) of SHA-256 over each row's canonical text. */
export interface TableSum { rows: number; sum: string }

const MOD = 1n << 256n;

/** Canonical text of a value as both drivers return it (numbers, text, bytes, null). */
function canonical(v: unknown): string {
  if (v === null || v === undefined) return 'N';
  if (typeof v === 'number' || typeof v === 'bigint') return `n${String(v)}`;
  if (typeof v === 'string') return `s${v}`;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return `b${Buffer.from(v).toString('hex')}`;
  if (typeof v === 'boolean') return `n${v ? 1 : 0}`;
  return `?${JSON.stringify(v)}`;
}

function addRow(acc: { rows: number; sum: bigint }, row: unknown[]): void {
  const h = createHash('sha256').update(JSON.stringify(row.map(canonical))).digest('hex');
  acc.rows++;
  acc.sum = (acc.sum + BigInt(`0x${h}`)) % MOD;
}

const done = (acc: { rows: number; sum: bigint }): TableSum => ({ rows: acc.rows, sum: acc.sum.toString(16).padStart(64, '0') });

/** The checksum of table `t` in the SQLite file. */
export function sqliteSum(db: Db, t: TablePlan): TableSum {
  const acc = { rows: 0, sum: 0n };
  for (const row of selectRows(db, t).iterate() as Iterable<unknown[]>) addRow(acc, row);
  return done(acc);
}

/** Rows read per page on PostgreSQL. */
const PAGE = 2000;

/**
 * The checksum of table `t` on PostgreSQL, read `pageRows` rows at a time in key order (call inside the
 * move's transaction). A table with a key is paged by the key (each page starts after the last key
 * read, so every page costs the same); one without (none in the registry today) by OFFSET.
 */
export function postgresSum(store: RegistryStore, t: TablePlan, pageRows = PAGE): TableSum {
  const acc = { rows: 0, sum: 0n };
  const key = t.key.map((c) => sql.ref(c));
  const order = sql.join(key.length ? key : t.columns.map((c) => sql.ref(c)));
  const cols = sql.join(t.columns.map((c) => sql.ref(c)));
  let after: unknown[] | undefined;
  for (let offset = 0; ; offset += pageRows) {
    const where = after ? sql` WHERE (${sql.join(key)}) > (${sql.join(after)})` : sql``;
    const skip = key.length ? sql`` : sql` OFFSET ${offset}`;
    const page = store.all<Record<string, unknown>>(sql`SELECT ${cols} FROM ${sql.table(t.name)}${where} ORDER BY ${order} LIMIT ${pageRows}${skip}`);
    for (const r of page) addRow(acc, t.columns.map((c) => r[c]));
    if (page.length < pageRows) break;
    if (key.length) after = t.key.map((c) => page[page.length - 1][c]);
  }
  return done(acc);
}

/** Refuses (RegistryError 'not-implemented') source tables holding rows the server's schema has no table for. */
export function refuseMissing(missing: { name: string; rows: number }[]): void {
  const lost = missing.filter((m) => m.rows > 0);
  if (!lost.length) return;
  throw new RegistryError('not-implemented', `Không chuyển được: máy chủ PostgreSQL chưa có chỗ cho ${lost.map((m) => `bảng ${m.name} (${m.rows} dòng)`).join(', ')} — phần này của sổ đăng ký chưa chạy trên máy chủ trong phiên bản vanthu này. Không có gì được ghi lên máy chủ; hãy cập nhật vanthu rồi chuyển lại.`);
}
