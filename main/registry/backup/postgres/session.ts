/**
 * The session methods of a registry on PostgreSQL (the SQLite ones are main/registry/session.ts):
 * what the Backups screen and the desk's integrity card call, done with PostgreSQL's own tools.
 *
 * - `backup(dest)`, `autoBackup(reason)`: a pg_dump of the registry's database (./dump.ts) into the
 *   folder of `dest` (the screen's backups folder) or the registry's backup folder; verified, rotated.
 * - `listBackups()`: the dumps of this database in the backup folder, oldest first.
 * - `restore(file)`: the dump is restored into a NEW database and verified (./restore.ts); then the
 *   registry's connection is closed, the other connections to the database ended, the database in
 *   use renamed `<tên>_truoc_khoi_phuc_<thời điểm>` (kept, never dropped) and the restored one given
 *   its name; the registry opens it again. The audit key stays (the same registry, the same key).
 * - `integrity()`, `checkIntegrity()`: the audit chain verified (every row against its last event)
 *   and the registry's marker read; PostgreSQL checks its own pages.
 * - With `dailyDumpEveryMs` (the office server): the day's dump is taken at once when today has none,
 *   and looked for again at that interval, so a server left on for days has one dump a day without
 *   cron; a failure is kept for the desk's banner (`backupProblem`) and tried again at the next look.
 */
import path from 'node:path';
import { todayIso } from '../../../../common/rules/date-line';
import { verifyAudit } from '../../audit/log';
import type { RegistryStore } from '../../context';
import { RegistryError } from '../../errors';
import { PENDING_INTEGRITY, type IntegrityReport } from '../../integrity';
import type { RunningBackup } from '../backup';
import { scheduleDailyBackups } from '../daily';
import { backupProblemOf, type BackupProblem } from '../problem';
import type { PostgresLocation } from '../../../store/location';
import { backupPostgres } from './dump';
import { restorePostgres } from './restore';
import { DEFAULT_KEEP, dumpTakenAt, listPostgresBackups } from './rotation';
import { connectServer, describeServerError } from './server';
import { parseBackupTarget, withDatabase } from './url';
import { quoteIdentifier } from '../../../store/identifier';

/** What the PostgreSQL session needs of the service. */
export interface PostgresSessionHost {
  location: PostgresLocation;
  /** Folder of automatic backups (default `<dataDir>/backups`). */
  backupDir: string;
  keep?: number;
  /** Milliseconds between two looks at whether today's dump is due; null: no daily dumps. */
  dailyDumpEveryMs?: number | null;
  /** The registry's store now in use. */
  store(): RegistryStore;
  /** Closes the store in use (before the database is swapped). */
  closeStore(): void;
  /** Opens the registry again (after a restore, or to undo a failed swap). */
  reopen(): void;
  /** Throws when the registry was closed. */
  live(): void;
}



/** Whether `folder` holds a dump of `database` taken today (the local day; dump names carry UTC times). */
function dumpedToday(folder: string, database: string): boolean {
  const today = todayIso();
  return listPostgresBackups(folder, database).some((file) => {
    const taken = dumpTakenAt(file, database);
    return taken !== null && todayIso(taken) === today;
  });
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'z').toLowerCase();
}

