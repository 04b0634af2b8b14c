/**
 * Both engines for one test file: a temporary SQLite folder and a real PostgreSQL (the harness,
 * started once in beforeAll). `engines.location(engine)` gives the `--db` value of a fresh database
 * on that engine; `engines.open(engine)` opens a store on it (closed in afterAll).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Engine, type Store } from '../../../main/store';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';

/** The engines every store test runs on. */
export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** Registers beforeAll/afterAll for the file and returns the accessors. */
export function useEngines() {
  let server: TestPostgres | undefined;
  let dir = '';
  let n = 0;
  const open: Store[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-store-'));
    server = await startPostgres();
  });
  afterAll(() => {
    for (const s of open) {
      try {
        s.close();
      } catch {
        // Already closed by the test.
      }
    }
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const engines = {
    /** The running PostgreSQL. */
    get server(): TestPostgres {
      if (!server) throw new Error('PostgreSQL not started');
      return server;
    },
    /** The `--db` value of a new, empty database on `engine`. */
    async location(engine: Engine): Promise<string> {
      n++;
      if (engine === 'sqlite') return path.join(dir, `store-${n}.db`);
      const admin = new pg.Client({ connectionString: engines.server.url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE store_${n}`);
      } finally {
        await admin.end();
      }
      return engines.server.databaseUrl(`store_${n}`);
    },
    /** A store on a new, empty database of `engine`. */
    async open(engine: Engine): Promise<Store> {
      const store = openStore(await engines.location(engine));
      open.push(store);
      return store;
    },
  };
  return engines;
}
