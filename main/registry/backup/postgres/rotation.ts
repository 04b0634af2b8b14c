/**
 * Names and rotation of the dumps in a backup folder. A dump is
 * `vanthu-pg-<database>-<YYYYMMDD>T<HHMMSS>Z.dump` (UTC; `-2`, `-3`… when two are taken in one
 * second) with its manifest `<dump>.manifest.json`; the dumps of each database are rotated on their
 * own, keeping the newest N (never fewer than one: the dump just written and verified). A temporary
 * file left by a process that was killed (`.vanthu-pg-….dump.<pid>.<random>.tmp`) is removed once
 * that process is gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sweepFilesOfEndedProcesses } from '../../../fs/temp-dir';
import { manifestPathFor } from './manifest';

/** Default number of dumps kept per database. */
export const DEFAULT_KEEP = 14;

/** The database name as it appears in a file name (letters, digits, `_`, `.`, `-`; others become `_`). */
export function fileSafeName(database: string): string {
  return database.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 60) || '_';
}

function utcStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/** A free file name for a new dump of `database` in `folder`, taken at `now`. */
export function newDumpPath(folder: string, database: string, now = new Date()): string {
  const base = `vanthu-pg-${fileSafeName(database)}-${utcStamp(now)}`;
  let file = path.join(folder, `${base}.dump`);
  for (let i = 2; fs.existsSync(file) || fs.existsSync(manifestPathFor(file)); i++) file = path.join(folder, `${base}-${i}.dump`);
  return file;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Dumps (or, with `suffix`, their manifests) of `database` among `names`: the time and the number in their names. */
function dumpNamePattern(database: string, suffix = ''): RegExp {
  return new RegExp(`^vanthu-pg-${escapeRe(fileSafeName(database))}-(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.dump${escapeRe(suffix)}$`);
}

/** When the dump `file` of `database` was taken, read from its name (utcStamp's inverse); null for another file. */
export function dumpTakenAt(file: string, database: string): Date | null {
  const stamp = dumpNamePattern(database).exec(path.basename(file))?.[1];
  const m = stamp ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp) : null;
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}

/** The dumps of `database` in `folder`, oldest first (by the time in their names). */
export function listPostgresBackups(folder: string, database: string): string[] {
  const re = dumpNamePattern(database);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.map((n) => ({ n, m: re.exec(n) })).filter((x) => x.m)
    .sort((a, b) => a.m![1].localeCompare(b.m![1]) || Number(a.m![2] ?? 1) - Number(b.m![2] ?? 1))
    .map((x) => path.join(folder, x.n));
}

/**
 * Keeps the newest `keep` dumps of `database` in `folder` (at least one) and deletes the older ones
 * with their manifests; returns the deleted dumps. `newest` (the dump just written) is never deleted.
 */
export function rotatePostgresBackups(folder: string, database: string, keep: number, newest: string): string[] {
  const all = listPostgresBackups(folder, database).filter((f) => f !== newest);
  const old = all.slice(0, Math.max(0, all.length - (Math.max(1, Math.floor(keep)) - 1)));
  for (const f of old) {
    fs.rmSync(manifestPathFor(f), { force: true });
    fs.rmSync(f, { force: true });
  }
  // A manifest whose dump never got its name (the process was killed between the two renames).
  const manifests = dumpNamePattern(database, '.manifest.json');
  const newestStamp = dumpNamePattern(database).exec(path.basename(newest))?.[1] ?? '';
  for (const n of fs.readdirSync(folder)) {
    const m = manifests.exec(n);
    if (m && m[1] < newestStamp && !fs.existsSync(path.join(folder, n.slice(0, -'.manifest.json'.length)))) fs.rmSync(path.join(folder, n), { force: true });
  }
  return old;
}

/** Removes the temporary dump files in `folder` whose writing process is gone (killed mid-dump). */
export function removeStaleTemporaries(folder: string): void {
  sweepFilesOfEndedProcesses(folder, /^\.vanthu-pg-.*\.dump(?:\.manifest\.json)?\.(\d+)\.[a-z0-9]+\.tmp$/);
}
