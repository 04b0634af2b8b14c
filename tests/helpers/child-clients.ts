/**
 * Clients as separate OS processes, for the concurrency tests and benches: a client script (TypeScript)
 * is bundled once with esbuild (as dist/node is built) and run by plain Node, several at once; eight
 * TypeScript runners starting together would cost a minute of CPU on a busy 2-core machine.
 *
 * A client prints "ready\n" once it is set up, waits for "go\n" on its stdin, then prints its answer
 * as JSON and exits with 0.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: where the clients run, and whose node_modules/.cache holds the bundles. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Packages left out of the bundle of a client that opens the registry (loaded from node_modules at run time, if at all). */
export const REGISTRY_CLIENT_EXTERNAL = ['better-sqlite3', 'electron', 'pdfjs-dist', 'vite', 'pg'];

/** What to bundle: see bundledClient. */
export interface ClientBundle {
  /** The client's TypeScript entry, a `file:` URL (`new URL('./x-client.ts', import.meta.url)`) or an absolute path. */
  entry: URL | string;
  /** Names the bundle's folder, `node_modules/.cache/<name>-<pid>`. */
  name: string;
  /** Packages left out of the bundle (native ones such as better-sqlite3, those the client never loads). */
  external?: string[];
}

/** A client script: `script()` bundles it on first use, `remove()` deletes the bundle. */
export interface BundledClient {
  /** Path of the bundled script (built once, inside the project so it finds pg and better-sqlite3; removed on exit). */
  script(): Promise<string>;
  /** Removes the bundle now (call it in afterAll: a test worker may be ended without its exit handlers). */
  remove(): void;
}

/** The client `bundle.entry`, bundled by esbuild for plain Node on first use. */
export function bundledClient(bundle: ClientBundle): BundledClient {
  let bundled: Promise<string> | undefined;
  let bundleDir: string | undefined;
  return {
    script() {
      bundled ??= (async () => {
        const { build } = await import('esbuild');
        const out = path.join(root, 'node_modules/.cache', `${bundle.name}-${process.pid}`);
        mkdirSync(out, { recursive: true });
        bundleDir = out;
        process.once('exit', () => rmSync(out, { recursive: true, force: true }));
        const entry = bundle.entry instanceof URL ? fileURLToPath(bundle.entry) : bundle.entry;
        await build({
          entryPoints: { client: entry }, bundle: true, platform: 'node', format: 'esm',
          target: 'node20.19', outdir: out, outExtension: { '.js': '.mjs' }, external: bundle.external, logLevel: 'silent',
          banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
        });
        return path.join(out, 'client.mjs');
      })();
      return bundled;
    },
    remove() {
      if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
      bundled = undefined;
      bundleDir = undefined;
    },
  };
}

/** A started client process, ready: `go()` lets it run, `done` is its JSON answer (rejected if it exits with an error). */
export interface ChildClient<T> {
  go(): void;
  done: Promise<T>;
}

/**
 * Starts one process of `script` per argument list and resolves once every one is ready; if one
 * ends before it is, all are killed and the error names it (`label`: "client", "clerk" …).
 */
export async function startChildClients<T>(script: string, argLists: string[][], label = 'client'): Promise<ChildClient<T>[]> {
  const procs = argLists.map((args) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => { if (out.startsWith('ready\n')) resolve(); });
      child.once('exit', (code) => reject(new Error(`${label} exited (${code}) before it was ready: ${err}`)));
    });
    const done = new Promise<T>((resolve, reject) => {
      // 'close', not 'exit': the last of stdout may still be unread when the process has exited.
      child.once('close', (code) => {
        if (code !== 0) reject(new Error(`${label} exited with ${code}: ${err}`));
        else resolve(JSON.parse(out.slice('ready\n'.length)) as T);
      });
    });
    done.catch(() => undefined); // awaited by the caller
    return { child, ready, client: { go: () => child.stdin.end('go\n'), done } };
  });
  try {
    await Promise.all(procs.map((p) => p.ready));
  } catch (e) {
    for (const p of procs) p.child.kill();
    throw e;
  }
  return procs.map((p) => p.client);
}

/**
 * Runs one process of `script` per argument list, lets them all go together once all are ready
 * (`onStarted` right after), and resolves with their answers in the same order.
 */
export async function runChildClients<T>(script: string, argLists: string[][], label = 'client', onStarted?: () => void): Promise<T[]> {
  const clients = await startChildClients<T>(script, argLists, label);
  for (const c of clients) c.go();
  onStarted?.();
  return Promise.all(clients.map((c) => c.done));
}
