/** Small SQL helpers: a per-connection cache of prepared statements, timestamps, today's date. */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Returns the prepared statement for `sql` on `db`, preparing it once. */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Current time as an ISO timestamp (UTC). */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's date in local time as yyyy-mm-dd (the rule lives in common/rules/date-line.ts). */
export { todayIso } from '../../common/rules/date-line';

/** Whether `s` is a valid ISO calendar date yyyy-mm-dd (the rule lives in common/rules/date-line.ts). */
export { isIsoCalendarDate as isIsoDate } from '../../common/rules/date-line';
