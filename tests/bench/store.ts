/**
 * The numbering primitive of the store layer (main/store/counter.ts) on both engines: the cost of
 * one allocation (its own transaction: lock the counter row, advance it, commit), median and p95,
 * for one client in this process and for 8 client processes at once on the same sequence. SQLite
 * with the registry's settings (WAL, synchronous=FULL); PostgreSQL of Debian's package started by
 * the test harness with its durable defaults (fsync on), over TCP on 127.0.0.1, one connection per
 * client held by the store's worker thread. docs/scale.md quotes these figures.
 *
 *   npm run bench -- store
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { allocate, ensureCounters, openStore } from '../../main/store';
import { startPostgres } from '../helpers/postgres';
import { removeClientScript, runClients } from '../main/store/clients';

const SINGLE = 1000;
const CLIENTS = 8;
const PER_CLIENT = 250;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function single(location: string): number[] {
  const store = openStore(location);
  ensureCounters(store);
  const t: number[] = [];
  for (let i = 0; i < SINGLE; i++) {
    const s = performance.now();
    allocate(store, 'bench:single');
    t.push(performance.now() - s);
  }
  store.close();
  return t;
}

async function concurrent(location: string): Promise<{ t: number[]; perSecond: number }> {
  // The table first: eight concurrent CREATE TABLE IF NOT EXISTS can collide in PostgreSQL's catalog.
  const setup = openStore(location);
  ensureCounters(setup);
  setup.close();
  const results = await runClients(location, 'bench:concurrent', CLIENTS, PER_CLIENT);
  const t = results.flatMap((r) => r.ms);
  // The allocation phase is the longest client's own total: process start-up is not counted.
  const busiest = Math.max(...results.map((r) => r.ms.reduce((a, b) => a + b, 0)));
  const numbers = new Set(results.flatMap((r) => r.numbers));
  if (numbers.size !== CLIENTS * PER_CLIENT) throw new Error(`duplicate numbers: ${numbers.size} distinct of ${CLIENTS * PER_CLIENT}`);
  return { t, perSecond: (CLIENTS * PER_CLIENT) / (busiest / 1000) };
}

/** Runs the bench and prints the table. */
export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-store-'));
  const server = await startPostgres('bench', { durable: true });
  try {
    const rows: string[][] = [];
    for (const [engine, fresh] of [
      ['SQLite (WAL, synchronous=FULL)', (n: string) => path.join(dir, `${n}.db`)],
      [`PostgreSQL ${server.version} (fsync on, TCP 127.0.0.1)`, (n: string) => server.databaseUrl(n)],
    ] as const) {
      if (engine.startsWith('PostgreSQL')) {
        const admin = openStore(server.url);
        for (const n of ['single', 'concurrent']) admin.run(sql.raw(`CREATE DATABASE ${n}`));
        admin.close();
      }
      const one = single(fresh('single'));
      rows.push([engine, '1', pct(one, 50).toFixed(2), pct(one, 95).toFixed(2), (SINGLE / (one.reduce((a, b) => a + b, 0) / 1000)).toFixed(0)]);
      const many = await concurrent(fresh('concurrent'));
      rows.push([engine, String(CLIENTS), pct(many.t, 50).toFixed(2), pct(many.t, 95).toFixed(2), many.perSecond.toFixed(0)]);
    }
    const head = ['engine', 'clients', 'median ms', 'p95 ms', 'allocations/s'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(`Numbering (one allocation = one transaction; ${SINGLE} for 1 client, ${CLIENTS} processes × ${PER_CLIENT} concurrently):`);
    console.log(line(head));
    for (const r of rows) console.log(line(r));
    console.log(`(${os.cpus().length} CPU, load ${os.loadavg()[0].toFixed(1)}; a concurrent allocation's time includes waiting for the others' lock)`);
  } finally {
    removeClientScript();
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
