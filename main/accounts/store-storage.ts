/**
 * The account storage written once through the query layer (main/store): the same Kysely queries
 * run on SQLite (the single seat's file or a test) and on PostgreSQL (the office server). The tables
 * (tables.ts) are created when missing by `ensureAccountTables`. Read-modify-write of an account
 * locks its row on PostgreSQL (SELECT … FOR UPDATE); SQLite's BEGIN IMMEDIATE already serialises.
 */
import { sql } from 'kysely';
import { ROLE_CODES, type RoleCode, isRoleCode } from '../../common/rules/roles';
import { builderFor } from '../store/builder';
import type { Store } from '../store/store';
import type { AccountRecord, AccountStorage } from './storage';
import type { AccountsTable, AccountTables } from './tables';

/** Creates the account tables and their index when missing, on either engine. */
export function ensureAccountTables<DB>(store: Store<DB>): void {
  const db = builderFor<AccountTables>(store.engine);
  const flag = (column: string) => sql`${sql.ref(column)} IN (0, 1)`;
  store.transaction(() => {
    store.run(db.schema.createTable('accounts').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_name', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('must_change_password', 'integer', (c) => c.notNull().check(flag('must_change_password')))
      .addColumn('disabled', 'integer', (c) => c.notNull().check(flag('disabled')))
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0).check(sql`failures >= 0`))
      .addColumn('last_failure_at', 'text')
      .addColumn('locked_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()));
    store.run(db.schema.createTable('account_roles').ifNotExists()
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN (${sql.join(ROLE_CODES.map((r) => sql.lit(r)))})`))
      .addPrimaryKeyConstraint('account_roles_pk', ['account_id', 'role']));
    store.run(db.schema.createTable('account_sessions').ifNotExists()
      .addColumn('token_hash', 'text', (c) => c.primaryKey().check(sql`length(token_hash) = 64`))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull()));
    store.run(db.schema.createIndex('account_sessions_by_account').ifNotExists().on('account_sessions').column('account_id'));
    store.run(db.schema.createTable('account_audit').ifNotExists()
      .addColumn('id', store.engine === 'postgres' ? 'bigint' : 'integer',
        (c) => (store.engine === 'postgres' ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('after', 'text'));
  });
}

function rowOf(a: AccountRecord): AccountsTable {
  return {
    id: a.id, user_name: a.userName, display_name: a.displayName, password_hash: a.passwordHash,
    must_change_password: a.mustChangePassword ? 1 : 0, disabled: a.disabled ? 1 : 0, failures: a.failures,
    last_failure_at: a.lastFailureAt, locked_until: a.lockedUntil, created_at: a.createdAt, updated_at: a.updatedAt,
  };
}

function recordOf(r: AccountsTable, held: readonly string[]): AccountRecord {
  return {
    id: r.id, userName: r.user_name, displayName: r.display_name, passwordHash: r.password_hash,
    roles: ROLE_CODES.filter((c): c is RoleCode => held.includes(c)), mustChangePassword: Number(r.must_change_password) === 1,
    disabled: Number(r.disabled) === 1, failures: Number(r.failures), lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/** The account storage over `store` (either engine); creates the tables when missing. */
export function createStoreAccountStorage<DB>(store: Store<DB>): AccountStorage {
  ensureAccountTables(store);
  const db = builderFor<AccountTables>(store.engine);
  const pg = store.engine === 'postgres';

  function rolesOf(id: string): string[] {
    return store.all(db.selectFrom('account_roles').select('role').where('account_id', '=', id)).map((r) => r.role).filter(isRoleCode);
  }

  function withRoles(r: AccountsTable | undefined): AccountRecord | undefined {
    return r ? recordOf(r, rolesOf(r.id)) : undefined;
  }

  function writeRoles(a: AccountRecord): void {
    store.run(db.deleteFrom('account_roles').where('account_id', '=', a.id));
    if (a.roles.length) store.run(db.insertInto('account_roles').values(a.roles.map((role) => ({ account_id: a.id, role }))));
  }

  return {
    transaction: (work) => store.transaction(work),
    insertAccount(a) {
      store.run(db.insertInto('accounts').values(rowOf(a)));
      writeRoles(a);
    },
    updateAccount(a) {
      const { id, ...rest } = rowOf(a);
      store.run(db.updateTable('accounts').set(rest).where('id', '=', id));
      writeRoles(a);
    },
    accountById: (id) => withRoles(store.first(db.selectFrom('accounts').selectAll().where('id', '=', id))),
    accountForUpdate(id) {
      const query = db.selectFrom('accounts').selectAll().where('id', '=', id);
      return withRoles(store.first(pg ? query.forUpdate() : query));
    },
    accountByName: (userName) => withRoles(store.first(db.selectFrom('accounts').selectAll().where('user_name', '=', userName))),
    listAccounts() {
      const roles = new Map<string, string[]>();
      for (const r of store.all(db.selectFrom('account_roles').select(['account_id', 'role']))) {
        roles.set(r.account_id, [...(roles.get(r.account_id) ?? []), r.role]);
      }
      return store.all(db.selectFrom('accounts').selectAll().orderBy('user_name')).map((r) => recordOf(r, roles.get(r.id) ?? []));
    },
    insertSession: (s) => void store.run(db.insertInto('account_sessions')
      .values({ token_hash: s.tokenHash, account_id: s.accountId, created_at: s.createdAt, last_seen_at: s.lastSeenAt })),
    sessionByHash(tokenHash) {
      const r = store.first(db.selectFrom('account_sessions').selectAll().where('token_hash', '=', tokenHash));
      return r ? { tokenHash: r.token_hash, accountId: r.account_id, createdAt: r.created_at, lastSeenAt: r.last_seen_at } : undefined;
    },
    touchSession: (tokenHash, at) => void store.run(db.updateTable('account_sessions').set({ last_seen_at: at }).where('token_hash', '=', tokenHash)),
    deleteSession: (tokenHash) => void store.run(db.deleteFrom('account_sessions').where('token_hash', '=', tokenHash)),
    deleteSessionsOf(accountId, keep) {
      let query = db.deleteFrom('account_sessions').where('account_id', '=', accountId);
      if (keep) query = query.where('token_hash', '<>', keep);
      return store.run(query).changes;
    },
    deleteExpiredSessions: (idleBefore, openedBefore) => store.run(db.deleteFrom('account_sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', openedBefore)]))).changes,
    appendAudit: (r) => void store.run(db.insertInto('account_audit').values({
      at: r.at, actor: r.user, action: r.action, entity: r.entity, entity_id: r.entityId, after: r.after === undefined ? null : JSON.stringify(r.after),
    })),
  };
}
