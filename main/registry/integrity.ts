/**
 * The integrity of a registry file. Opening stays fast whatever the size: `PRAGMA quick_check` runs
 * on open only while the file is small enough for it to finish well within the open budget
 * (QUICK_CHECK_MAX_BYTES); the full `PRAGMA integrity_check` (indexes against their tables, the
 * unique index on numbers included) runs in the background, in a worker thread on its own read-only
 * connection, shortly after the registry opened. Its verdict is kept next to the database
 * (`<name>-files/integrity.json`), so the next start reports a damaged file at once, before its
 * own background check ends.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeFileAtomic } from '../fs';
import type { Db } from './db';

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

// The worker is JavaScript given as text (no separate file for the bundler to find); it loads the
// same better-sqlite3 the main thread uses, by its resolved path.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 30000');
  parentPort.postMessage({ rows: db.pragma('integrity_check(' + workerData.max + ')') });
} catch (e) {
  parentPort.postMessage({ error: String(e && e.code ? e.code + ': ' + e.message : e) });
} finally {
  if (db) db.close();
}`;

/** A full check running in the background; `stop` ends it early (the registry closes). */
export interface RunningCheck { done: Promise<IntegrityReport>; stop(): void }

/**
 * Runs `PRAGMA integrity_check` on `file` in a worker thread (its own read-only connection, so the
 * registry stays usable). The worker does not keep the process alive.
 */
export function startFullCheck(file: string): RunningCheck {
  const started = performance.now();
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, max: MAX_PROBLEMS } });
  worker.unref();
  const report = (state: IntegrityReport['state'], problems: string[]): IntegrityReport => ({
    state, problems, checkedAt: new Date().toISOString(), ms: Math.round(performance.now() - started),
  });
  const done = new Promise<IntegrityReport>((resolve) => {
    worker.once('message', (m: { rows?: Record<string, string>[]; error?: string }) => {
      if (m.error !== undefined) {
        resolve(/CORRUPT|NOTADB/.test(m.error) ? report('problem', [m.error]) : report('error', [m.error]));
        return;
      }
      const v = verdictOf(m.rows ?? []);
      resolve(report(v.ok ? 'ok' : 'problem', v.problems));
    });
    worker.once('error', (e) => resolve(report('error', [String(e)])));
    worker.once('exit', () => resolve(report('error', ['Kiểm tra bị dừng trước khi xong.'])));
  });
  return { done, stop: () => void worker.terminate() };
}

/** Runs the full check of `file` to its end (the bench, tests, `registry check`). */
export function runFullCheck(file: string): Promise<IntegrityReport> {
  return startFullCheck(file).done;
}

/** Where the last verdict of the database at `abs` is kept. */
export function integrityFileOf(dataDir: string): string {
  return path.join(dataDir, 'integrity.json');
}

/** The last verdict kept for a registry, or null when none was kept (or it cannot be read). */
export function readKeptReport(dataDir: string): IntegrityReport | null {
  try {
    const r = JSON.parse(fs.readFileSync(integrityFileOf(dataDir), 'utf8')) as IntegrityReport;
    return r && ['ok', 'problem'].includes(r.state) && Array.isArray(r.problems) ? r : null;
  } catch {
    return null;
  }
}

/** Keeps a verdict for the next start (an 'error' verdict is not kept: it says nothing about the file). */
export function keepReport(dataDir: string, r: IntegrityReport): void {
  if (r.state !== 'ok' && r.state !== 'problem') return;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    writeFileAtomic(integrityFileOf(dataDir), `${JSON.stringify(r)}\n`);
  } catch {
    // A full or read-only disk: the verdict still shows for this session.
  }
}
