/**
 * Workstations as separate OS processes for the server's load tests and bench: load-client.ts is
 * bundled once with esbuild (as tests/main/store/clients.ts does) and each client runs in plain Node,
 * signed in as its own văn thư, all started together once every one is signed in.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadClientConfig, LoadClientResult } from './load-client';

export type { Acked, LoadClientConfig, LoadClientResult } from './load-client';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

let bundled: Promise<string> | undefined;
let bundleDir: string | undefined;

/** Removes the bundled client (afterAll). */
export function removeLoadClient(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundled = undefined;
  bundleDir = undefined;
}

function clientScript(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const out = path.join(root, 'node_modules/.cache', `vanthu-load-client-${process.pid}`);
    mkdirSync(out, { recursive: true });
    bundleDir = out;
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    await build({
      entryPoints: { client: path.join(here, 'load-client.ts') }, bundle: true, platform: 'node', format: 'esm',
      target: 'node20.19', outdir: out, outExtension: { '.js': '.mjs' }, logLevel: 'silent',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    return path.join(out, 'client.mjs');
  })();
  return bundled;
}

/** Runs one client process per config, releases them together once all are signed in; resolves with their results. */
export async function runOfficeClients(configs: LoadClientConfig[], onStarted?: () => void): Promise<LoadClientResult[]> {
  const script = await clientScript();
  const procs = configs.map((cfg) => {
    const child = spawn(process.execPath, [script, JSON.stringify(cfg)], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    const ready = new Promise<void>((resolve, reject) => {
      const check = () => { if (out.startsWith('ready\n')) resolve(); };
      child.stdout.on('data', check);
      child.once('exit', (code) => reject(new Error(`client exited (${code}) before it was ready: ${err}`)));
    });
    const done = new Promise<LoadClientResult>((resolve, reject) => {
      // 'close', not 'exit': the last of stdout may still be unread when the process has exited.
      child.once('close', (code) => {
        if (code !== 0) reject(new Error(`client exited with ${code}: ${err}`));
        else resolve(JSON.parse(out.slice('ready\n'.length)) as LoadClientResult);
      });
    });
    done.catch(() => undefined);
    return { child, ready, done };
  });
  try {
    await Promise.all(procs.map((p) => p.ready));
  } catch (e) {
    for (const p of procs) p.child.kill();
    throw e;
  }
  for (const p of procs) p.child.stdin.end('go\n');
  onStarted?.();
  return Promise.all(procs.map((p) => p.done));
}
