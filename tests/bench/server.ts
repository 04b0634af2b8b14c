/**
 * `npm run bench -- server`: the office server (issue 14, "Done when").
 *
 * 1. Registrations (`registry.deskReserve`: number, row and audit event in one transaction) through
 *    the HTTPS API of `vanthu server` running in this process on loopback, its registry and accounts
 *    on a real PostgreSQL (durable: fsync on), by 1, 8 and 32 concurrent clients: workstation OS
 *    processes (8 processes × 4 sessions for 32), each session signed in as a văn thư with its own
 *    keep-alive HTTPS agent. Beside it, in the same run: the same server on SQLite (data/vanthu.db),
 *    and the registry called directly (no HTTP) on PostgreSQL and on SQLite (the single seat:
 *    WAL, synchronous=FULL). Registrations per second (from "go" to the last answer) and each
 *    request's p50/p99.
 * 2. Search p95 over 1,000,000 outgoing entries on PostgreSQL and on SQLite: rows bulk-loaded
 *    (multi-row INSERT … SELECT FROM unnest on PostgreSQL, with its trigram index built after the
 *    load; prepared INSERTs in large transactions on SQLite, FTS5 kept by its triggers), with
 *    `search_text` folded by the registry's own outSearchText, then 100 varied searches through the
 *    registry's `search` method.
 *
 * VANTHU_BENCH_SEARCH_ROWS changes the 1,000,000 (e.g. 100000 for a quick run);
 * VANTHU_BENCH_SERVER_SCALE multiplies the registration counts (default 1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { formatNumber } from '../../common/rules/number';
import { openRegistry, type RegistryService } from '../../main/registry/index';
import { outSearchText } from '../../main/registry/outgoing/rows';
import { initServer } from '../../main/server/certificate';
import { serverFiles } from '../../main/server/files';
import { startServer, type OfficeServer } from '../../main/server/https';
import { saveServerSettings } from '../../main/server/settings';
import { fetchServerCertificate, parseServerAddress, type Pin, type ServerAddress } from '../../main/server/trust';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { PASSWORD, callOp, login, seedAccounts } from '../main/server/accounts-fixture';
import { removeLoadClient, runOfficeClients, type LoadClientConfig } from '../main/server/office-clients';

const SCALE = Number(process.env.VANTHU_BENCH_SERVER_SCALE ?? 1);
const SEARCH_ROWS = Number(process.env.VANTHU_BENCH_SEARCH_ROWS ?? 1_000_000);
/** Concurrency levels: clients = processes × sessions each, and registrations per client. */
const LEVELS = [
  { clients: 1, processes: 1, sessions: 1, each: Math.round(200 * SCALE) },
  { clients: 8, processes: 8, sessions: 1, each: Math.round(50 * SCALE) },
  { clients: 32, processes: 8, sessions: 4, each: Math.round(15 * SCALE) },
];
const DIRECT = Math.round(300 * SCALE);
const DATE = '2026-03-02';

const WORDS = ('nghị quyết kết luận chỉ thị về tăng cường công tác tư tưởng xây dựng chỉnh đốn Đảng chuyển đổi số phát triển kinh tế '
  + 'xã hội văn hóa quốc phòng an ninh đảng ủy ban thường vụ tỉnh ủy huyện ủy kiểm tra giám sát cán bộ đảng viên dân vận tuyên giáo '
  + 'nông thôn mới giáo dục y tế đất đai tài chính ngân sách hội nghị sơ kết tổng kết nhiệm kỳ đại hội chi bộ cơ sở').split(' ');
const TYPES = ['NQ', 'KL', 'CT', 'TB', 'BC', 'KH', 'CV', 'QĐ'];
const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Đức Cường', 'Phạm Thu Hà'];

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** One row of the result table. */
type Row = [string, string, string, string, string];

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

/** A running office server with its văn thư accounts signed up and one book with an open term. */
interface Office { server: OfficeServer; addr: ServerAddress; pin: Pin; bookId: number }

