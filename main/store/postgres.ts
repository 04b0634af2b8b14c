/**
 * The store on PostgreSQL: one dedicated connection (node-postgres) held by a worker thread and
 * called synchronously. Each call posts the compiled query to the worker and sleeps on a shared flag
 * (Atomics.wait) until the worker has the answer, then takes it with receiveMessageOnPort, so the
 * registry's code stays synchronous on both engines (docs/query-layer.md). A transaction is
 * BEGIN … COMMIT on that one connection (its BEGIN sent with its first statement); the rows it will
 * change are locked with SELECT … FOR UPDATE.
 *
 * Written with worker_threads directly rather than the synckit package: the worker runs from source
 * text (postgres-worker.ts), so the build needs no extra entry and no TypeScript runner in the worker,
 * and the wait is cut in slices so a worker or server that never answers ends in a message, not a hang.
 */
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { builderFor, compile } from './builder';
import { postgresFailure, type StoreStep } from './errors';
import type { PostgresLocation } from './location';
import { POSTGRES_WORKER_SOURCE, type WorkerReply, type WorkerRequest, type WorkerSetup } from './postgres-worker';
import type { RunResult, Store, StoreQuery } from './store';
import type { StoreTables } from './tables';

/** Timeouts of the PostgreSQL store, in milliseconds. */
export interface PostgresTimeouts {
  /** Opening the connection (default 10 s). */
  connect?: number;
  /** Waiting for another client's row lock, as SQLite's busy timeout (default 30 s; PostgreSQL lock_timeout). */
  lock?: number;
  /** One statement (default 120 s); past it the connection is dropped and the statement fails. */
  query?: number;
}

/** Omit over each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Bytes come back from the worker as Uint8Array: Buffers again, as better-sqlite3 gives them. */
function withBuffers(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  for (const row of rows) {
    for (const k in row) {
      const v = row[k];
      if (v instanceof Uint8Array && !Buffer.isBuffer(v)) row[k] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    }
  }
  return rows;
}

/** Opens the PostgreSQL store at `location`: connects at once, so a wrong URL, password or database fails here. */
export function openPostgresStore<DB = StoreTables>(location: PostgresLocation, timeouts: PostgresTimeouts = {}): Store<DB> {
  const server = location.describe();
  const connectMs = timeouts.connect ?? 10_000;
  const queryMs = timeouts.query ?? 120_000;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const setup: WorkerSetup = {
    port: port2 as unknown as MessagePort,
    flag: flag.buffer as SharedArrayBuffer,
    driver: createRequire(import.meta.url).resolve('pg'),
    url: location.url,
    connectTimeoutMs: connectMs,
    lockTimeoutMs: timeouts.lock ?? 30_000,
    queryTimeoutMs: queryMs,
  };
  const worker = new Worker(POSTGRES_WORKER_SOURCE, { eval: true, workerData: setup, transferList: [port2] });
  worker.unref();
  port1.unref();
  let closed = false;
  let depth = 0;
  /** The connection was lost inside the current transaction: nothing more may run until it ends. */
  let lostInTransaction = false;
  /** A transaction has started but sent nothing yet: its BEGIN goes with its first statement. */
  let pendingBegin = false;

  let lastId = 0;
  /**
   * Posts one request and sleeps until the worker's answer to it arrives (an answer to an earlier,
   * abandoned request is skipped), or gives up once every timeout has passed.
   */
  const call = (request: DistributiveOmit<WorkerRequest, 'id'>): WorkerReply => {
    if (closed) throw new Error('The PostgreSQL store is closed.');
    const id = ++lastId;
    Atomics.store(flag, 0, 0);
    port1.postMessage({ ...request, id });
    const deadline = Date.now() + connectMs + queryMs + 5_000;
    for (;;) {
      Atomics.wait(flag, 0, 0, 1_000);
      for (let got = receiveMessageOnPort(port1); got; got = receiveMessageOnPort(port1)) {
        const reply = got.message as WorkerReply;
        if (reply.id === id) return reply;
      }
      if (Date.now() > deadline) {
        closed = true;
        void worker.terminate();
        return { id, ok: false, error: { message: 'timeout: no answer from the connection thread', lost: true } };
      }
      Atomics.store(flag, 0, 0);
    }
  };
  const exec = (sql: string, params: readonly unknown[], step: StoreStep = 'query') => {
    if (lostInTransaction) throw postgresFailure({ message: 'connection lost earlier in this transaction', lost: true }, server, 'query');
    const begin = pendingBegin;
    pendingBegin = false;
    const reply = call({ op: 'query', sql, params: [...params], inTransaction: depth > 0, begin });
    if (reply.ok) return reply;
    if (reply.error.lost && depth > 0) lostInTransaction = true;
    // A write outside any transaction commits by itself: its answer lost, its outcome is unknown, as a COMMIT's.
    const ownCommit = depth === 0 && step === 'query' && !/^\s*(select|begin|rollback)\b/i.test(sql);
    throw postgresFailure(reply.error, server, ownCommit ? 'commit' : step, location.database);
  };

  const opened = call({ op: 'connect' });
  if (!opened.ok) {
    closed = true;
    void worker.terminate();
    throw postgresFailure(opened.error, server, 'connect', location.database);
  }

  const builder = builderFor<DB>('postgres');
  const run = (query: StoreQuery<unknown>) => {
    const c = compile(query, builder);
    return exec(c.sql, c.parameters);
  };
  return {
    engine: 'postgres',
    db: builder,
    all<R>(query: StoreQuery<R>): R[] {
      return withBuffers(run(query).rows) as R[];
    },
    first<R>(query: StoreQuery<R>): R | undefined {
      return withBuffers(run(query).rows)[0] as R | undefined;
    },
    run(query: StoreQuery<unknown>): RunResult {
      return { changes: run(query).changes };
    },
    transaction<T>(fn: () => T): T {
      const level = depth;
      const savepoint = `vanthu_sp_${level}`;
      if (level === 0) pendingBegin = true;
      else exec(`SAVEPOINT ${savepoint}`, []);
      depth++;
      try {
        const result = fn();
        if (result instanceof Promise) throw new TypeError('A store transaction must be synchronous (its function returned a Promise).');
        // Still inside: a COMMIT must never reach a new connection (it would "succeed" with nothing to commit).
        if (level > 0) exec(`RELEASE SAVEPOINT ${savepoint}`, []);
        else if (!pendingBegin) exec('COMMIT', [], 'commit');
        return result;
      } catch (e) {
        if (level === 0 && pendingBegin) {
          // Nothing was sent: nothing to roll back.
        } else if (!lostInTransaction) {
          try {
            exec(level === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`, []);
          } catch {
            // The connection failed as well: the server rolls the transaction back when it notices.
          }
        }
        throw e;
      } finally {
        depth = level;
        if (level === 0) {
          lostInTransaction = false;
          pendingBegin = false;
        }
      }
    },
    describe: () => server,
    close: () => {
      if (closed) return;
      call({ op: 'end' });
      closed = true;
      port1.close();
      void worker.terminate();
    },
  };
}

