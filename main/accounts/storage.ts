/**
 * What the account service needs from a database: the accounts, their sessions and the audit
 * records, each write of one action inside one transaction. store-storage.ts implements it once
 * through the query layer (main/store), for SQLite and PostgreSQL.
 */
import type { RoleCode } from '../../common/rules/roles';
import type { AccountAuditRecord } from './audit';
import type { LockoutRecord } from './lockout';
import type { SessionRecord } from './sessions';

/** An account as stored. */
export interface AccountRecord extends LockoutRecord {
  /** Generated id (never reused). */
  id: string;
  /** Normalised user name (account-fields.ts), unique. */
  userName: string;
  /** Full name as shown (họ và tên). */
  displayName: string;
  /** Roles held, at least one. */
  roles: RoleCode[];
  /** The self-describing scrypt hash (password.ts). */
  passwordHash: string;
  /** The password was set by an administrator (or at creation) and must be changed at the next login. */
  mustChangePassword: boolean;
  /** A disabled account cannot log in and has no session. */
  disabled: boolean;
  /** Creation time (ISO). */
  createdAt: string;
  /** Last change (ISO). */
  updatedAt: string;
}

/** The storage of accounts, sessions and account audit records. */
export interface AccountStorage {
  /** Runs `work` in one transaction (all of it or nothing). */
  transaction<T>(work: () => T): T;
  /** Adds an account; its user name must be free (the caller checked, the storage enforces). */
  insertAccount(account: AccountRecord): void;
  /** Replaces the stored fields of the account with this id. */
  updateAccount(account: AccountRecord): void;
  /** The account with this id. */
  accountById(id: string): AccountRecord | undefined;
  /** The account with this id, its row locked until the transaction ends (PostgreSQL: FOR UPDATE); call inside `transaction`. */
  accountForUpdate(id: string): AccountRecord | undefined;
  /** The account with this normalised user name. */
  accountByName(userName: string): AccountRecord | undefined;
  /** Every account, by user name. */
  listAccounts(): AccountRecord[];
  /** Adds a session. */
  insertSession(session: SessionRecord): void;
  /** The session whose token has this SHA-256. */
  sessionByHash(tokenHash: string): SessionRecord | undefined;
  /** Sets the last-seen time of a session. */
  touchSession(tokenHash: string, lastSeenAt: string): void;
  /** Ends one session. */
  deleteSession(tokenHash: string): void;
  /** Ends every session of an account but `keepTokenHash`; returns how many ended. */
  deleteSessionsOf(accountId: string, keepTokenHash?: string): number;
  /** Ends every session last seen before `idleBefore` or opened before `openedBefore` (ISO); returns how many ended. */
  deleteExpiredSessions(idleBefore: string, openedBefore: string): number;
  /** Appends an audit record. */
  appendAudit(record: AccountAuditRecord): void;
}
