/**
 * The daily backup of a registry that stays open for days (the app left on over the weekend, the
 * office server): the open takes one (index.ts; a large file's in the background, handed over here
 * as the first run), and this looks again every hour, so a new day gets its backup without a
 * restart. Each run is the caller's `start`: startAutoBackup on SQLite (a low-priority child process,
 * the registry stays usable), a pg_dump on PostgreSQL (postgres/session.ts); it gives null when the
 * day already has its backup.
 */
import type { RunningBackup } from './backup';
import { backupProblemOf, type BackupProblem } from './problem';

/** Milliseconds between two looks at whether today's automatic backup is still due. */
export const DAILY_BACKUP_LOOK_MS = 60 * 60 * 1000;

/** What a daily backup gave: its file, or why the disk or folder refused it (both null: stopped, or a bug). */
export interface DailyOutcome { file: string | null; problem: BackupProblem | null }

/** A running schedule: `stop` ends it and any backup it has under way (no partial copy is left). */
export interface DailySchedule { stop(): void }

/**
 * Follows `first` (the open's backup, if any), then every `everyMs` (null: never) calls `start` for
 * the day's backup into `dir` (null when today has one); tells `onOutcome` how each ended. The timer
 * never keeps the process alive.
 */
export function scheduleDailyBackups(
  start: () => RunningBackup | null, dir: string, everyMs: number | null,
  onOutcome: (outcome: DailyOutcome) => void, first: RunningBackup | null = null,
): DailySchedule {
  let running: RunningBackup | null = null;
  const follow = (started: RunningBackup) => {
    running = started;
    void Promise.all([started.done, started.problem]).then(([file, problem]) => {
      if (running !== started) return; // stopped meanwhile
      running = null;
      onOutcome({ file, problem });
    });
  };
  const look = () => {
    if (running) return;
    try {
      const started = start();
      if (started) follow(started);
    } catch (e) {
      // The backup folder cannot even be made: shown like a failed copy; the next look tries again.
      const problem = backupProblemOf(e, dir);
      if (problem) onOutcome({ file: null, problem });
    }
  };
  if (first) follow(first);
  const timer = everyMs === null ? null : setInterval(look, everyMs);
  timer?.unref();
  return {
    stop() {
      if (timer) clearInterval(timer);
      running?.stop();
      running = null;
    },
  };
}
