/**
 * Long SQLite work on a registry file that must not hold up the open registry: the full integrity
 * check and the daily backup of a large file. It runs in a child process (Node, or Electron as
 * Node) on its own read-only connection, at low priority, and never keeps this process alive. A
 * worker thread would not do: a thread inside SQLite cannot be stopped, and the process would wait
 * for it before it exits. The child is plain JavaScript given as text (no file for the bundler to
 * find) and loads the same better-sqlite3 by its resolved path; it prints one JSON line.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';

/** What the child answered: the value its body returned, or the error it met (SQLite's code first). */
export type ChildAnswer = { ok: true; value: unknown } | { ok: false; error: string; stopped?: boolean };

/** Work running in a child; `stop` ends it at once (the registry closes or is restored). */
export interface ChildRun { done: Promise<ChildAnswer>; stop(): void }

const CHILD = (body: string) => `
const Database = require(process.env.VANTHU_CHILD_DRIVER);
let db;
try {
  db = new Database(process.env.VANTHU_CHILD_FILE, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 30000');
  const value = (function (db, env) { ${body} })(db, process.env);
  process.stdout.write(JSON.stringify({ value }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.code ? e.code + ': ' + e.message : e) }));
} finally {
  if (db) db.close();
}`;

/**
 * Runs `body` (JavaScript with `db`, the read-only connection to `file`, and `env`, the child's
 * environment holding `env` below; it returns a JSON value) in a low-priority child process. The
 * child keeps this process alive only with `keepAlive` (a command that waits for the answer).
 */
export function runSqliteChild(file: string, body: string, env: Record<string, string> = {}, keepAlive = false): ChildRun {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const child = spawn(process.execPath, ['-e', CHILD(body)], {
    env: { ...process.env, ...env, ELECTRON_RUN_AS_NODE: '1', VANTHU_CHILD_DRIVER: driver, VANTHU_CHILD_FILE: file },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    if (child.pid) os.setPriority(child.pid, 10);
  } catch {
    // Not allowed here: it runs at normal priority.
  }
  if (!keepAlive) {
    child.unref();
    (child.stdout as unknown as { unref(): void }).unref(); // a pipe socket: it must not keep the process alive either
  }
  let out = '';
  let stopped = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
  const done = new Promise<ChildAnswer>((resolve) => {
    child.once('error', (e) => resolve({ ok: false, error: String(e) }));
    child.once('close', () => {
      try {
        const answer = JSON.parse(out) as { value?: unknown; error?: string };
        resolve(answer.error !== undefined ? { ok: false, error: answer.error } : { ok: true, value: answer.value });
      } catch {
        resolve({ ok: false, error: 'Công việc bị dừng trước khi xong.', stopped });
      }
    });
  });
  return { done, stop: () => { stopped = true; child.kill('SIGKILL'); } };
}
