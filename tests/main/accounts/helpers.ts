/** An account service on a fresh SQLite file, with a clock the test moves and fast scrypt parameters. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createAccountService } from '../../../main/accounts/accounts';
import type { ScryptParams } from '../../../main/accounts/password';
import { createSqliteAccountStorage } from '../../../main/accounts/sqlite-storage';

/** Cheap parameters so a test suite of logins stays quick (the defaults are tested in password.test.ts). */
export const FAST: ScryptParams = { ln: 10, r: 8, p: 1 };

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A service on a new database file; `clock.t` is the time in ms. */
export function newAccounts(params: ScryptParams = FAST, file?: string) {
  const dbFile = file ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-accounts-')), 'accounts.db');
  const db = new Database(dbFile);
  open.push(db);
  const clock = { t: Date.parse('2026-12-02T08:00:00Z') };
  const service = createAccountService({ storage: createSqliteAccountStorage(db), now: () => clock.t, params });
  return { service, db, clock, file: dbFile };
}

/** A service with a first administrator (password changed to `admin-pass-123`) and one account per other role. */
export async function office(params: ScryptParams = FAST) {
  const env = newAccounts(params);
  const { service } = env;
  const first = await service.createFirstAdmin({ userName: 'quantri', displayName: 'Quản Trị Viên' });
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
