/**
 * The program of the worker thread that holds the PostgreSQL store's one connection (node-postgres).
 * It is plain JavaScript given as text (`new Worker(source, { eval: true })`), the way
 * registry/sqlite-child.ts starts its child: no file for the bundler to emit, and nothing for a
 * TypeScript transform to rewrite (tsx, for one, wraps functions in a `__name` helper the worker would
 * not have), so the same text runs under vitest, from dist/node and from the Electron bundle. It loads
 * pg by the resolved path it is given.
 *
 * Protocol: the calling thread posts one request (WorkerRequest) on the port, then sleeps on `flag`
 * (Atomics.wait); the worker runs it, posts the answer (WorkerReply) and wakes it (flag = 1,
 * Atomics.notify). Values come back as SQLite gives them: int8 (bigint, count(*)) as numbers while
 * they fit, dates and times as their text.
 */

/** A request to the worker. */
export type WorkerRequest = { id: number } & (
  | { op: 'connect' }
  | { op: 'end' }
  /**
   * `inTransaction`: a lost connection is not opened again (the rest of the transaction would run
   * outside it); the answer is then code VANTHU_NOT_SENT. `begin`: run BEGIN first (the transaction's
   * first statement: one round trip to the worker instead of two).
   */
  | { op: 'query'; sql: string; params: unknown[]; inTransaction: boolean; begin?: boolean });

/** The worker's answer to request `id`: rows and changes, or the driver's error as plain data (`lost`: the connection is gone). */
export type WorkerReply = { id: number } & (
  | { ok: true; rows: Record<string, unknown>[]; changes: number }
  | { ok: false; error: { message: string; code?: string; lost: boolean } });

/** What the worker is started with (its workerData). */
export interface WorkerSetup {
  port: MessagePort;
  flag: SharedArrayBuffer;
  /** Resolved path of the pg package. */
  driver: string;
  url: string;
  connectTimeoutMs: number;
  lockTimeoutMs: number;
  queryTimeoutMs: number;
}

/** The worker's program (see the file comment). */
export const POSTGRES_WORKER_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const { port, flag, driver, url } = workerData;
const shared = new Int32Array(flag);
let current = null; // id of the request being answered
function answer(reply) {
  if (current === null) return;
  reply.id = current;
  current = null;
  port.postMessage(reply);
  Atomics.store(shared, 0, 1);
  Atomics.notify(shared, 0);
}
// No SQLSTATE (a socket error such as ECONNRESET or EPIPE: no SQLSTATE class starts with E;
// "Connection terminated unexpectedly"), class 08 (connection) or 57P01-57P03 (server shutting down).
function isLost(code) {
  return !code || !/^[0-9A-DF-Z][0-9A-Z]{4}$/.test(code) || code.startsWith('08') || /^57P0[123]$/.test(code);
}
function failure(e) {
  const code = e && typeof e.code === 'string' ? e.code : undefined;
  return { ok: false, error: { message: String((e && e.message) || e), code, lost: isLost(code) } };
}
let pg;
let noDriver = null;
try {
  pg = require(driver);
  pg.types.setTypeParser(20, (v) => (Number.isSafeInteger(Number(v)) ? Number(v) : BigInt(v)));
  for (const oid of [1082, 1083, 1114, 1184, 1266]) pg.types.setTypeParser(oid, (v) => v);
} catch (e) {
  noDriver = 'cannot load pg: ' + String((e && e.message) || e);
}
let client = null;
// A fault of the driver outside any promise: the request in progress fails as a lost connection
// instead of leaving the calling thread asleep.
function fault(e) {
  client = null;
  answer({ ok: false, error: { message: 'connection thread: ' + String((e && e.message) || e), lost: true } });
}
process.on('uncaughtException', fault);
process.on('unhandledRejection', fault);
function drop() {
  const c = client;
  client = null;
  if (c) c.end().catch(() => undefined);
}
async function connect() {
  const c = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: workerData.connectTimeoutMs,
    query_timeout: workerData.queryTimeoutMs,
    keepAlive: true,
    application_name: 'vanthu',
    options: '-c lock_timeout=' + workerData.lockTimeoutMs,
  });
  // The server going away while idle: forget the connection; the next request connects again.
  c.on('error', () => { if (client === c) client = null; });
  c.on('end', () => { if (client === c) client = null; });
  await c.connect();
  client = c;
}
function toBuffer(v) {
  return v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v;
}
port.on('message', async (msg) => {
  current = msg.id;
  try {
    if (noDriver) {
      answer({ ok: false, error: { message: noDriver, code: 'VANTHU_NO_DRIVER', lost: false } });
      return;
    }
    if (msg.op === 'end') {
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
      answer({ ok: true, rows: [], changes: 0 });
      return;
    }
    if (!client && msg.op === 'query' && msg.inTransaction && !msg.begin) {
      answer({ ok: false, error: { message: 'Connection terminated during the transaction', code: 'VANTHU_NOT_SENT', lost: true } });
      return;
    }
    if (!client) await connect();
    if (msg.op === 'connect') {
      answer({ ok: true, rows: [], changes: 0 });
      return;
    }
    if (msg.begin) await client.query('BEGIN');
    const result = await client.query({ text: msg.sql, values: msg.params.map(toBuffer) });
    answer({ ok: true, rows: result.rows, changes: result.rowCount == null ? 0 : result.rowCount });
  } catch (e) {
    const reply = failure(e);
    if (reply.error.lost) drop();
    answer(reply);
  }
});
`;
