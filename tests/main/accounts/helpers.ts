/**
 * The account service on both engines of the query layer: a fresh SQLite file, or a fresh database
 * of a real PostgreSQL (tests/helpers/postgres.ts, started once per test file). A clock the test
 * moves, and fast scrypt parameters (the defaults are tested in password.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createAccountService } from '../../../main/accounts/accounts';
import type { ScryptParams } from '../../../main/accounts/password';
import type { AccountStorage } from '../../../main/accounts/storage';
import { createStoreAccountStorage } from '../../../main/accounts/store-storage';
import { type Engine, openStore, type Store } from '../../../main/store';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';

/** Cheap parameters so a suite of logins stays quick. */
export const FAST: ScryptParams = { ln: 10, r: 8, p: 1 };

/** The engines the service is tested on. */
export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** Registers the file's hooks (PostgreSQL started once, stores closed after each test); returns the factories. */
export function useAccountEngines() {
  let server: TestPostgres | undefined;
  let dir = '';
  let n = 0;
  const open: Store<unknown>[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-accounts-'));
    server = await startPostgres();
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  afterAll(() => {
    server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function location(engine: Engine): Promise<string> {
    n++;
    if (engine === 'sqlite') return path.join(dir, `accounts-${n}.db`);
    const admin = new pg.Client({ connectionString: server!.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE accounts_${n}`);
    } finally {
      await admin.end();
    }
    return server!.databaseUrl(`accounts_${n}`);
  }

  /**
   * A service on a new database of `engine` (or on `at`, a database used before), its storage seen
   * through `wrap` when given; `clock.t` is the time in ms.
   */
  async function newAccounts(engine: Engine, params: ScryptParams = FAST, at?: string, wrap = (s: AccountStorage) => s) {
    const where = at ?? (await location(engine));
    const store = openStore<unknown>(where);
    open.push(store);
    const clock = { t: Date.parse('2026-12-02T08:00:00Z') };
    const service = createAccountService({ storage: wrap(createStoreAccountStorage(store)), now: () => clock.t, params });
    /** Every row of `table`, as stored. */
    const rows = (table: string) => store.all<Record<string, unknown>>(sql`SELECT * FROM ${sql.table(table)}`);
    return { service, store, clock, location: where, rows };
  }

  /** A service with a first administrator (password changed to `admin-pass-123`) and one account per other role. */
  async function office(engine: Engine, wrap?: (s: AccountStorage) => AccountStorage) {
    const env = await newAccounts(engine, FAST, undefined, wrap);
    const { service } = env;
    const first = await service.createFirstAdmin({ userName: 'quantri', displayName: 'Quản Trị Viên' }, 'caidat');
    let admin = (await service.login('quantri', first.oneTimePassword)).actor;
    admin = await service.changeOwnPassword(admin, first.oneTimePassword, 'admin-pass-123');
    const people: Record<string, string> = {};
    for (const [userName, role] of [['vanthu', 'van-thu'], ['chuyenvien', 'chuyen-vien'], ['lanhdao', 'lanh-dao']] as const) {
      const made = await service.createAccount(admin, { userName, displayName: `Người ${userName}`, roles: [role] });
      const actor = (await service.login(userName, made.oneTimePassword)).actor;
      await service.changeOwnPassword(actor, made.oneTimePassword, `${role}-pass-123`);
      people[userName] = made.account.id;
    }
    return { ...env, admin, people };
  }

  return { newAccounts, office };
}
