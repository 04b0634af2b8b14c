/**
 * Versioned schema migrations. The schema version is `PRAGMA user_version`; each migration runs in
 * its own transaction. A database whose version is newer than LATEST is refused by db.ts.
 */
import type Database from 'better-sqlite3';
import { SCHEMA_V1 } from './v1';
import { SEARCH_V1 } from './search';
import { AUDIT_V1 } from './audit';
import { DESK_V2 } from './desk';
import { DRAFTS_V3 } from './drafts';
import { AUDIT_V4 } from './audit-v4';
import { RECIPIENTS_V5 } from './recipients-v5';
import { OFFICE_FLOW_V6 } from './office-flow-v6';
import { DRAFTS_OWNER_V7 } from './drafts-owner-v7';

/** `PRAGMA application_id` of a vanthu registry ("VNTH"). */
export const APPLICATION_ID = 0x564e5448;

/** Migrations in order; index i brings the schema from version i to i+1. */
export const MIGRATIONS: readonly string[] = [SCHEMA_V1 + SEARCH_V1 + AUDIT_V1, DESK_V2, DRAFTS_V3, AUDIT_V4, RECIPIENTS_V5, OFFICE_FLOW_V6, DRAFTS_OWNER_V7];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS.length;

/** Work a migration needs beyond SQL (e.g. what needs the audit key), run in its transaction, by version reached. */
export type MigrationSteps = Partial<Record<number, (db: Database.Database) => void>>;

/** Applies the pending migrations (each with its step of `steps`, in one transaction); returns the version reached. */
export function migrate(db: Database.Database, steps: MigrationSteps = {}): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  while (version < LATEST_VERSION) {
    db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      version = db.pragma('user_version', { simple: true }) as number;
      if (version >= LATEST_VERSION) return;
      const next = version + 1;
      db.exec(MIGRATIONS[version]);
      steps[next]?.(db);
      db.pragma(`user_version = ${next}`);
      if (next === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      version = next;
    }).immediate();
  }
  return version;
}
