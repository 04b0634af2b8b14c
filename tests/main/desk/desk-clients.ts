/**
 * Runs desk clerks (desk-client.ts) as separate OS processes against one registry, started together,
 * and collects what each reports. The client is bundled with esbuild (as dist/node is built) and run
 * by plain Node, as tests/main/registry/incoming/clerks.ts does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
let bundleDir: string | undefined;

/** Removes the bundled clerk (call it in afterAll). */
export function removeDeskClerkScript(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundleDir = undefined;
}

async function clerkScript(): Promise<string> {
  const { build } = await import('esbuild');
  const out = path.join(root, 'node_modules/.cache', `vanthu-desk-clerk-${process.pid}`);
  mkdirSync(out, { recursive: true });
  bundleDir = out;
  await build({
    entryPoints: { 'desk-clerk': path.join(here, 'desk-client.ts') }, bundle: true, platform: 'node', format: 'esm',
    target: 'node20.19', outdir: out, outExtension: { '.js': '.mjs' }, logLevel: 'silent',
    external: ['better-sqlite3', 'electron', 'pdfjs-dist', 'vite', 'pg'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  return path.join(out, 'desk-clerk.mjs');
}

/** What a desk clerk reports: groups it made, names refused as taken. */
export interface DeskClerkResult { made: number; conflicts: number }

/** Runs `clerks` processes each doing `count` rounds of desk work on `location`; resolves with each one's report. */
export async function runDeskClerks(location: string, dataDir: string, clerks: number, count: number, bookId: number, entryId: number): Promise<DeskClerkResult[]> {
  const script = await clerkScript();
  const procs = Array.from({ length: clerks }, (_, k) => {
    const child = spawn(process.execPath, [script, location, dataDir, `van-thu-${k + 1}`, String(count), String(bookId), String(entryId)], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => { if (out.startsWith('ready\n')) resolve(); });
      child.once('exit', (code) => reject(new Error(`clerk exited (${code}) before it was ready: ${err}`)));
    });
    const done = new Promise<DeskClerkResult>((resolve, reject) => {
      child.once('exit', (code) => {
        if (code !== 0) reject(new Error(`clerk exited with ${code}: ${err}`));
        else resolve(JSON.parse(out.slice('ready\n'.length)) as DeskClerkResult);
      });
    });
    return { child, ready, done };
  });
  await Promise.all(procs.map((p) => p.ready));
  for (const p of procs) p.child.stdin.end('go\n');
  return Promise.all(procs.map((p) => p.done));
}
