/**
 * The methods tied to one open registry file rather than to its rows: closing, backups, restore,
 * and the full integrity check that runs in the background after opening (./integrity.ts). Their
 * type is derived from `openSession`, so each is written once, here.
 */
import { autoBackup, backupTo, listAutoBackups, restoreFile, startAutoBackup, type RunningBackup } from './backup/backup';
import { scheduleDailyBackups, type DailyOutcome, type DailySchedule } from './backup/daily';
import { backupProblemOf, type BackupProblem } from './backup/problem';
import { describingEnvironmentAsync, environmentCode } from '../fs/environment-error';
import type { Ctx } from './context';
import { openDatabase } from './db';
import { RegistryError } from './errors';
import { keepReport, PENDING_INTEGRITY, readKeptReport, startFullCheck, type IntegrityReport, type RunningCheck } from './integrity';

/** How the session of an open registry behaves (the options of openRegistry it uses). */
export interface RegistrySessionOptions {
  backupDir: string;
  keepBackups: number;
  backupOnClose: boolean;
  /** Milliseconds after opening before the full integrity check starts; null: no background check. */
  integrityDelayMs: number | null;
  /** The daily backup of a large registry, running in the background since the open (followed by the daily schedule, stopped on close and restore). */
  dailyBackup?: RunningBackup | null;
  /** Why the daily backup taken at the open failed (openRegistry opens the registry all the same). */
  backupProblem?: BackupProblem | null;
  /** Milliseconds between two looks at whether a new day's backup is due while it stays open; null: none (daily backups off). */
  dailyBackupEveryMs?: number | null;
}


/** Opens the session of the registry at `abs` over `ctx`: `live()` gives the context while it is open. */
export function openSession(abs: string, ctx: Ctx, opts: RegistrySessionOptions) {
  let open = true;
  let integrity = readKeptReport(ctx.dataDir) ?? PENDING_INTEGRITY;
  let running: RunningCheck | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let backupProblem = opts.backupProblem ?? null;
  /** Keeps what an automatic backup gave: a failure becomes the problem shown, a new file clears it. */
  const noteBackup = ({ file, problem }: DailyOutcome) => {
    if (problem) backupProblem = problem;
    else if (file) backupProblem = null;
  };
  const scheduleDaily = (first: RunningBackup | null = null): DailySchedule =>
    scheduleDailyBackups(() => startAutoBackup(abs, opts.backupDir, opts.keepBackups, 'daily'), opts.backupDir, opts.dailyBackupEveryMs ?? null, noteBackup, first);
  let daily = scheduleDaily(opts.dailyBackup);
  const live = (): Ctx => {
    if (!open) throw new RegistryError('invalid', 'Sổ đăng ký đã đóng.');
    return ctx;
  };
  const check = (): Promise<IntegrityReport> => {
    if (timer) clearTimeout(timer);
    timer = null;
    running?.stop();
    const current = startFullCheck(abs);
    running = current;
    return current.done.then((r) => {
      if (running !== current) return r; // stopped: a newer check (or close) replaced it
      running = null;
      integrity = r;
      keepReport(ctx.dataDir, r);
      return r;
    });
  };
  const schedule = () => {
    if (opts.integrityDelayMs === null) return;
    timer = setTimeout(() => void check(), opts.integrityDelayMs);
    timer.unref();
  };
  schedule();

  const methods = {
    /** Closes the registry (taking the backup on close unless switched off); later calls are refused. */
    close(): void {
      if (!open) return;
      open = false;
      if (timer) clearTimeout(timer);
      daily.stop();
      const stopping = running;
      running = null;
      stopping?.stop();
      try {
        if (opts.backupOnClose) autoBackup(ctx.db, opts.backupDir, opts.keepBackups, 'close');
      } catch (e) {
        // A full or read-only disk: the register closes all the same; the next open's daily backup tries again.
        if (!environmentCode(e)) throw e;
      } finally {
        ctx.db.close();
      }
    },
    /** Writes a consistent copy of the registry to `dest` (never over an existing file). */
    backup: (dest: string): Promise<string> => describingEnvironmentAsync('Không sao lưu được vào tệp', dest, () => backupTo(live().db, dest)),
    /** Why the last automatic backup failed (full disk, read-only folder…); null once one succeeds. */
    backupProblem: (): BackupProblem | null => backupProblem,
    /** Takes an automatic backup now (a daily one only if none was taken today); returns its file or null. */
    autoBackup: async (reason: 'daily' | 'close' | 'manual'): Promise<string | null> => {
      const db = live().db;
      try {
        const file = autoBackup(db, opts.backupDir, opts.keepBackups, reason);
        noteBackup({ file, problem: null });
        return file;
      } catch (e) {
        const problem = backupProblemOf(e, opts.backupDir);
        if (!problem) throw e;
        noteBackup({ file: null, problem });
        throw new RegistryError('invalid', problem.message);
      }
    },
    /** Automatic backups, newest last. */
    listBackups: (): string[] => listAutoBackups(opts.backupDir),
    /** Replaces the registry by a checked backup; the current file is kept aside under a second name. */
    async restore(src: string): Promise<{ keptAside: string }> {
      live();
      if (timer) clearTimeout(timer);
      daily.stop();
      running?.stop();
      running = null;
      ctx.db.close();
      try {
        return { keptAside: restoreFile(abs, src, ctx.user) };
      } finally {
        ctx.db = openDatabase(abs, { create: false, check: 'quick' });
        integrity = PENDING_INTEGRITY;
        schedule();
        daily = scheduleDaily();
      }
    },
    /** The verdict of the last full integrity check: this session's, or until it ends the one kept from the last. */
    integrity: (): IntegrityReport => integrity,
    /** Runs the full integrity check now and resolves with its verdict (also kept for integrity()). */
    checkIntegrity: (): Promise<IntegrityReport> => {
      live();
      return check();
    },
  };
  return { live, methods };
}

/** The session methods of the registry service. */
export type SessionMethods = ReturnType<typeof openSession>['methods'];
