/**
 * A real PostgreSQL (tests/helpers/postgres.ts) and a temporary folder for one test file, and rows
 * read straight through node-postgres, past the code under test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type TestPostgres } from './postgres';

/** Runs `text` (one or more statements) on the database of `url` over a connection of its own; resolves with the rows. */
export async function pgRows<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** What usePostgresFile gives: read its members inside tests and hooks (they are set in beforeAll). */
export interface PostgresFile {
  /** The running server. */
  readonly server: TestPostgres;
  /** The file's temporary folder. */
  readonly dir: string;
  /** Creates the database `name` on the server; resolves with its URL. */
  createDatabase(name: string): Promise<string>;
}

/**
 * Registers the test file's hooks: beforeAll makes a temporary folder (`dirPrefix`) and starts a
 * PostgreSQL; afterAll stops it and removes the folder.
 */
export function usePostgresFile(dirPrefix: string): PostgresFile {
  let server: TestPostgres | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
    server = await startPostgres();
  }, 120_000);
  afterAll(() => {
    server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const file: PostgresFile = {
    get server() {
      if (!server) throw new Error('PostgreSQL not started');
      return server;
    },
    get dir() {
      if (!dir) throw new Error('no folder before beforeAll');
      return dir;
    },
    async createDatabase(name) {
      await pgRows(file.server.url, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      return file.server.databaseUrl(name);
    },
  };
  return file;
}
