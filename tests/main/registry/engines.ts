/**
 * The registry tests on both engines: `useRegistryEngines()` (call once per test file) starts a real
 * PostgreSQL for the file (tests/helpers/postgres.ts, in beforeAll) and gives a fresh registry per
 * test on each engine: a new SQLite file in a temporary folder, or a new database on the server
 * (CREATE DATABASE, run synchronously through a store on the server's first database).
 * `describe.each(ENGINES)` runs a block on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { openRegistry, type OpenOptions, type RegistryService } from '../../../main/registry/index';
import { openStore, type Engine, type Store } from '../../../main/store';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { tmpDir } from './helpers';

/** The engines the registry tests run on. */
export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** A fresh registry with the book "TU" and the 2020–2025 term open from 2020-10-15. */
export interface TermBook { reg: RegistryService; bookId: number; location: string; dataDir: string }

/** Registers beforeAll/afterAll for the file and returns the accessors. */
export function useRegistryEngines() {
  let server: TestPostgres | undefined;
  let admin: Store | undefined;
  let dir = '';
  let n = 0;
  const opened: RegistryService[] = [];
  beforeAll(async () => {
    dir = tmpDir('vanthu-engines-');
    server = await startPostgres();
    admin = openStore(server.url);
  }, 120_000);
  afterAll(() => {
    for (const r of opened) {
      try {
        r.close();
      } catch {
        // Closed by the test.
      }
    }
    admin?.close();
    server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const engines = {
    /** The running PostgreSQL. */
    get server(): TestPostgres {
      if (!server) throw new Error('PostgreSQL not started');
      return server;
    },
    /** The `--db` value of a new, empty database on `engine`, and the data folder to use with it. */
    location(engine: Engine): { location: string; dataDir: string } {
      n++;
      if (engine === 'sqlite') {
        const file = path.join(dir, `r${n}`, 'vanthu.db');
        return { location: file, dataDir: path.join(path.dirname(file), 'vanthu-files') };
      }
      admin!.run(sql`CREATE DATABASE ${sql.id(`registry_${n}`)}`);
      return { location: engines.server.databaseUrl(`registry_${n}`), dataDir: path.join(dir, `pg${n}-files`) };
    },
    /** Opens the registry at `location` the way the tests do (no automatic backups), closed after the file. */
    open(location: string, dataDir: string, opts: OpenOptions = {}): RegistryService {
      const reg = openRegistry(location, {
        user: 'kiem-thu', dailyBackup: false, backupOnClose: false, ...(location.startsWith('postgres') ? { dataDir } : {}), ...opts,
      });
      opened.push(reg);
      return reg;
    },
    /** A fresh registry on `engine`. */
    fresh(engine: Engine): { reg: RegistryService; location: string; dataDir: string } {
      const at = engines.location(engine);
      return { reg: engines.open(at.location, at.dataDir), ...at };
    },
    /** A fresh registry on `engine` with the book "TU" and the 2020–2025 term open from 2020-10-15. */
    withTermBook(engine: Engine): TermBook {
      const { reg, location, dataDir } = engines.fresh(engine);
      const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy Hà Nam' });
      reg.openTerm(book.id, '2020–2025', '2020-10-15');
      return { reg, bookId: book.id, location, dataDir };
    },
    /** withTermBook with a scratch folder of its own (`dir`) for the files a test writes (imports, exports). */
    withTermBookDir(engine: Engine): TermBook & { dir: string } {
      return { ...engines.withTermBook(engine), dir: tmpDir('vanthu-engines-files-') };
    },
  };
  return engines;
}
