/**
 * Private temporary folders (main/fs/temp-dir.ts): a folder whose process was killed with SIGKILL, holding
 * a registry copy, is gone once vanthu makes the next folder of its kind; folders of running processes,
 * of other kinds and links are left alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { makePrivateTempDir, sweepStaleTempDirs } from '../../../main/fs/temp-dir';
import { bundledClient } from '../../helpers/child-clients';

const client = bundledClient({ entry: new URL('./temp-dir-client.ts', import.meta.url), name: 'temp-dir-client' });
const PREFIX = 'vanthu-thu-tam-';
let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-temp-dir-test-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterAll(() => client.remove());

/** The pid of a process that has ended. */
function endedPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

it('a folder left by a process killed with SIGKILL is removed when the next one is made', async () => {
  const child = spawn(process.execPath, [await client.script(), PREFIX, tmp], { stdio: ['ignore', 'pipe', 'inherit'] });
  const left = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').once('data', (d: string) => resolve(d.trim()));
    child.once('exit', (code) => reject(new Error(`the client ended first (exit ${code})`)));
  });
  expect(path.basename(left)).toMatch(new RegExp(`^${PREFIX}${child.pid}-`));
  if (process.platform !== 'win32') expect(fs.statSync(left).mode & 0o777).toBe(0o700);
  // Still running: its folder is kept.
  const first = makePrivateTempDir(PREFIX, tmp);
  expect(fs.existsSync(path.join(left, 'secret.db'))).toBe(true);
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });
  expect(fs.existsSync(path.join(left, 'secret.db'))).toBe(true);
  const second = makePrivateTempDir(PREFIX, tmp);
  expect(fs.existsSync(left)).toBe(false);
  // This process's own folders stay: it still runs.
  expect(fs.existsSync(first) && fs.existsSync(second)).toBe(true);
}, 60_000);

it('only stale folders of the prefix, owned by this account, are swept', () => {
  const dead = endedPid();
  const stale = path.join(tmp, `${PREFIX}${dead}-abc123`);
  const otherKind = path.join(tmp, `vanthu-khac-${dead}-abc123`);
  const noPid = path.join(tmp, `${PREFIX}abc123`);
  const running = path.join(tmp, `${PREFIX}${process.pid}-abc123`);
  for (const dir of [stale, otherKind, noPid, running]) fs.mkdirSync(dir);
  fs.writeFileSync(path.join(stale, 'pgpass'), '*:*:*:*:mat-khau\n');
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-link-target-'));
  try {
    fs.symlinkSync(target, path.join(tmp, `${PREFIX}${dead}-link`));
    expect(sweepStaleTempDirs(PREFIX, tmp)).toBe(1);
    expect(fs.existsSync(stale)).toBe(false);
    for (const dir of [otherKind, noPid, running, target]) expect(fs.existsSync(dir), dir).toBe(true);
  } finally {
    fs.rmSync(target, { recursive: true, force: true });
  }
});

it('a temp folder that cannot be read sweeps nothing and still reports the failure to make one', () => {
  expect(sweepStaleTempDirs(PREFIX, path.join(tmp, 'missing'))).toBe(0);
  expect(() => makePrivateTempDir(PREFIX, path.join(tmp, 'missing'))).toThrow(/ENOENT/);
});
