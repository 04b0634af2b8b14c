/**
 * The PostgreSQL test harness (tests/helpers/postgres.ts) starts a real server of Debian's package,
 * on 127.0.0.1 only, with its socket in its own folder, and removes everything when stopped.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';

describe('PostgreSQL test harness', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it('runs a real PostgreSQL of the installed version, reachable by its URL', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ v: string; db: string; listen: string; enc: string }>(
        "SELECT version() AS v, current_database() AS db, current_setting('listen_addresses') AS listen, current_setting('server_encoding') AS enc",
      );
      expect(rows[0].v).toMatch(new RegExp(`^PostgreSQL ${server.version}\\.`));
      expect(rows[0].db).toBe('vanthu_test');
      expect(rows[0].listen).toBe('127.0.0.1');
      expect(rows[0].enc).toBe('UTF8');
    } finally {
      await client.end();
    }
    expect(server.url).toMatch(new RegExp(`^postgres://vanthu:[0-9a-f]+@127\\.0\\.0\\.1:${server.port}/vanthu_test$`));
  });

  it('keeps its data and socket in a private temporary folder, not in the Debian cluster', () => {
    expect(path.dirname(server.dir)).toBe(os.tmpdir());
    expect(statSync(server.dir).mode & 0o777).toBe(0o700);
    expect(existsSync(path.join(server.dir, 'data', 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(server.dir, `.s.PGSQL.${server.port}`))).toBe(true);
    if (process.getuid?.() === 0) expect(statSync(path.join(server.dir, 'data')).uid).not.toBe(0);
  });

  it('refuses a wrong password', async () => {
    const client = new pg.Client({ connectionString: server.urlWithWrongPassword });
    await expect(client.connect()).rejects.toMatchObject({ code: '28P01' });
  });

  it('stops the server and removes its folder', async () => {
    const second = await startPostgres('other');
    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    await client.end();
    second.stop();
    expect(existsSync(second.dir)).toBe(false);
    const late = new pg.Client({ connectionString: second.url, connectionTimeoutMillis: 2000 });
    await expect(late.connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
