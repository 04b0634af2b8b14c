/**
 * The single-seat registry being moved in: an SQLite file or one of its backups, opened read-only
 * and checked as a restore checks a backup (SQLite, vanthu, full integrity check, every stored path
 * inside the data folder, the audit key that verifies its sealed head, the whole chain), then
 * copied into a private temporary file, which is brought to this version's SQLite schema (the
 * source itself is never written). The move reads that copy: one consistent snapshot. A copy a crash
 * left behind is removed at the next move (main/fs/temp-dir.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateTempDir } from '../../fs/temp-dir';
import { candidateKeys, loadAuditKey, useAuditKey } from '../audit/key';
import { headVerifies } from '../audit/log';
import { checkBackupAudit, checkStoredPaths } from '../backup/restore-check';
import { openDatabase, type Db } from '../db';
import { RegistryError } from '../errors';
import { dataDirFor } from '../paths';

/** The source of a move, opened. */
export interface MoveSource {
  /** The source file (absolute). */
  file: string;
  /** The folder its stored files (DOCX, attachments) are read from. */
  filesDir: string;
  /** The checked, migrated private copy the move reads. */
  db: Db;
  /** The audit key of the source (null: a chain from before the keyed chain, sealed on the copy with `key`). */
  key: Buffer;
  /** Removes the private copy. */
  dispose(): void;
}

/** Options of openMoveSource. */
export interface MoveSourceOptions {
  /** The folder of the source's stored files (default: `<name>-files` beside it, or, for a backup in `…/backups/`, that folder's parent). */
  filesDir?: string;
  /** The audit key file of the source (default: found as restore finds a backup's key). */
  keyFile?: string;
  /** Key used to seal a chain that predates the keyed chain (the target's own). */
  fallbackKey: Buffer;
}

/** The default folder of the stored files of `file`. */
export function defaultFilesDir(file: string): string {
  const own = dataDirFor(file);
  if (fs.existsSync(own)) return own;
  const parent = path.dirname(file);
  return path.basename(parent) === 'backups' ? path.dirname(parent) : own;
}

function readKeyFile(file: string): Buffer {
  let hex: string;
  try {
    hex = fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new RegistryError('missing-file', `Không đọc được tệp khóa nhật ký "${file}" (--khoa).`);
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new RegistryError('invalid', `Tệp "${file}" (--khoa) không phải tệp audit.key của vanthu (64 chữ số hex).`);
  return Buffer.from(hex, 'hex');
}

/** The key that verifies the sealed head of `db`, or null when the chain has no head (before the keyed chain). */
function keyOf(db: Db, file: string, filesDir: string, keyFile?: string): Buffer | null {
  if (headVerifies(db) === null) return null;
  const keys = keyFile ? [readKeyFile(keyFile)] : [loadAuditKey(file, false), ...candidateKeys(file, file)];
  const own = path.join(filesDir, 'audit.key');
  if (!keyFile && fs.existsSync(own)) keys.unshift(readKeyFile(own));
  for (const key of keys) {
    if (!key) continue;
    useAuditKey(db, key);
    if (headVerifies(db)) return key;
  }
  throw new RegistryError('invalid', `Không chuyển được "${path.basename(file)}": không có khóa nhật ký (audit.key) nào khớp với sổ này. Hãy chỉ ra tệp audit.key của sổ bằng --khoa <tệp>; máy chủ không bị ghi gì.`);
}

/**
 * Opens `src` for a move (see the file comment). Everything refused is a Vietnamese RegistryError
 * (missing file, not SQLite, not vanthu, damaged, stored path outside the data folder, no key,
 * broken audit chain); nothing is written anywhere but the private temporary copy.
 */
export async function openMoveSource(src: string, opts: MoveSourceOptions): Promise<MoveSource> {
  const file = path.resolve(src);
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st?.isFile()) throw new RegistryError('missing-file', `Không tìm thấy tệp sổ đăng ký hoặc bản sao lưu "${file}".`);
  const filesDir = path.resolve(opts.filesDir ?? defaultFilesDir(file));
  const ro = openDatabase(file, { readonly: true, auditKey: null });
  const tmpDir = makePrivateTempDir('vanthu-chuyen-vao-');
  const copy = path.join(tmpDir, 'nguon.db');
  const refusal = { refused: `Không chuyển được "${path.basename(file)}"`, kept: 'Máy chủ không bị ghi gì.' };
  let key: Buffer | null;
  try {
    checkStoredPaths(ro, filesDir, path.dirname(file), refusal);
    key = keyOf(ro, file, filesDir, opts.keyFile);
    if (key) checkBackupAudit(ro, refusal);
    await ro.backup(copy);
  } catch (e) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  } finally {
    ro.close();
  }
  const useKey = key ?? opts.fallbackKey;
  let db: Db;
  try {
    db = openDatabase(copy, { auditKey: useKey, check: 'full' });
    checkBackupAudit(db, refusal);
  } catch (e) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  }
  return {
    file, filesDir, db, key: useKey,
    dispose() {
      try {
        db.close();
      } finally {
        fs.rmSync(tmpDir, { recursive: true, force: true });
      }
    },
  };
}
