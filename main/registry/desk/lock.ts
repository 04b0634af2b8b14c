/**
 * What the desk's writes need on PostgreSQL that SQLite's file lock gave them: a named lock held until
 * the transaction ends (a row of `store_counters`, key "desk:<name>", locked FOR UPDATE, the pattern of
 * outgoing/lock.ts), and a unique violation met by a concurrent writer turned into the same
 * 'conflict' message SQLite's check under its lock gives. On SQLite both are no-ops in effect:
 * BEGIN IMMEDIATE already makes the transaction the only writer.
 */
import { isUniqueViolation } from '../../store/errors';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';

/** Locks the desk's `name` until the current transaction ends (PostgreSQL; no-op on SQLite). */
export function lockDesk(ctx: Ctx, name: string): void {
  const { store } = ctx;
  if (store.engine !== 'postgres') return;
  const key = `desk:${name}`;
  const locked = () => store.first(store.db.selectFrom('store_counters').select('value').where('key', '=', key).forUpdate());
  if (locked()) return;
  // First use: two clients may both get here; ON CONFLICT makes the second wait for the first's row.
  store.run(store.db.insertInto('store_counters').values({ key, value: 0 }).onConflict((oc) => oc.column('key').doNothing()));
  locked();
}

/** Runs `write`; a unique violation (a concurrent writer took the name first) becomes RegistryError 'conflict' with `message`. */
export function inserting<T>(write: () => T, message: string): T {
  try {
    return write();
  } catch (e) {
    if (isUniqueViolation(e)) throw new RegistryError('conflict', message);
    throw e;
  }
}
