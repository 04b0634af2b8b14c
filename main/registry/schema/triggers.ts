/**
 * The guard triggers (numbers immutable, issued rows undeletable, audit log append-only, search
 * index in step…) are re-created on every open when missing: someone who dropped one with a plain
 * SQLite tool gets it back, and the re-creation is an audit event. The definitions are read from
 * the migrations themselves (one source of truth): the last CREATE TRIGGER of each name not
 * dropped by a later migration.
 */
import { appendAudit } from '../audit/log';
import type { Db } from '../db';
import { MIGRATIONS } from './migrations';

const CREATE = /CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)[\s\S]*?\bEND;/gi;
const DROP = /DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?(\w+)/gi;

/** Trigger name → its CREATE statement, as the migrations up to `version` leave them. */
export function guardTriggers(version: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const sql of MIGRATIONS.slice(0, version)) {
    for (const m of sql.matchAll(DROP)) out.delete(m[1]);
    for (const m of sql.matchAll(CREATE)) out.set(m[1], m[0].replace(/CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?/i, 'CREATE TRIGGER IF NOT EXISTS '));
  }
  return out;
}

/** Re-creates the missing guard triggers (one transaction, audited); returns their names. */
export function restoreTriggers(db: Db, user = 'vanthu'): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  const wanted = guardTriggers(version);
  const present = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]);
  const missing = [...wanted.keys()].filter((n) => !present.has(n));
  if (missing.length === 0) return [];
  db.transaction(() => {
    for (const name of missing) db.exec(wanted.get(name)!);
    appendAudit(db, { user, action: 'db.triggers-restored', entity: 'database', entityId: 'triggers', after: { restored: missing } });
  }).immediate();
  return missing;
}
