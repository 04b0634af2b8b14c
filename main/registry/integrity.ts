/**
 * The integrity of a registry file. Opening stays fast whatever the size: `PRAGMA quick_check` runs
 * on open only while the file is small enough for it to finish well within the open budget
 * (QUICK_CHECK_MAX_BYTES); the full `PRAGMA integrity_check` (indexes against their tables, the
 * unique index on numbers included) runs in the background, in a child process on its own read-only
 * connection, shortly after the registry opened. A damaged verdict is kept next to the database
 * (`<name>-files/integrity.json`, removed once a check finds the file whole again), so the next
 * start reports the damage at once, before its own background check ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs';
import type { Db } from './db';
import { runSqliteChild } from './sqlite-child';

/** Files up to this size get `quick_check` on open (about 60 ms per 64 MB); larger ones rely on the background check. */
export const QUICK_CHECK_MAX_BYTES = 64 * 2 ** 20;

/** Problems listed at most by a check (SQLite's own default is 100). */
const MAX_PROBLEMS = 20;

/** What the last full check of a registry found. */
export interface IntegrityReport {
  /** 'pending': not finished yet (and no earlier verdict); 'ok'; 'problem': the file is damaged; 'error': the check could not run. */
  state: 'pending' | 'ok' | 'problem' | 'error';
  /** SQLite's lines describing the damage (or the error), at most 20. */
  problems: string[];
  /** When the verdict was reached (ISO time), null while pending. */
  checkedAt: string | null;
  /** How long the check took, in milliseconds. */
  ms: number | null;
}

/** The report before any check has finished. */
export const PENDING_INTEGRITY: IntegrityReport = { state: 'pending', problems: [], checkedAt: null, ms: null };

/** A check's verdict: ok, or SQLite's lines describing the damage. */
export interface CheckVerdict { ok: boolean; problems: string[] }

/** Reads SQLite's answer to integrity_check / quick_check. */
export function verdictOf(rows: Record<string, string>[]): CheckVerdict {
  const lines = rows.map((r) => String(Object.values(r)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? { ok: true, problems: [] } : { ok: false, problems: lines.slice(0, MAX_PROBLEMS) };
}

/**
 * The check run while opening: `quick_check` (every page readable, records well-formed, no index
 * cross-check) on a file up to QUICK_CHECK_MAX_BYTES, nothing more on a larger one.
 */
export function checkOnOpen(db: Db, file: string): CheckVerdict {
  if (fileSize(file) > QUICK_CHECK_MAX_BYTES) return { ok: true, problems: [] };
  return verdictOf(db.pragma(`quick_check(${MAX_PROBLEMS})`) as Record<string, string>[]);
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** A full check running in the background; `stop` ends it at once (the registry closes). */
export interface RunningCheck { done: Promise<IntegrityReport>; stop(): void }

/**
 * Runs `PRAGMA integrity_check` on `file` in a low-priority child process (./sqlite-child.ts: its
 * own read-only connection, so the registry stays usable). It keeps this process alive only with
 * `keepAlive` (runFullCheck, which waits for the verdict).
 */
export function startFullCheck(file: string, keepAlive = false): RunningCheck {
  const started = performance.now();
  const run = runSqliteChild(file, "return db.pragma('integrity_check(' + env.VANTHU_CHECK_MAX + ')');", { VANTHU_CHECK_MAX: String(MAX_PROBLEMS) }, keepAlive);
  const report = (state: IntegrityReport['state'], problems: string[]): IntegrityReport => ({
    state, problems, checkedAt: new Date().toISOString(), ms: Math.round(performance.now() - started),
  });
  const done = run.done.then((answer) => {
    if (!answer.ok) return /CORRUPT|NOTADB/.test(answer.error) ? report('problem', [answer.error]) : report('error', [answer.error]);
    const verdict = verdictOf((answer.value ?? []) as Record<string, string>[]);
    return report(verdict.ok ? 'ok' : 'problem', verdict.problems);
  });
  return { done, stop: run.stop };
}

/** Runs the full check of `file` to its end (the bench, tests, `registry check`). */
export function runFullCheck(file: string): Promise<IntegrityReport> {
  return startFullCheck(file, true).done;
}

/** Where the last 'problem' verdict of the registry with data folder `dataDir` is kept. */
export function integrityFileOf(dataDir: string): string {
  return path.join(dataDir, 'integrity.json');
}

/** The 'problem' verdict kept for a registry, or null when none was kept (or it cannot be read). */
export function readKeptReport(dataDir: string): IntegrityReport | null {
  try {
    const r = JSON.parse(fs.readFileSync(integrityFileOf(dataDir), 'utf8')) as IntegrityReport;
    return r && r.state === 'problem' && Array.isArray(r.problems) ? r : null;
  } catch {
    return null;
  }
}

/**
 * Keeps a 'problem' verdict for the next start and forgets it after an 'ok' one (a whole file leaves
 * nothing behind; an 'error' verdict says nothing about the file and changes nothing).
 */
export function keepReport(dataDir: string, r: IntegrityReport): void {
  try {
    if (r.state === 'ok') fs.rmSync(integrityFileOf(dataDir), { force: true });
    if (r.state !== 'problem') return;
    fs.mkdirSync(dataDir, { recursive: true });
    writeFileAtomic(integrityFileOf(dataDir), `${JSON.stringify(r)}\n`);
  } catch {
    // A full or read-only disk: the verdict still shows for this session.
  }
}
