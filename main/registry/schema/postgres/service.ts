/**
 * The registry service over a PostgreSQL registry: the same object `openRegistry` returns for an
 * SQLite file, in which the methods already ported onto the store run (the same code as on SQLite),
 * and every other method throws the 'not-implemented' RegistryError in Vietnamese instead of
 * touching a database it cannot reach. The list of ported methods is the one docs/query-layer.md
 * shows; it grows as the registry's code is ported.
 */
import path from 'node:path';
import type { PostgresLocation } from '../../../store/location';
import { postgresSession } from '../../backup/postgres/session';
import { actingUser } from '../../acting-user';
import { bindAll } from '../../bind';
import type { Ctx, RegistryStore } from '../../context';
import { createDesk } from '../../desk/index';
import { createDrafts } from '../../drafts/service';
import { RegistryError } from '../../errors';
import { REGISTRY_METHODS } from '../../methods';
import type { RegistryService } from '../../service';
import { POSTGRES_DESK_METHODS, POSTGRES_DESK_REGISTRY_METHODS } from './desk';
import { POSTGRES_DRAFT_METHODS, POSTGRES_DRAFTS_SERVICE_METHODS } from './drafts';

/** The message of a method that does not run on PostgreSQL yet. */
export const NOT_ON_POSTGRES = 'Chức năng này chưa chạy trên máy chủ PostgreSQL; hãy dùng sổ đăng ký trên tệp SQLite cho chức năng này.';

/** The registry methods that run on PostgreSQL (ported onto the store). */
export const POSTGRES_METHODS: ReadonlySet<keyof typeof REGISTRY_METHODS> = new Set([
  'createOutBook', 'listOutBooks', 'setTypeScope', 'setSecretSeparate', 'listTerms', 'openTerm', 'closeTerm', 'setLastUsed',
  'registerNumber', 'reserveNumber', 'issueReserved', 'releaseReservation', 'cancelNumber', 'correctOutgoing', 'registerDocument',
  'getOutgoing', 'listOutgoing', 'listOutgoingPage', 'seatActor', 'auditVerify', 'auditLog',
  'listInBooks', 'addIncoming', 'updateIncoming', 'getIncoming', 'listIncoming', 'search',
  ...(POSTGRES_DRAFT_METHODS as (keyof typeof REGISTRY_METHODS)[]),
  ...(POSTGRES_DESK_REGISTRY_METHODS as (keyof typeof REGISTRY_METHODS)[]),
] as const);

/** The error every unported method throws on PostgreSQL. */
export function notOnPostgres(): RegistryError {
  return new RegistryError('not-implemented', NOT_ON_POSTGRES);
}

/**
 * `obj` with every function (nested objects too) replaced by one throwing notOnPostgres(), except the
 * top-level functions (and nested objects, whole) named in `ported`.
 */
function refuseAll<T extends object>(obj: T, ported: readonly string[] = []): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(obj)) {
    out[name] = typeof value === 'function' ? (ported.includes(name) ? value : () => { throw notOnPostgres(); })
      : value && typeof value === 'object' ? (ported.includes(name) ? value : refuseAll(value)) : value;
  }
  return out as T;
}

/** Where the session's backups go and how the registry is opened again after a restore (see backup/postgres/session.ts). */
export interface PostgresSessionOptions {
  location: PostgresLocation;
  /** Folder of automatic backups (default `<dataDir>/backups`). */
  backupDir?: string;
  keepBackups?: number;
  /** Milliseconds between two looks at whether today's pg_dump is due (null: no daily dumps; see backup/postgres/session.ts). */
  dailyDumpEveryMs?: number | null;
  /** Opens the registry's store again (after a restore swapped its database). */
  reopen: () => RegistryStore;
}

/** Builds the service of the PostgreSQL registry `store` (`shown`: its masked URL, the service's `path`). */
export function postgresService(store: RegistryStore, shown: string, user: string, dataDir: string, sessionOpts: PostgresSessionOptions): RegistryService {
  let open = true;
  let current = store;
  let own = user;
  const ctx: Ctx = {
    get db(): never { throw notOnPostgres(); },
    set db(_: unknown) { throw notOnPostgres(); },
    // The person of the current request on the office server (../../acting-user.ts), else the registry's user.
    get user() { return actingUser() ?? own; },
    set user(u: string) { own = u; },
    get store() { return current; },
    dataDir,
  };
  const live = (): Ctx => {
    if (!open) throw new RegistryError('invalid', 'Sổ đăng ký đã đóng.');
    return ctx;
  };
  const bound = bindAll(REGISTRY_METHODS, live) as Record<string, unknown>;
  for (const name of Object.keys(bound)) {
    if (!POSTGRES_METHODS.has(name as keyof typeof REGISTRY_METHODS)) bound[name] = () => { throw notOnPostgres(); };
  }
  const { stopDailyDumps, ...session } = postgresSession({
    location: sessionOpts.location, backupDir: sessionOpts.backupDir ?? path.join(dataDir, 'backups'), keep: sessionOpts.keepBackups,
    dailyDumpEveryMs: sessionOpts.dailyDumpEveryMs ?? null,
    store: () => current, live: () => void live(), closeStore: () => current.close(), reopen: () => { current = sessionOpts.reopen(); },
  });
  return {
    path: shown,
    dataDir,
    desk: refuseAll(createDesk(live), POSTGRES_DESK_METHODS),
    drafts: refuseAll(createDrafts(live), POSTGRES_DRAFTS_SERVICE_METHODS),
    ...(bound as ReturnType<typeof bindAll<typeof REGISTRY_METHODS>>),
    ...session,
    close(): void {
      if (!open) return;
      open = false;
      stopDailyDumps();
      current.close();
    },
  };
}
