/**
 * `npm run bench -- registry-pg`: the registry's own registration (registerNumber: number, row and
 * audit event in one transaction) on SQLite and on a real PostgreSQL (durable settings: fsync on),
 * by one client × 250 and by 8 OS processes × 250 started together on one registry and one sequence.
 * Prints per engine the wall time, registrations per second and each registration's p50/p99.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openRegistry } from '../../main/registry/index';
import { openStore, type Engine } from '../../main/store';
import { startPostgres } from '../helpers/postgres';
import { runWriters } from '../main/registry/fixtures/engine-clients';

const EACH = 250;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs the bench (exported for tests/bench/index.ts). */
export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-pg-'));
  const server = await startPostgres('vanthu_bench', { durable: true });
  const admin = openStore(server.url);
  let n = 0;
  const fresh = (engine: Engine) => {
    n++;
    let location = path.join(dir, `r${n}.db`);
    if (engine === 'postgres') {
      admin.run(sql`CREATE DATABASE ${sql.id(`bench_${n}`)}`);
      location = server.databaseUrl(`bench_${n}`);
    }
    const dataDir = path.join(dir, `data${n}`);
    const reg = openRegistry(location, { user: 'bench', dailyBackup: false, backupOnClose: false, integrityCheck: 'off', dataDir });
    const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' });
    reg.openTerm(book.id, '2020–2025', '2020-10-15');
    reg.close();
    return { location, dataDir, bookId: book.id };
  };
  try {
    for (const engine of ['sqlite', 'postgres'] as Engine[]) {
      for (const clients of [1, 8]) {
        const r = fresh(engine);
        const started = performance.now();
        const results = await runWriters(r.location, r.dataDir, r.bookId, clients, EACH);
        const wall = performance.now() - started;
        const failed = results.filter((x) => x.code !== 0);
        if (failed.length) throw new Error(`${engine}: ${failed.length} clients failed: ${failed[0].stderr}`);
        const ms = results.flatMap((x) => x.ms).sort((a, b) => a - b);
        const total = clients * EACH;
        // Wall time includes starting the processes; per registration figures are measured inside them.
        console.log(`${engine.padEnd(8)} ${clients} × ${EACH}: ${(wall / 1000).toFixed(1)} s wall, ${(total / (ms.reduce((a, b) => a + b, 0) / clients / 1000)).toFixed(0)} registrations/s, `
          + `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms per registration`);
      }
    }
  } finally {
    admin.close();
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
