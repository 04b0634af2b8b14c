/**
 * Plain SQL on a registry behind vanthu's back, on either engine (a better-sqlite3 connection to the
 * file, or a store on the PostgreSQL database): what a person with a database tool could do.
 */
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { openStore } from '../../../../main/store';

/** A plain connection to the registry at `location`: `exec` runs one statement; close it after. */
export function rawSql(location: string): { exec(text: string): void; close(): void } {
  if (!location.startsWith('postgres')) {
    const db = new Database(location);
    return { exec: (text) => { db.prepare(text).run(); }, close: () => db.close() };
  }
  const store = openStore(location);
  return { exec: (text) => { store.run(sql.raw(text)); }, close: () => store.close() };
}
