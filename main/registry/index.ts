/**
 * The registry (sổ đăng ký văn bản): `openRegistry(path)` opens or creates the SQLite database (or,
 * for a `postgres://` URL, the registry on that PostgreSQL database: schema/postgres/) and returns
 * the service object of ./service.ts. All SQL of vanthu lives under main/registry.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { autoBackup, listAutoBackups, restoreFile, startAutoBackup, type RunningBackup } from './backup/backup';
import { DAILY_BACKUP_LOOK_MS } from './backup/daily';
import { backupProblemOf, type BackupProblem } from './backup/problem';
import { bindAll } from './bind';
import { sqliteCtx, type Ctx } from './context';
import { openDatabase } from './db';
import { createDesk } from './desk/index';
import { createDrafts } from './drafts/service';
import { QUICK_CHECK_MAX_BYTES } from './integrity';
import { REGISTRY_METHODS } from './methods';
import { backupDirFor, dataDirFor, defaultDbPath } from './paths';
import type { OpenOptions, RegistryService } from './service';
import { openSession } from './session';
import { parseStoreLocation, type PostgresLocation } from '../store/location';
import { openPostgresRegistry } from './schema/postgres/open';
import { postgresService } from './schema/postgres/service';

export type * from './service';
export type * from './types';
export type * from './drafts/types';
export { RegistryError } from './errors';
export { defaultDbPath } from './paths';
export { stampFields } from './incoming/stamp';

/**
 * Restores a backup into `file` without opening it first (the current file may be corrupt): the
 * backup is checked, the current file kept aside. Returns the path kept aside.
 */
export function restoreRegistry(file: string, src: string): { keptAside: string } {
  return { keptAside: restoreFile(path.resolve(file), src) };
}

/** Automatic backups of the database at `file`, newest last (offered when the file cannot be opened). */
export function backupsOf(file: string, backupDir?: string): string[] {
  return listAutoBackups(backupDir ?? backupDirFor(path.resolve(file)));
}

function userName(): string {
  try { return os.userInfo().username; } catch { return 'vanthu'; }
}

/** Milliseconds after opening before the background integrity check starts (the first idle moment of a start). */
export const INTEGRITY_DELAY_MS = 2000;

/**
 * The data folder of this process for the PostgreSQL registry at `where` (its audit key lives there):
 * `<the user's vanthu data folder>/postgres/<host>-<port>-<database>`.
 */
export function postgresDataDir(where: PostgresLocation): string {
  const name = `${where.host}-${where.port}-${where.database}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(path.dirname(defaultDbPath()), 'postgres', name);
}

/**
 * Opens (creating when missing) the registry at `file`: an SQLite file (default: the user's data
 * folder) or a `postgres://` URL; any other URL is refused (main/store/location.ts), never a file made.
 */
export function openRegistry(file: string = defaultDbPath(), opts: OpenOptions = {}): RegistryService {
  const where = parseStoreLocation(file);
  if (where.engine === 'postgres') {
    const dataDir = opts.dataDir ?? postgresDataDir(where);
    const user = opts.user ?? userName();
    const store = openPostgresRegistry(where, { create: opts.create, dataDir, user });
    return postgresService(store, where.describe(), user, dataDir, {
      location: where, backupDir: opts.backupDir, keepBackups: opts.keepBackups,
      dailyDumpEveryMs: opts.dailyDump ? opts.dailyBackupEveryMs ?? DAILY_BACKUP_LOOK_MS : null,
      reopen: () => openPostgresRegistry(where, { create: false, dataDir, user }),
    });
  }
  const abs = where.file;
  const ctx: Ctx = sqliteCtx(openDatabase(abs, { create: opts.create, check: 'quick' }), opts.user ?? userName(), dataDirFor(abs));
  const backupDir = opts.backupDir ?? backupDirFor(abs);
  const keepBackups = opts.keepBackups ?? 14;
  const daily = opts.dailyBackup ?? opts.autoBackup ?? true;
  // A small registry's daily backup is taken at once (well under the open budget); a large one's in the
  // background, so opening does not wait seconds for the copy (docs/registry.md, "Backups").
  const large = daily && fs.statSync(abs).size > QUICK_CHECK_MAX_BYTES;
  // A failed daily backup (a full or read-only disk) does not keep the clerks from the register: it is
  // kept for the desk to show (backupProblem), and the next open tries again.
  let backupProblem: BackupProblem | null = null;
  let dailyBackup: RunningBackup | null = null;
  try {
    if (daily && !large) autoBackup(ctx.db, backupDir, keepBackups, 'daily');
    if (large) dailyBackup = startAutoBackup(abs, backupDir, keepBackups, 'daily');
  } catch (e) {
    backupProblem = backupProblemOf(e, backupDir) ?? null;
    if (!backupProblem) {
      ctx.db.close();
      throw e;
    }
  }
  const { live, methods } = openSession(abs, ctx, {
    backupDir, keepBackups, backupOnClose: opts.backupOnClose ?? opts.autoBackup ?? true, dailyBackup, backupProblem,
    dailyBackupEveryMs: daily ? opts.dailyBackupEveryMs ?? DAILY_BACKUP_LOOK_MS : null,
    integrityDelayMs: opts.integrityCheck === 'off' ? null : opts.integrityDelayMs ?? INTEGRITY_DELAY_MS,
  });
  return {
    path: abs,
    dataDir: ctx.dataDir,
    desk: createDesk(live),
    drafts: createDrafts(live),
    ...bindAll(REGISTRY_METHODS, live),
    ...methods,
  };
}
