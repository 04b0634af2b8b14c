/**
 * The daily backup of a registry that stays open for days (the app left on over the weekend, the
 * office server): the open takes one (index.ts), and this looks again every hour, so a new day gets
 * its backup without a restart. Each run is startAutoBackup's (a low-priority child process, the
 * registry stays usable); a day that already has one is skipped.
 */
import { startAutoBackup, type RunningBackup } from './backup';
import type { BackupProblem } from './problem';

/** Milliseconds between two looks at whether today's automatic backup is still due. */
export const DAILY_BACKUP_LOOK_MS = 60 * 60 * 1000;

/** What a scheduled backup gave: its file, or why the disk or folder refused it (both null: stopped or not due). */
export interface DailyOutcome { file: string | null; problem: BackupProblem | null }

/** A running schedule: `stop` ends it and any backup it has under way (no partial copy is left). */
export interface DailySchedule { stop(): void }

/**
 * Every `everyMs`, takes the daily backup of the registry file `dbFile` into `dir` (keeping `keep`)
 * when none was taken today, and tells `onOutcome`. The timer never keeps the process alive.
 */
export function scheduleDailyBackups(dbFile: string, dir: string, keep: number, everyMs: number, onOutcome: (outcome: DailyOutcome) => void): DailySchedule {
  let running: RunningBackup | null = null;
  const look = () => {
    if (running) return;
    let started: RunningBackup | null;
    try {
      started = startAutoBackup(dbFile, dir, keep, 'daily');
    } catch {
      return; // the folder cannot even be made: the next look tries again (the open's failure is already shown)
    }
    if (!started) return;
    running = started;
    void Promise.all([started.done, started.problem]).then(([file, problem]) => {
      if (running !== started) return; // stopped meanwhile
      running = null;
      onOutcome({ file, problem });
    });
  };
  const timer = setInterval(look, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      running?.stop();
      running = null;
    },
  };
}