async function office(dir: string, database: string | null): Promise<Office> {
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  saveServerSettings(serverFiles(dir).settings, { listen: { host: '127.0.0.1', port: 8443 }, database });
  const server = await startServer({ dir, rendererDir: dir, port: 0, host: '127.0.0.1' });
  await seedAccounts(server.accounts.service, Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`vanthu${i + 1}`, ['van-thu' as const]])));
  const addr = parseServerAddress(`127.0.0.1:${server.port}`);
  const seen = await fetchServerCertificate(addr);
  const pin = { fingerprint: seen.fingerprint, pem: seen.pem };
  const admin = (await login(addr, pin, 'quantri')).cookie;
  const made = await callOp(addr, pin, admin, 'registry.deskCreateBook', { issuerCode: 'TU', name: 'Tỉnh ủy' });
  const bookId = (JSON.parse(made.body) as { value: { id: number } }).value.id;
  const term = await callOp(addr, pin, admin, 'registry.deskOpenTerm', { bookId, name: '2025–2030', start: '2025-10-01' });
  if (term.status !== 200) throw new Error(`term: ${term.body}`);
  return { server, addr, pin, bookId };
}

/** One concurrency level through the server: registrations/s, p50, p99. */
async function throughServer(o: Office, level: (typeof LEVELS)[number], tag: string): Promise<{ perSecond: number; ms: number[] }> {
  const configs: LoadClientConfig[] = Array.from({ length: level.processes }, (_, i) => ({
    host: '127.0.0.1', port: o.server.port, pin: o.pin, userName: `vanthu${i + 1}`, password: PASSWORD, sessions: level.sessions,
    count: level.each, bookId: o.bookId, typeCode: 'CV', date: DATE, tag: `${tag}${i + 1}`, retryMs: 0, deadlineMs: 600_000,
  }));
  let started = 0;
  const results = await runOfficeClients(configs, () => { started = performance.now(); });
  const seconds = (performance.now() - started) / 1000;
  const failures = results.flatMap((r) => r.failures);
  if (failures.length) throw new Error(`${failures.length} failed requests: ${failures[0].status} ${failures[0].message}`);
  const ms = results.flatMap((r) => r.acked.map((a) => a.ms));
  return { perSecond: ms.length / seconds, ms };
}

