/**
 * Private temporary folders in the system's temp folder, for what must not stay behind after a crash:
 * a copy of a registry being moved in, a PostgreSQL password file, LibreOffice's profile. Each is 0700
 * and named `<prefix><pid>-<random>`; making one first removes this account's folders of the same
 * prefix whose process has ended without removing its own (killed, power cut), so such a copy lives at
 * most until the next use.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRIVATE_DIR_MODE } from './private';

const posix = process.platform !== 'win32';

/** Whether process `pid` still runs on this machine (one of another account counts as running). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The paths in `folder` whose name holds (read by `pidOf`) the pid of a process that no longer runs. */
function leftByEndedProcesses(folder: string, pidOf: (name: string) => number): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = pidOf(name);
    return Number.isSafeInteger(pid) && pid > 0 && !isProcessRunning(pid);
  }).map((name) => path.join(folder, name));
}

/**
 * Removes the folders `<prefix><pid>-…` in `tmp` that belong to this account and whose process no
 * longer runs; returns how many. Nothing else is touched: other prefixes, other accounts' folders,
 * links, and the folders of running processes (this one included).
 */
export function sweepStaleTempDirs(prefix: string, tmp = os.tmpdir()): number {
  const pidOf = (name: string) => (name.startsWith(prefix) ? Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]) : Number.NaN);
  let removed = 0;
  for (const dir of leftByEndedProcesses(tmp, pidOf)) {
    try {
      const st = fs.lstatSync(dir);
      if (!st.isDirectory() || (posix && st.uid !== process.getuid?.())) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed++;
    } catch {
      // Gone meanwhile, or not ours to remove: left as it is.
    }
  }
  return removed;
}

/**
 * Removes the files of `folder` whose name `pattern` matches with the pid of their writing process
 * (its first group) when that process no longer runs: what a process killed mid-write left behind
 * (a partial backup copy or dump). Files of running processes, this one included, are kept.
 */
export function sweepFilesOfEndedProcesses(folder: string, pattern: RegExp): void {
  for (const file of leftByEndedProcesses(folder, (name) => Number(pattern.exec(name)?.[1]))) fs.rmSync(file, { force: true });
}

/** Makes a private (0700) temporary folder `<prefix><pid>-<random>`, after sweeping the stale ones of `prefix`. */
export function makePrivateTempDir(prefix: string, tmp = os.tmpdir()): string {
  sweepStaleTempDirs(prefix, tmp);
  const dir = fs.mkdtempSync(path.join(tmp, `${prefix}${process.pid}-`));
  if (posix) fs.chmodSync(dir, PRIVATE_DIR_MODE);
  return dir;
}
