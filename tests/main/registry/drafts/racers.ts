/**
 * Runs drafts clients (racer-client.ts) as separate OS processes against one registry: each opens it,
 * says it is ready, and all are told to go together. Bundled once with esbuild and run by plain Node,
 * as the incoming clerks are (../incoming/clerks.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
let bundleDir: string | undefined;

/** Removes the bundled client (call it in afterAll). */
export function removeRacerScript(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundleDir = undefined;
}

async function racerScript(): Promise<string> {
  const { build } = await import('esbuild');
  const out = path.join(root, 'node_modules/.cache', `vanthu-drafts-racer-${process.pid}`);
  mkdirSync(out, { recursive: true });
  bundleDir = out;
  await build({
    entryPoints: { racer: path.join(here, 'racer-client.ts') }, bundle: true, platform: 'node', format: 'esm',
    target: 'node20.19', outdir: out, outExtension: { '.js': '.mjs' }, logLevel: 'silent',
    external: ['better-sqlite3', 'electron', 'pdfjs-dist', 'vite', 'pg'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  return path.join(out, 'racer.mjs');
}

/** A started client: `go()` lets it run, `done` is its JSON answer. */
export interface Racer { go(): void; done: Promise<unknown> }

/** Starts one client per argument list (after `<location> <dataDir>`); resolves once all are ready. */
export async function startRacers(location: string, dataDir: string, argLists: string[][]): Promise<Racer[]> {
  const script = await racerScript();
  const racers = argLists.map((args) => {
    const child = spawn(process.execPath, [script, location, dataDir, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => { if (out.startsWith('ready\n')) resolve(); });
      child.once('exit', (code) => reject(new Error(`client exited (${code}) before it was ready: ${err}`)));
    });
    const done = new Promise<unknown>((resolve, reject) => {
      child.once('exit', (code) => {
        if (code !== 0) reject(new Error(`client exited with ${code}: ${err}`));
        else resolve(JSON.parse(out.slice('ready\n'.length)));
      });
    });
    done.catch(() => undefined); // awaited by the test
    return { ready, racer: { go: () => child.stdin.end('go\n'), done } };
  });
  await Promise.all(racers.map((r) => r.ready));
  return racers.map((r) => r.racer);
}