/** The registry called directly by one client (no HTTP). */
function direct(location: string, dataDir: string, n: number): { perSecond: number; ms: number[] } {
  const reg = openRegistry(location, { user: 'bench', dataDir, dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
  try {
    const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' });
    reg.openTerm(book.id, '2025–2030', '2025-10-01');
    const ms: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      reg.reserveNumber(book.id, { typeCode: 'CV', date: DATE, summary: `Công văn ${i}` });
      ms.push(performance.now() - s);
    }
    return { perSecond: n / ((performance.now() - t0) / 1000), ms };
  } finally {
    reg.close();
  }
}

const row = (engine: string, how: string, clients: number, r: { perSecond: number; ms: number[] }): Row =>
  [`${engine}, ${how}`, String(clients), r.perSecond.toFixed(1), pct(r.ms, 50).toFixed(1), pct(r.ms, 99).toFixed(1)];

/** Registration figures (see the file comment). */
async function registrations(dir: string, postgres: TestPostgres, admin: pg.Client): Promise<void> {
  const rows: Row[] = [];
  await admin.query('CREATE DATABASE office');
  await admin.query('CREATE DATABASE direct');
  const pgOffice = await office(path.join(dir, 'server-pg'), postgres.databaseUrl('office'));
  try {
    for (const level of LEVELS) rows.push(row('PostgreSQL', 'HTTPS server', level.clients, await throughServer(pgOffice, level, `p${level.clients}-`)));
  } finally {
    await pgOffice.server.close();
  }
  const liteOffice = await office(path.join(dir, 'server-sqlite'), null);
  try {
    for (const level of LEVELS) rows.push(row('SQLite', 'HTTPS server', level.clients, await throughServer(liteOffice, level, `s${level.clients}-`)));
  } finally {
    await liteOffice.server.close();
  }
  rows.push(row('PostgreSQL', 'registry direct', 1, direct(postgres.databaseUrl('direct'), path.join(dir, 'direct-pg'), DIRECT)));
  rows.push(row('SQLite', 'registry direct (single seat)', 1, direct(path.join(dir, 'direct.db'), path.join(dir, 'direct-files'), DIRECT)));
  console.log(`Registrations (registry.deskReserve: number + row + audit event, one transaction; PostgreSQL ${postgres.version} fsync on, SQLite WAL synchronous=FULL):`);
  table(['engine, path', 'clients', 'registrations/s', 'p50 ms', 'p99 ms'], rows);
}

/** The rows of the search corpus, `from` … `to` (deterministic: the same on both engines). */
function corpus(from: number, to: number, bookId: number, termId: number, seqOf: Map<string, { seq: string; period: string }>) {
  const r = rng(11 + from);
  const out = [];
  for (let i = from; i < to; i++) {
    const typeCode = TYPES[i % TYPES.length];
    const serial = Math.floor(i / TYPES.length) + 2;
    const number = formatNumber({ serial, typeCode, issuerCode: 'TU' });
    const summary = Array.from({ length: 10 + (i % 5) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
    const signer = SIGNERS[i % SIGNERS.length];
    const date = `20${26 + Math.floor(i / (SEARCH_ROWS / 4 + 1))}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const text = outSearchText({ number, typeCode, typeId: null, summary, signer, recipients: [], secrecy: '', urgency: '', draftingUnit: '', notes: '', cancelReason: null });
    const s = seqOf.get(typeCode)!;
    out.push({ book_id: bookId, seq_code: s.seq, period: s.period, serial, number, type_code: typeCode, term_id: termId, doc_date: date, summary, signer, search_text: text });
  }
  return out;
}

/** A registry with one real entry per type (their sequences' codes and periods are read back by sequencesOf). */
function seedRegistry(location: string, dataDir: string): { bookId: number; termId: number } {
  const reg = openRegistry(location, { user: 'bench', dataDir, dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
  try {
    const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' });
    reg.openTerm(book.id, '2025–2030', '2025-10-01');
    let termId = 0;
    for (const t of TYPES) termId = reg.registerNumber(book.id, { typeCode: t, date: DATE, summary: 'Văn bản đầu tiên', signer: SIGNERS[0] }).termId ?? 0;
    return { bookId: book.id, termId };
  } finally {
    reg.close();
  }
}

const COLUMNS = ['book_id', 'seq_code', 'period', 'serial', 'number', 'type_code', 'term_id', 'doc_date', 'summary', 'signer', 'search_text'] as const;
const PG_TYPES = ['int[]', 'text[]', 'text[]', 'int[]', 'text[]', 'text[]', 'int[]', 'text[]', 'text[]', 'text[]', 'text[]'];

async function loadPostgres(url: string, bookId: number, termId: number, seqOf: Map<string, { seq: string; period: string }>): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("SET maintenance_work_mem = '256MB'");
    await c.query('DROP INDEX IF EXISTS out_entries_search');
    const insert = `INSERT INTO out_entries (${COLUMNS.join(', ')}, recipients, secrecy, urgency, drafting_unit, archive_holder, notes, status, created_at)
      SELECT *, '[]', '', '', '', '', '', 'issued', '2026-01-01T00:00:00.000Z' FROM unnest(${COLUMNS.map((_, i) => `$${i + 1}::${PG_TYPES[i]}`).join(', ')})`;
    for (let from = 0; from < SEARCH_ROWS; from += 20_000) {
      const rows = corpus(from, Math.min(SEARCH_ROWS, from + 20_000), bookId, termId, seqOf);
      await c.query(insert, COLUMNS.map((k) => rows.map((x) => x[k])));
    }
    await c.query('CREATE INDEX out_entries_search ON out_entries USING gin (search_text gin_trgm_ops)');
    await c.query('ANALYZE out_entries');
  } finally {
    await c.end();
  }
}

function loadSqlite(file: string, bookId: number, termId: number, seqOf: Map<string, { seq: string; period: string }>): void {
  const db = new Database(file);
  try {
    const ins = db.prepare(`INSERT INTO out_entries (${COLUMNS.join(', ')}, recipients, secrecy, urgency, drafting_unit, archive_holder, notes, status, created_at)
      VALUES (${COLUMNS.map((k) => `@${k}`).join(', ')}, '[]', '', '', '', '', '', 'issued', '2026-01-01T00:00:00.000Z')`);
    for (let from = 0; from < SEARCH_ROWS; from += 20_000) {
      const rows = corpus(from, Math.min(SEARCH_ROWS, from + 20_000), bookId, termId, seqOf);
      db.transaction(() => { for (const x of rows) ins.run(x); })();
    }
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

/** 100 varied queries: words and phrases of the corpus, numbers, a signer, a one-letter word, a miss. */
function queries(): string[] {
  const r = rng(99);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)];
  const out: string[] = [];
  for (let i = 0; i < 100; i++) {
    const k = i % 10;
    if (k < 4) out.push(`${pick()} ${pick()}`);
    else if (k < 6) out.push(`${pick()} ${pick()} ${pick()}`);
    else if (k === 6) out.push(`${1 + Math.floor(r() * 100_000)}-${TYPES[i % TYPES.length]}/TU`);
    else if (k === 7) out.push(pick().normalize('NFD').replace(/\p{M}/gu, ''));
    else if (k === 8) out.push(i % 20 === 8 ? SIGNERS[i % SIGNERS.length] : 'y tế');
    else out.push('khong co tu nay');
  }
  return out;
}

function timeSearches(reg: RegistryService): number[] {
  const ms: number[] = [];
  for (const q of queries()) {
    const s = performance.now();
    reg.search({ text: q, register: 'out' });
    ms.push(performance.now() - s);
  }
  return ms;
}

/** Search figures (see the file comment). */
async function searches(dir: string, postgres: TestPostgres, admin: pg.Client): Promise<void> {
  const rows: string[][] = [];
  await admin.query('CREATE DATABASE search');
  for (const engine of ['PostgreSQL', 'SQLite'] as const) {
    const location = engine === 'PostgreSQL' ? postgres.databaseUrl('search') : path.join(dir, 'search.db');
    const { bookId, termId } = seedRegistry(location, path.join(dir, `search-${engine}`));
    const seqOf = await sequencesOf(location, bookId);
    const t0 = performance.now();
    if (engine === 'PostgreSQL') await loadPostgres(location, bookId, termId, seqOf);
    else loadSqlite(location, bookId, termId, seqOf);
    const loadS = (performance.now() - t0) / 1000;
    const reg = openRegistry(location, { user: 'bench', dataDir: path.join(dir, `search-${engine}`), dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
    try {
      timeSearches(reg); // warm the caches once
      const ms = timeSearches(reg);
      rows.push([engine, SEARCH_ROWS.toLocaleString('en'), loadS.toFixed(0), pct(ms, 50).toFixed(1), pct(ms, 95).toFixed(1), Math.max(...ms).toFixed(1)]);
    } finally {
      reg.close();
    }
  }
  console.log(`Search over ${SEARCH_ROWS.toLocaleString('en')} outgoing entries (100 varied queries through the registry's search, ≤200 hits):`);
  table(['engine', 'entries', 'load s', 'p50 ms', 'p95 ms', 'max ms'], rows);
}

/** Each type's sequence code and period, read from the first real entries. */
async function sequencesOf(location: string, bookId: number): Promise<Map<string, { seq: string; period: string }>> {
  const rows: { type_code: string; seq_code: string; period: string }[] = [];
  if (location.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: location });
    await c.connect();
    rows.push(...(await c.query('SELECT type_code, seq_code, period FROM out_entries WHERE book_id = $1', [bookId])).rows);
    await c.end();
  } else {
    const db = new Database(location, { readonly: true });
    rows.push(...(db.prepare('SELECT type_code, seq_code, period FROM out_entries WHERE book_id = ?').all(bookId) as typeof rows));
    db.close();
  }
  return new Map(rows.map((r) => [r.type_code, { seq: r.seq_code, period: r.period }]));
}

/** Runs the bench (tests/bench/index.ts). */
export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-server-'));
  const postgres = await startPostgres('bench', { durable: true });
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  try {
    if (process.env.VANTHU_BENCH_SERVER_ONLY !== 'search') await registrations(dir, postgres, admin);
    if (process.env.VANTHU_BENCH_SERVER_ONLY !== 'registrations') await searches(dir, postgres, admin);
    console.log(`(${os.cpus().length} CPU, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; the server runs in this process, its clients in their own)`);
  } finally {
    await admin.end();
    postgres.stop();
    removeLoadClient();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
