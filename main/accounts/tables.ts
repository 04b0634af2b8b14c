/**
 * The account tables as Kysely types, the same on SQLite and PostgreSQL: text ids and ISO times,
 * flags as 0/1 integers (SQLite has no boolean; PostgreSQL keeps the CHECK), roles in their own
 * table. Created by `ensureAccountTables` (store-storage.ts).
 */
import type { Generated } from 'kysely';

/** `accounts`: one row per person. */
export interface AccountsTable {
  id: string;
  user_name: string;
  display_name: string;
  password_hash: string;
  must_change_password: number;
  disabled: number;
  failures: number;
  last_failure_at: string | null;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

/** `account_roles`: the roles an account holds (codes of common/rules/roles.ts). */
export interface AccountRolesTable {
  account_id: string;
  role: string;
}

/** `account_sessions`: open sessions, by the SHA-256 of their token (never the token). */
export interface AccountSessionsTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
}

/** `account_audit`: what the account service did and who did it (`actor`: the acting user's name). */
export interface AccountAuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  after: string | null;
}

/** Every account table. */
export interface AccountTables {
  accounts: AccountsTable;
  account_roles: AccountRolesTable;
  account_sessions: AccountSessionsTable;
  account_audit: AccountAuditTable;
}
