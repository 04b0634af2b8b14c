/**
 * The files a registry keeps beside its rows (the DOCX of a registered document, the attachments of
 * an incoming one), moved into the server's data folder under the same relative path, each checked
 * against the SHA-256 its row records, before and after the copy. Copied before the database
 * transaction; removed again when the move fails (a file the target already had is left alone).
 */
import fs from 'node:fs';
import path from 'node:path';
import { copyFileAtomic, ensurePrivateDir } from '../../fs';
import type { Db } from '../db';
import { RegistryError } from '../errors';
import { sha256 } from '../files';
import { resolveStoredPath } from '../backup/stored-path';

/** A stored file named by a row: the table and column holding its path, and the column with its SHA-256. */
export const STORED_FILE_COLUMNS: readonly { table: string; path: string; sha256: string; label: string }[] = [
  { table: 'out_entries', path: 'file_path', sha256: 'sha256', label: 'văn bản đi' },
  { table: 'in_attachments', path: 'stored_path', sha256: 'sha256', label: 'tệp đính kèm văn bản đến' },
];

/** One file to move. */
export interface MovedFile { rel: string; sha256: string | null; where: string }

/** The stored files the rows of `db` name. */
export function storedFiles(db: Db): MovedFile[] {
  const out: MovedFile[] = [];
  for (const s of STORED_FILE_COLUMNS) {
    const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(s.table);
    if (!exists) continue;
    const rows = db.prepare(`SELECT id, "${s.path}" AS rel, "${s.sha256}" AS sha FROM "${s.table}" WHERE "${s.path}" IS NOT NULL AND "${s.path}" <> ''`).all() as { id: number; rel: string; sha: string | null }[];
    for (const r of rows) out.push({ rel: r.rel, sha256: r.sha, where: `${s.label} mã ${r.id}` });
  }
  return out;
}

/** What a copy of the files did: the files written (to remove if the move fails), bytes, files already there. */
export interface FilesCopied { written: string[]; bytes: number; already: number }

function digestOf(file: string): string {
  return sha256(fs.readFileSync(file));
}

/**
 * Copies `files` from `fromDir` into `toDir`. Every source file must be there with its recorded
 * SHA-256; a file already in the target with the same content is kept, with other content refused.
 * On any failure the files written so far are removed and a Vietnamese RegistryError says which.
 */
export function copyStoredFiles(files: MovedFile[], fromDir: string, toDir: string): FilesCopied {
  const done: FilesCopied = { written: [], bytes: 0, already: 0 };
  try {
    for (const f of files) {
      const src = resolveStoredPath(fromDir, f.rel);
      if (!fs.existsSync(src)) {
        throw new RegistryError('missing-file', `Không chuyển được: thiếu tệp "${f.rel}" của ${f.where} trong thư mục "${fromDir}". Hãy chỉ ra đúng thư mục tệp của sổ (--tep <thư mục>); máy chủ không bị ghi gì.`);
      }
      const digest = digestOf(src);
      if (f.sha256 && digest !== f.sha256) {
        throw new RegistryError('invalid', `Không chuyển được: tệp "${f.rel}" của ${f.where} đã bị thay đổi (mã SHA-256 khác với mã ghi trong sổ). Máy chủ không bị ghi gì.`);
      }
      const dest = resolveStoredPath(toDir, f.rel);
      if (fs.existsSync(dest)) {
        if (digestOf(dest) !== digest) {
          throw new RegistryError('conflict', `Không chuyển được: thư mục dữ liệu của máy chủ đã có một tệp khác tên "${f.rel}". Máy chủ không bị ghi gì.`);
        }
        done.already++;
        continue;
      }
      ensurePrivateDir(path.dirname(dest));
      copyFileAtomic(src, dest);
      done.written.push(dest);
      if (digestOf(dest) !== digest) throw new RegistryError('io', `Không chuyển được: bản chép của tệp "${f.rel}" trên máy chủ không khớp mã SHA-256 (ổ đĩa lỗi?). Máy chủ không bị ghi gì.`);
      done.bytes += fs.statSync(dest).size;
    }
    return done;
  } catch (e) {
    removeFiles(done.written);
    throw e;
  }
}

/** Removes files written by a move that did not complete. */
export function removeFiles(files: string[]): void {
  for (const f of files) fs.rmSync(f, { force: true });
}