/** Renames the database in use aside and the restored one into its place; returns the name kept aside. */
async function swapDatabases(location: PostgresLocation, restored: string): Promise<string> {
  const target = parseBackupTarget(location.url);
  const current = location.database;
  const aside = `${current}_truoc_khoi_phuc_${stamp()}`.slice(0, 63);
  const admin = await connectServer(location.url, 'postgres').catch(() => connectServer(location.url, 'template1'));
  try {
    for (let attempt = 1; ; attempt++) {
      // Other connections of this database (the server's other clients) are ended: they connect again after the swap.
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [current]);
      try {
        await admin.query(`ALTER DATABASE ${quoteIdentifier(current)} RENAME TO ${quoteIdentifier(aside)}`);
        break;
      } catch (e) {
        if ((e as { code?: string }).code !== '55006' || attempt >= 5) throw e; // still in use
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
    try {
      await admin.query(`ALTER DATABASE ${quoteIdentifier(restored)} RENAME TO ${quoteIdentifier(current)}`);
    } catch (e) {
      await admin.query(`ALTER DATABASE ${quoteIdentifier(aside)} RENAME TO ${quoteIdentifier(current)}`).catch(() => {});
      throw e;
    }
    return aside;
  } catch (e) {
    throw describeServerError(e, target);
  } finally {
    await admin.end().catch(() => {});
  }
}

/**
 * Builds the session methods of a PostgreSQL registry (same names and types as main/registry/session.ts),
 * and `stopDailyDumps` for the service's close.
 */
export function postgresSession(host: PostgresSessionHost) {
  let integrity: IntegrityReport = PENDING_INTEGRITY;
  let backupProblem: BackupProblem | null = null;
  const keep = host.keep ?? DEFAULT_KEEP;
  /** Takes a dump into the backup folder; a failure is kept in backupProblem and thrown. */
  const dump = async (): Promise<string> => {
    host.live();
    try {
      const { file } = await backupPostgres(host.location.url, host.backupDir, { keep, createFolder: true });
      backupProblem = null;
      return file;
    } catch (e) {
      // Its message is already Vietnamese (a RegistryError), or the folder's problem (full, read-only).
      backupProblem = backupProblemOf(e, host.backupDir) ?? (e instanceof RegistryError ? { message: e.message, at: new Date().toISOString() } : null);
      throw e;
    }
  };
  /** The day's dump as the daily schedule runs it, or null when today has one. */
  const startDailyDump = (): RunningBackup | null => {
    if (dumpedToday(host.backupDir, host.location.database)) return null;
    const done = dump().catch(() => null);
    return { done, problem: done.then(() => backupProblem), stop: () => {} };
  };
  const everyMs = host.dailyDumpEveryMs ?? null;
  // dump() keeps each outcome in backupProblem (shown on the desk), so the schedule's report is not needed.
  const daily = everyMs === null ? null : scheduleDailyBackups(startDailyDump, host.backupDir, everyMs, () => {}, startDailyDump());
  const check = (): IntegrityReport => {
    const started = Date.now();
    try {
      const v = verifyAudit(host.store());
      integrity = { state: v.ok ? 'ok' : 'problem', problems: v.ok ? [] : [v.message], checkedAt: new Date().toISOString(), ms: Date.now() - started };
    } catch (e) {
      integrity = { state: 'error', problems: [(e as Error).message], checkedAt: new Date().toISOString(), ms: Date.now() - started };
    }
    return integrity;
  };
  return {
    /** Backs the database up with pg_dump into the folder of `dest` (the dump's own name); returns the dump file. */
    async backup(dest: string): Promise<string> {
      host.live();
      const r = await backupPostgres(host.location.url, path.dirname(path.resolve(dest)), { keep, createFolder: true });
      return r.file;
    },
    /** Takes a dump now into the registry's backup folder; returns its file. */
    autoBackup: (_reason: 'daily' | 'close' | 'manual'): Promise<string | null> => dump(),
    /** Ends the daily dumps (the service's close); a dump under way finishes or is swept later. */
    stopDailyDumps(): void {
      daily?.stop();
    },
    /** Why the last automatic backup (pg_dump) failed; null once one succeeds. */
    backupProblem: (): BackupProblem | null => backupProblem,
    /** The dumps of this database in the backup folder, oldest first. */
    listBackups: (): string[] => listPostgresBackups(host.backupDir, host.location.database),
    /**
     * Replaces the registry's database by the dump `src` (restored into a new database and verified
     * first); the database in use is kept under another name, returned as `keptAside`.
     */
    async restore(src: string): Promise<{ keptAside: string }> {
      host.live();
      const restored = `${host.location.database}_khoi_phuc_${stamp()}`.slice(0, 63);
      await restorePostgres(src, withDatabase(host.location.url, restored));
      const db = await connectServer(withDatabase(host.location.url, restored));
      try {
        const marker = await db.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'vanthu_registry'");
        if (marker.rowCount !== 1) {
          throw new RegistryError('invalid', `Bản sao lưu "${path.basename(src)}" không phải sổ đăng ký của vanthu; sổ đang dùng được giữ nguyên (bản khôi phục để ở cơ sở dữ liệu "${restored}", có thể xóa).`);
        }
      } finally {
        await db.end().catch(() => {});
      }
      host.closeStore();
      let aside: string;
      try {
        aside = await swapDatabases(host.location, restored);
      } finally {
        host.reopen();
      }
      integrity = PENDING_INTEGRITY;
      return { keptAside: `cơ sở dữ liệu "${aside}"` };
    },
    /** The verdict of the last check (pending until one ran). */
    integrity: (): IntegrityReport => integrity,
    /** Verifies the audit chain now and resolves with the verdict. */
    checkIntegrity: async (): Promise<IntegrityReport> => {
      host.live();
      return check();
    },
  };
}
