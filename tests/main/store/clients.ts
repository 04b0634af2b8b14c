/**
 * Runs numbering clients (counter-client.ts) as separate OS processes against one database, started
 * together, and collects what each took: used by the counter test and the store bench.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

/** What one client took: its numbers, in order, and the milliseconds of each allocation. */
export interface ClientResult { numbers: number[]; ms: number[] }

/** Runs `clients` processes each taking `count` numbers of `key` from `location`; resolves with their results. */
export async function runClients(location: string, key: string, clients: number, count: number): Promise<ClientResult[]> {
  const procs = Array.from({ length: clients }, () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/run-ts.mjs'), path.join(here, 'counter-client.ts'), location, key, String(count)], {
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
