/**
 * Real small disks for the fault tests: a tmpfs mounted on a folder (the tests run as root), and
 * filling one until it refuses a byte.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Mounts a tmpfs of `size` ("2m") on `dir` (made when missing), read-only if asked; returns its unmount. Throws when mounting is not allowed. */
export function mountTmpfs(dir: string, size: string, readOnly = false): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${readOnly ? ',ro' : ''}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`không gắn được tmpfs (cần chạy bằng root): ${(r.stderr || r.error?.message || '').trim()}`);
  return () => void spawnSync('umount', ['-l', dir]);
}

/** Fills the file system of `dir` with the file `day.bin` until it refuses a byte; returns that file. */
export function fillDisk(dir: string): string {
  const file = path.join(dir, 'day.bin');
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  try { for (;;) fs.writeSync(fd, chunk, 0, 1); } catch { /* the last bytes */ }
  fs.closeSync(fd);
  return file;
}
