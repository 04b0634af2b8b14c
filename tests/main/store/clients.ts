/**
 * Runs numbering clients (counter-client.ts) as separate OS processes against one database, started
 * together, and collects what each took: used by the counter test and the store bench. The client is
 * bundled once with esbuild (as dist/node is built) and run by plain Node: eight TypeScript runners
 * starting at once cost a minute of CPU on a busy 2-core machine.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

let bundled: Promise<string> | undefined;
let bundleDir: string | undefined;

/** Removes the bundled client (call it in afterAll: a test worker may be ended without its exit handlers). */
export function removeClientScript(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundled = undefined;
  bundleDir = undefined;
}

/** The client bundled into node_modules/.cache (inside the project, so it finds pg and better-sqlite3), removed on exit. */
function clientScript(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const out = path.join(root, 'node_modules/.cache', `vanthu-counter-client-${process.pid}`);
    mkdirSync(out, { recursive: true });
    bundleDir = out;
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    await build({
      entryPoints: { client: path.join(here, 'counter-client.ts') }, bundle: true, platform: 'node', format: 'esm',
      target: 'node20.19', outdir: out, outExtension: { '.js': '.mjs' }, external: ['better-sqlite3'], logLevel: 'silent',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    return path.join(out, 'client.mjs');
  })();
  return bundled;
}

/** What one client took: its numbers, in order, and the milliseconds of each allocation. */
export interface ClientResult { numbers: number[]; ms: number[] }

/** Runs `clients` processes each taking `count` numbers of `key` from `location`; resolves with their results. */
export async function runClients(location: string, key: string, clients: number, count: number): Promise<ClientResult[]> {
  const script = await clientScript();
  const procs = Array.from({ length: clients }, () => {
    const child = spawn(process.execPath, [script, location, key, String(count)], {
      cwd: root, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    const ready = new Promise<void>((resolve, reject) => {
      const check = () => { if (out.startsWith('ready\n')) resolve(); };
      child.stdout.on('data', check);
      child.once('exit', (code) => reject(new Error(`client exited (${code}) before it was ready: ${err}`)));
    });
    const done = new Promise<ClientResult>((resolve, reject) => {
      child.once('exit', (code) => {
        if (code !== 0) reject(new Error(`client exited with ${code}: ${err}`));
        else resolve(JSON.parse(out.slice('ready\n'.length)) as ClientResult);
      });
    });
    return { child, ready, done };
  });
  await Promise.all(procs.map((p) => p.ready));
  for (const p of procs) p.child.stdin.end('go\n');
  return Promise.all(procs.map((p) => p.done));
}
