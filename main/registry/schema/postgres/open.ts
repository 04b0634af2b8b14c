/**
 * Opening a registry on PostgreSQL: connects (main/store/postgres.ts), then checks what the database
 * holds. An empty database gets the registry's schema, at its latest version, in one transaction
 * (DDL is transactional on PostgreSQL; an advisory lock keeps two clients from creating it at once):
 * the tables (./tables.ts), the guards (./triggers.ts), the marker row `vanthu_registry`
 * (application "vanthu", schema version) and the sealed head of the audit chain. A database holding
 * other tables, or a registry of a newer vanthu, is refused with a Vietnamese message and left as it
 * is. The audit key is never in the database: it is `audit.key` (0600) in the data folder of the
 * process that opens the registry (docs/query-layer.md).
 */
import { sql } from 'kysely';
import { openPostgresStore, type PostgresLocation } from '../../../store';
import { loadAuditKeyIn, useAuditKey } from '../../audit/key';
import { sealAudit } from '../../audit/log';
import type { RegistryStore } from '../../context';
import { RegistryError } from '../../errors';
import { nowIso } from '../../sql';
import type { RegistryTables } from '../tables';
import { createPostgresTables } from './tables';
import { createPostgresGuards, restorePostgresGuards } from './triggers';
import { createIncomingSchema } from './incoming';
import { createDeskSchema } from './desk';
import { createDraftsSchema, restoreDraftGuards } from './drafts';

/** The application named by the marker row. */
export const POSTGRES_APPLICATION = 'vanthu';

/**
 * The schema version of a PostgreSQL registry. Its own series (the SQLite file's is `user_version`):
 * version 1 holds the outgoing and incoming registers, search and the audit log; version 2 adds the
 * drafts (./drafts.ts) and the desk (./desk.ts). A database of an older version is brought up to date
 * when opened (POSTGRES_UPGRADES), in one transaction.
 */
export const POSTGRES_SCHEMA_VERSION = 2;

/** The steps from each schema version to the next: `POSTGRES_UPGRADES[v - 1]` turns version v into v + 1. */
const POSTGRES_UPGRADES: readonly ((store: RegistryStore) => void)[] = [
  (store) => { createDraftsSchema(store); createDeskSchema(store); },
];

/** Advisory lock key of the schema's creation ("VNTH", as SQLite's application_id). */
const CREATE_LOCK = 0x564e5448;

/** Options of openPostgresRegistry. */
export interface PostgresOpenOptions {
  /** Create the schema in an empty database (default true); false: an empty database is refused. */
  create?: boolean;
  /** The data folder of this process for this registry: the audit key is kept there. */
  dataDir: string;
  /** User written to the audit log by the opening itself (guards re-created). */
  user: string;
}

/** The tables of the database's current schema. */
function tablesOf(store: RegistryStore): string[] {
  return store.all<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() ORDER BY table_name`).map((r) => r.name);
}

/** Tables of vanthu's accounts (main/accounts), which the office server may keep in the registry's database. */
const ACCOUNT_TABLES = new Set(['accounts', 'account_roles', 'account_sessions', 'account_audit']);

/** The tables of the database other than the accounts': none means no registry yet. */
function registryTablesOf(store: RegistryStore): string[] {
  return tablesOf(store).filter((t) => !ACCOUNT_TABLES.has(t));
}

/** Brings a registry of an older schema version up to date, in one transaction (advisory lock as for creation). */
function upgradeSchema(store: RegistryStore): void {
  store.transaction(() => {
    store.run(sql`SELECT pg_advisory_xact_lock(${CREATE_LOCK})`);
    const marker = store.first(store.db.selectFrom('vanthu_registry').select('version').where('id', '=', 1));
    const from = marker?.version ?? POSTGRES_SCHEMA_VERSION;
    for (let version = from; version < POSTGRES_SCHEMA_VERSION; version++) POSTGRES_UPGRADES[version - 1](store);
    if (from < POSTGRES_SCHEMA_VERSION) {
      store.run(store.db.updateTable('vanthu_registry').set({ version: POSTGRES_SCHEMA_VERSION }).where('id', '=', 1));
    }
  });
}

/** Refuses a database that is not a vanthu registry, or one of a newer vanthu. */
function checkMarker(store: RegistryStore, where: string): void {
  const tables = tablesOf(store);
  const marker = tables.includes('vanthu_registry')
    ? store.first(store.db.selectFrom('vanthu_registry').select(['application', 'version']).where('id', '=', 1))
    : undefined;
  if (!marker || marker.application !== POSTGRES_APPLICATION) {
    const shown = tables.slice(0, 5).join(', ');
    throw new RegistryError('not-vanthu', `Cơ sở dữ liệu ${where} đã có dữ liệu (bảng ${shown}${tables.length > 5 ? ', …' : ''}) nhưng không phải sổ đăng ký của vanthu; vanthu không ghi gì vào đó. Hãy dùng một cơ sở dữ liệu trống (createdb) cho sổ đăng ký.`);
  }
  if (marker.version > POSTGRES_SCHEMA_VERSION) {
    throw new RegistryError('newer-schema',
      `Sổ đăng ký ${where} được ghi bởi phiên bản vanthu mới hơn (lược đồ dữ liệu PostgreSQL số ${marker.version}, phiên bản này chỉ đọc được đến số ${POSTGRES_SCHEMA_VERSION}). Hãy cập nhật vanthu; cơ sở dữ liệu được giữ nguyên.`);
  }
}

/** Creates the schema in the (empty) database, in one transaction; false when another client did it first. */
function createSchema(store: RegistryStore): boolean {
  return store.transaction(() => {
    store.run(sql`SELECT pg_advisory_xact_lock(${CREATE_LOCK})`);
    if (registryTablesOf(store).length > 0) return false;
    createPostgresTables(store);
    createPostgresGuards(store);
    createIncomingSchema(store);
    for (const upgrade of POSTGRES_UPGRADES) upgrade(store);
    store.run(store.db.insertInto('vanthu_registry').values({
      id: 1, application: POSTGRES_APPLICATION, version: POSTGRES_SCHEMA_VERSION, created_at: nowIso(),
    }));
    sealAudit(store);
    return true;
  });
}

/** Opens (creating in an empty database unless `create` is false) the registry at `location`. */
export function openPostgresRegistry(location: PostgresLocation, opts: PostgresOpenOptions): RegistryStore {
  const store = openPostgresStore<RegistryTables>(location);
  const where = `"${location.describe()}"`;
  try {
    if (registryTablesOf(store).length === 0) {
      if (opts.create === false) {
        throw new RegistryError('missing-file', `Cơ sở dữ liệu ${where} còn trống, chưa có sổ đăng ký.`);
      }
      // The key first: the seal of the new chain is made with it.
      useAuditKey(store, loadAuditKeyIn(opts.dataDir, true));
      if (createSchema(store)) return store;
    }
    checkMarker(store, where);
    upgradeSchema(store);
    useAuditKey(store, loadAuditKeyIn(opts.dataDir, false));
    restorePostgresGuards(store, opts.user);
    restoreDraftGuards(store, opts.user);
    return store;
  } catch (e) {
    store.close();
    throw e;
  }
}
