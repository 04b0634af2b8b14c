/**
 * Runs incoming clerks (clerk-client.ts) as separate OS processes against one registry, started
 * together, and collects the số đến each was given. The client is bundled once with esbuild (as
 * dist/node is built) and run by plain Node, as tests/main/store/clients.ts does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
let bundleDir: string | undefined;

/** Removes the bundled clerk (call it in afterAll). */
export function removeClerkScript(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundleDir = undefined;
}

async function clerkScript(): Promise<string> {
  const { build } = await import('esbuild');
  const out = path.join(root, 'node_modules/.cache', `vanthu-incoming-clerk-${process.pid}`);
  mkdirSync(out, { recursive: true });
  bundleDir = out;
  await build({
    entryPoints: { clerk: path.join(here, 'clerk-client.ts') }, bundle: true, platform: 'node', format: 'esm',
    target: 'node20.19', outdir: out, outExtension: { '.js': '.mjs' }, logLevel: 'silent',
    external: ['better-sqlite3', 'electron', 'pdfjs-dist', 'vite', 'pg'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  return path.join(out, 'clerk.mjs');
}

/** Runs `clerks` processes each registering `count` documents on `location`; resolves with the số đến of each. */
export async function runClerks(location: string, dataDir: string, clerks: number, count: number): Promise<number[][]> {
  const script = await clerkScript();
  const procs = Array.from({ length: clerks }, (_, k) => {
    const child = spawn(process.execPath, [script, location, dataDir, `van-thu-${k + 1}`, String(count)], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => { if (out.startsWith('ready\n')) resolve(); });
      child.once('exit', (code) => reject(new Error(`clerk exited (${code}) before it was ready: ${err}`)));
    });
    const done = new Promise<number[]>((resolve, reject) => {
      child.once('exit', (code) => {
        if (code !== 0) reject(new Error(`clerk exited with ${code}: ${err}`));
        else resolve((JSON.parse(out.slice('ready\n'.length)) as { serials: number[] }).serials);
      });
    });
    return { child, ready, done };
  });
  await Promise.all(procs.map((p) => p.ready));
  for (const p of procs) p.child.stdin.end('go\n');
  return Promise.all(procs.map((p) => p.done));
}
