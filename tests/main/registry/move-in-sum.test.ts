/**
 * The checksums that prove a move-in copied every row (main/registry/move-in/tables.ts) read the
 * server's tables page by page in key order: with pages of a few rows, every table of a moved,
 * populated registry still sums to what the file sums to, as with one page.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { moveIn } from '../../../main/registry/move-in/index';
import { planMove, postgresSum, sqliteSum } from '../../../main/registry/move-in/tables';
import { openPostgresRegistry } from '../../../main/registry/schema/postgres/open';
import { parseStoreLocation } from '../../../main/store/location';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { tmpDir } from './helpers';
import { fillSingleSeat } from './move-in-fixture';

let server: TestPostgres;
let dir: string;

beforeAll(async () => {
  dir = tmpDir('vanthu-move-in-sum-');
  server = await startPostgres();
}, 120_000);
afterAll(() => {
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('sums every table of a moved registry the same in pages of 1, 3 and 2000 rows as in the file', async () => {
  const file = path.join(dir, 'vanthu.db');
  await fillSingleSeat(file, dir);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE summed');
  await admin.end();
  const url = server.databaseUrl('summed');
  const dataDir = path.join(dir, 'server');
  await moveIn(file, url, { dataDir });
  const db = new Database(file, { readonly: true });
  const where = parseStoreLocation(url);
  if (where.engine !== 'postgres') throw new Error(`not a PostgreSQL address: ${url}`);
  const store = openPostgresRegistry(where, { dataDir, user: 'test' });
  try {
    const { tables } = planMove(db, store);
    const paged = tables.filter((t) => t.key.length > 0 && sqliteSum(db, t).rows > 3);
    expect(paged.map((t) => t.name)).toEqual(expect.arrayContaining(['out_entries', 'audit_log']));
    for (const t of tables) {
      const inFile = sqliteSum(db, t);
      for (const rows of [1, 3, 2000]) expect(postgresSum(store, t, rows), `${t.name}, ${rows} per page`).toEqual(inFile);
    }
  } finally {
    store.close();
    db.close();
  }
}, 180_000);
