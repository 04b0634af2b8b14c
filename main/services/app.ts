/** Handler of the app domain: name, version and runtime versions for the about box. */
import Database from 'better-sqlite3';
import pkg from '../../package.json' with { type: 'json' };
import type { Handlers } from './context';


function packageVersion(): string {
  return pkg.version;
}

function sqliteVersion(): string {
  try {
    const db = new Database(':memory:');
    const v = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
    db.close();
    return v;
  } catch {
    return 'không rõ';
  }
}

/** Handlers of the app domain. */
export const appHandlers: Handlers = {
  'app.info': async (_input, ctx) => ({
    name: 'vanthu',
    version: packageVersion(),
    mode: ctx.mode,
    versions: { node: process.versions.node, sqlite: sqliteVersion(), ...ctx.versions },
    dataDir: ctx.dataDir,
  }),
};
