/**
 * The account storage on a better-sqlite3 connection, with its own tables (created when missing):
 * `accounts`, `account_roles`, `account_sessions` (the SHA-256 of each token, never the token) and
 * `account_audit`. To be ported onto the engine-neutral query layer (main/store), which will give
 * the same storage on PostgreSQL; the SQL here is plain enough to carry over as is.
 */
import type Database from 'better-sqlite3';
import { ROLE_CODES, type RoleCode, isRoleCode } from '../../common/rules/roles';
import type { AccountAuditRecord } from './audit';
import type { SessionRecord } from './sessions';
import type { AccountRecord, AccountStorage } from './storage';

/** The statements creating the account tables (idempotent). Role codes come from common/rules/roles.ts. */
export const ACCOUNT_TABLES_SQL = `
CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  user_name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
  disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),
  failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  last_failure_at TEXT,
  locked_until TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS account_roles (
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN (${ROLE_CODES.map((r) => `'${r}'`).join(', ')})),
  PRIMARY KEY (account_id, role)
);
CREATE TABLE IF NOT EXISTS account_sessions (
  token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS account_sessions_by_account ON account_sessions (account_id);
CREATE TABLE IF NOT EXISTS account_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  after TEXT
);
`;

interface AccountRow {
  id: string; user_name: string; display_name: string; password_hash: string; must_change_password: number; disabled: number;
  failures: number; last_failure_at: string | null; locked_until: string | null; created_at: string; updated_at: string;
}

interface SessionRow { token_hash: string; account_id: string; created_at: string; last_seen_at: string }

const ACCOUNT_COLUMNS = 'id, user_name, display_name, password_hash, must_change_password, disabled, failures, last_failure_at, locked_until, created_at, updated_at';

function rowParams(a: AccountRecord) {
  return {
    id: a.id, user_name: a.userName, display_name: a.displayName, password_hash: a.passwordHash,
    must_change_password: a.mustChangePassword ? 1 : 0, disabled: a.disabled ? 1 : 0, failures: a.failures,
    last_failure_at: a.lastFailureAt, locked_until: a.lockedUntil, created_at: a.createdAt, updated_at: a.updatedAt,
  };
}

function sessionOf(r: SessionRow): SessionRecord {
  return { tokenHash: r.token_hash, accountId: r.account_id, createdAt: r.created_at, lastSeenAt: r.last_seen_at };
}

/** Creates the account tables on `db` when missing and returns the storage over them. */
export function createSqliteAccountStorage(db: Database.Database): AccountStorage {
  db.pragma('foreign_keys = ON');
  db.exec(ACCOUNT_TABLES_SQL);
  const q = {
    insert: db.prepare(`INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES (@id, @user_name, @display_name, @password_hash,
      @must_change_password, @disabled, @failures, @last_failure_at, @locked_until, @created_at, @updated_at)`),
    update: db.prepare(`UPDATE accounts SET user_name = @user_name, display_name = @display_name, password_hash = @password_hash,
      must_change_password = @must_change_password, disabled = @disabled, failures = @failures, last_failure_at = @last_failure_at,
      locked_until = @locked_until, created_at = @created_at, updated_at = @updated_at WHERE id = @id`),
    byId: db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = ?`),
    byName: db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE user_name = ?`),
    all: db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY user_name`),
    roles: db.prepare('SELECT role FROM account_roles WHERE account_id = ?').pluck(),
    clearRoles: db.prepare('DELETE FROM account_roles WHERE account_id = ?'),
    addRole: db.prepare('INSERT INTO account_roles (account_id, role) VALUES (?, ?)'),
    insertSession: db.prepare('INSERT INTO account_sessions (token_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)'),
    session: db.prepare('SELECT token_hash, account_id, created_at, last_seen_at FROM account_sessions WHERE token_hash = ?'),
    touch: db.prepare('UPDATE account_sessions SET last_seen_at = ? WHERE token_hash = ?'),
    endSession: db.prepare('DELETE FROM account_sessions WHERE token_hash = ?'),
    endSessionsOf: db.prepare('DELETE FROM account_sessions WHERE account_id = ? AND token_hash IS NOT ?'),
    audit: db.prepare('INSERT INTO account_audit (at, user, action, entity, entity_id, after) VALUES (?, ?, ?, ?, ?, ?)'),
  };

  function accountOf(r: AccountRow | undefined): AccountRecord | undefined {
    if (!r) return undefined;
    const held = (q.roles.all(r.id) as string[]).filter(isRoleCode);
    return {
      id: r.id, userName: r.user_name, displayName: r.display_name, passwordHash: r.password_hash,
      roles: ROLE_CODES.filter((c): c is RoleCode => held.includes(c)), mustChangePassword: r.must_change_password === 1,
      disabled: r.disabled === 1, failures: r.failures, lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until,
      createdAt: r.created_at, updatedAt: r.updated_at,
    };
  }

  function writeRoles(a: AccountRecord): void {
    q.clearRoles.run(a.id);
    for (const role of a.roles) q.addRole.run(a.id, role);
  }

  return {
    transaction: (work) => db.transaction(work).immediate(),
    insertAccount(a) {
      q.insert.run(rowParams(a));
      writeRoles(a);
    },
    updateAccount(a) {
      q.update.run(rowParams(a));
      writeRoles(a);
    },
    accountById: (id) => accountOf(q.byId.get(id) as AccountRow | undefined),
    accountByName: (userName) => accountOf(q.byName.get(userName) as AccountRow | undefined),
    listAccounts: () => (q.all.all() as AccountRow[]).map((r) => accountOf(r)!),
    insertSession: (s) => void q.insertSession.run(s.tokenHash, s.accountId, s.createdAt, s.lastSeenAt),
    sessionByHash(tokenHash) {
      const r = q.session.get(tokenHash) as SessionRow | undefined;
      return r ? sessionOf(r) : undefined;
    },
    touchSession: (tokenHash, at) => void q.touch.run(at, tokenHash),
    deleteSession: (tokenHash) => void q.endSession.run(tokenHash),
    deleteSessionsOf: (accountId, keep) => q.endSessionsOf.run(accountId, keep ?? null).changes,
    appendAudit: (r: AccountAuditRecord) => void q.audit.run(r.at, r.user, r.action, r.entity, r.entityId, r.after === undefined ? null : JSON.stringify(r.after)),
  };
}
