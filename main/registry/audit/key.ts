/**
 * The secret key of the audit chain: 32 random bytes kept OUTSIDE the database, in the private data
 * folder next to it (`<name>-files/audit.key`, mode 0600). Every audit hash after schema version 4
 * is an HMAC-SHA256 under this key, so someone who can edit the database file but not read the key
 * cannot rebuild a chain that verifies. Someone holding both files can still forge one: out of scope.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE, tempNameFor, writeFileAtomic } from '../../fs';
import { sqliteDbOf, type RegistryStore } from '../context';
import type { Db } from '../db';
import { dataDirFor } from '../paths';

/** The keys in use, by SQLite connection or by PostgreSQL store. */
const keys = new WeakMap<object, Buffer>();

/** Where the audit key of the database at `dbPath` lives. */
export function auditKeyFile(dbPath: string): string {
  return path.join(dataDirFor(dbPath), 'audit.key');
}

function readKey(file: string): Buffer | null {
  try {
    const hex = fs.readFileSync(file, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
  } catch {
    return null;
  }
}

/**
 * Reads the key of the database at `dbPath`; when missing and `create` is set, writes a new one
 * (created with a hard link, so two processes opening a new database agree on one key).
 */
export function loadAuditKey(dbPath: string, create: boolean): Buffer | null {
  return loadKeyFile(auditKeyFile(dbPath), create);
}

/**
 * The audit key of a PostgreSQL registry: `audit.key` in `dataDir`, the data folder of the process
 * that opens it (never in the database). Created (0600, in a 0700 folder) only with `create`.
 */
export function loadAuditKeyIn(dataDir: string, create: boolean): Buffer | null {
  return loadKeyFile(path.join(dataDir, 'audit.key'), create);
}

function loadKeyFile(file: string, create: boolean): Buffer | null {
  const found = readKey(file);
  if (found || !create) return found;
  ensurePrivateDir(path.dirname(file));
  const tmp = tempNameFor(file);
  fs.writeFileSync(tmp, randomBytes(32).toString('hex') + '\n', { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return readKey(file);
}

/**
 * Keys that may belong to a backup being restored into `target`: the target's own, the one next to
 * the backup, those of registers in the target's and the backup's folders, and the register whose
 * `backups/` folder holds it. The restore keeps the one that verifies the backup's sealed head.
 */
export function candidateKeys(target: string, backup: string): Buffer[] {
  const files = [auditKeyFile(target), auditKeyFile(backup)];
  for (const dir of new Set([path.dirname(target), path.dirname(backup)])) {
    try {
      for (const d of fs.readdirSync(dir)) if (d.endsWith('-files')) files.push(path.join(dir, d, 'audit.key'));
    } catch {
      // an unreadable folder offers no key
    }
  }
  if (path.basename(path.dirname(backup)) === 'backups') files.push(path.join(path.dirname(path.dirname(backup)), 'audit.key'));
  const seen = new Set<string>();
  return [...new Set(files)].map(readKey).filter((k): k is Buffer => !!k && !seen.has(k.toString('hex')) && !!seen.add(k.toString('hex')));
}

/** Writes `key` as the audit key of the database at `dbPath`, keeping a different previous key as `audit.key.truoc-khoi-phuc-<stamp>`. */
export function installAuditKey(dbPath: string, key: Buffer, stamp: string): void {
  const file = auditKeyFile(dbPath);
  const old = readKey(file);
  if (old?.equals(key)) return;
  ensurePrivateDir(path.dirname(file));
  if (old) fs.copyFileSync(file, `${file}.truoc-khoi-phuc-${stamp}`);
  writeFileAtomic(file, key.toString('hex') + '\n');
}

/** Makes `key` the audit key of SQLite connection or PostgreSQL store `target` (null: none, verification says so). */
export function useAuditKey(target: Db | RegistryStore, key: Buffer | null): void {
  if (key) keys.set(target, key);
  else keys.delete(target);
}

/** The audit key of a connection or store (a store over an SQLite connection has the connection's), or null. */
export function auditKeyOf(target: Db | RegistryStore): Buffer | null {
  const direct = keys.get(target);
  if (direct) return direct;
  const db = 'engine' in target ? sqliteDbOf(target) : undefined;
  return (db && keys.get(db)) ?? null;
}

/** HMAC-SHA256 of `text` under `key`, hex. */
export function mac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}
