/**
 * The manifest written beside each dump (`<dump>.manifest.json`): what the database held at the
 * dump's snapshot, so a restore can prove it got all of it back. Per table (every ordinary table
 * outside the system schemas and extensions): its row count and an MD5 over its rows in primary-key
 * order (the MD5 of each row's text, concatenated; rows of a table without a primary key ordered by
 * their text), computed under the stable session settings of ./server.ts and with byte-order
 * ("C") collation, so the same rows give the same checksum on any server. Per sequence: last_value
 * and is_called as the archive sets them (./archive.ts). Also the dump file's size and SHA-256 (a changed or truncated file is refused
 * before anything is restored), and the source database's encoding and locale.
 */
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { RegistryError } from '../../errors';
import { quoteIdentifier } from '../../../store/identifier';

/** Format version of the manifest file. */
export const MANIFEST_FORMAT = 1;

/** One table of the manifest. */
export interface TableSummary {
  /** Schema name. */
  schema: string;
  /** Table name. */
  name: string;
  /** Row count. */
  rows: number;
  /** MD5 over the MD5s of its rows in key order. */
  md5: string;
}

/** One sequence of the manifest. */
export interface SequenceSummary {
  /** Schema name. */
  schema: string;
  /** Sequence name. */
  name: string;
  /** Its last_value, as text (bigint). */
  lastValue: string;
  /** Whether nextval has been called since it was set. */
  isCalled: boolean;
}

/** What a database holds, as compared before and after a restore. */
export interface DatabaseSummary {
  /** Tables, by schema then name. */
  tables: TableSummary[];
  /** Sequences, by schema then name. */
  sequences: SequenceSummary[];
}

/** The manifest file written beside a dump. */
export interface DumpManifest extends DatabaseSummary {
  /** MANIFEST_FORMAT. */
  format: number;
  /** Name of the dump file it describes (same folder). */
  dumpFile: string;
  /** Size of the dump file in bytes. */
  dumpBytes: number;
  /** SHA-256 of the dump file, hex. */
  dumpSha256: string;
  /** The database dumped. */
  database: string;
  /** Its encoding, collation and character classification (the restore creates the new database alike). */
  encoding: string;
  /** LC_COLLATE of the source database. */
  collate: string;
  /** LC_CTYPE of the source database. */
  ctype: string;
  /** Server major version. */
  serverMajor: number;
  /** Major version of the pg_dump that wrote the dump. */
  pgDumpMajor: number;
  /** When the dump was taken (ISO, UTC). */
  createdAt: string;
}

/** Name of the manifest of `dumpFile`. */
export function manifestPathFor(dumpFile: string): string {
  return `${dumpFile}.manifest.json`;
}


/** Schemas never summarised (the system's). */
const SYSTEM = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";
/** Relations belonging to an extension (their data is not dumped). */
const NOT_EXTENSION = "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')";

/** The ORDER BY of a table's rows: its primary key in byte order, else the row's text. */
async function orderOf(client: pg.Client, oid: number): Promise<string> {
  const { rows } = await client.query<{ attname: string; collatable: boolean }>(
    `SELECT a.attname, a.attcollation <> 0 AS collatable
       FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE i.indrelid = $1 AND i.indisprimary ORDER BY k.ord`, [oid]);
  if (rows.length === 0) return 'ROW(r.*)::text COLLATE "C"';
  return rows.map((c) => `r.${quoteIdentifier(c.attname)}${c.collatable ? ' COLLATE "C"' : ''}`).join(', ');
}

/**
 * Summarises the database `client` is connected to (run it inside the dump's snapshot for the
 * manifest's tables, or on a restored database to compare). Reads every row once. Sequences are
 * read as they are now: they are outside transactions (the manifest takes the archive's values).
 */
export async function summariseDatabase(client: pg.Client): Promise<DatabaseSummary> {
  const rels = await client.query<{ schema: string; name: string; oid: number; kind: string }>(
    `SELECT n.nspname AS schema, c.relname AS name, c.oid::int AS oid, c.relkind AS kind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'S') AND ${SYSTEM} AND ${NOT_EXTENSION}
      ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`);
  const tables: TableSummary[] = [];
  const sequences: SequenceSummary[] = [];
  for (const rel of rels.rows) {
    const qualified = `${quoteIdentifier(rel.schema)}.${quoteIdentifier(rel.name)}`;
    if (rel.kind === 'S') {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${qualified}`);
      sequences.push({ schema: rel.schema, name: rel.name, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
      continue;
    }
    const order = await orderOf(client, rel.oid);
    const { rows } = await client.query<{ rows: string; md5: string }>(
      `SELECT count(*)::text AS rows, md5(coalesce(string_agg(md5(ROW(r.*)::text), '' ORDER BY ${order}), '')) AS md5 FROM ONLY ${qualified} AS r`);
    tables.push({ schema: rel.schema, name: rel.name, rows: Number(rows[0].rows), md5: rows[0].md5 });
  }
  return { tables, sequences };
}

/** Vietnamese lines naming each difference between the manifest (`expected`) and a restored database (`actual`); empty when equal. */
export function compareSummaries(expected: DatabaseSummary, actual: DatabaseSummary): string[] {
  const diffs: string[] = [];
  const key = (x: { schema: string; name: string }) => `${x.schema}.${x.name}`;
  const got = new Map(actual.tables.map((t) => [key(t), t]));
  for (const t of expected.tables) {
    const a = got.get(key(t));
    got.delete(key(t));
    if (!a) diffs.push(`bảng "${key(t)}" không có sau khôi phục`);
    else if (a.rows !== t.rows) diffs.push(`bảng "${key(t)}" có ${a.rows} dòng, bản sao lưu ghi ${t.rows} dòng`);
    else if (a.md5 !== t.md5) diffs.push(`bảng "${key(t)}" đủ ${t.rows} dòng nhưng nội dung khác (mã kiểm tra không khớp)`);
  }
  for (const extra of got.keys()) diffs.push(`bảng "${extra}" không có trong bản sao lưu`);
  const seqs = new Map(actual.sequences.map((s) => [key(s), s]));
  for (const s of expected.sequences) {
    const a = seqs.get(key(s));
    if (!a) diffs.push(`bộ đếm "${key(s)}" không có sau khôi phục`);
    else if (a.lastValue !== s.lastValue || a.isCalled !== s.isCalled) diffs.push(`bộ đếm "${key(s)}" có giá trị ${a.lastValue}, bản sao lưu ghi ${s.lastValue}`);
  }
  return diffs;
}

/** Reads the manifest beside `dumpFile`: null when there is none; a Vietnamese RegistryError when it cannot be read. */
export function readManifest(dumpFile: string): DumpManifest | null {
  const file = manifestPathFor(dumpFile);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let m: DumpManifest;
  try {
    m = JSON.parse(text) as DumpManifest;
  } catch {
    m = {} as DumpManifest;
  }
  if (m.format !== MANIFEST_FORMAT || !Array.isArray(m.tables) || !Array.isArray(m.sequences) || typeof m.dumpSha256 !== 'string') {
    throw new RegistryError('invalid', `Tệp kê khai "${path.basename(file)}" bên cạnh bản sao lưu bị hỏng hoặc không phải của vanthu. Hãy lấy lại tệp này từ nơi lưu bản sao lưu (hoặc xóa nó để chỉ kiểm tra bằng pg_restore).`);
  }
  return m;
}
