/**
 * What a backup must satisfy before it replaces the register: every path stored in its rows stays
 * inside the data folder (a crafted backup cannot make vanthu read other files), and its audit
 * chain verifies with the key of the register it replaces.
 */
import path from 'node:path';
import { verifyAudit } from '../audit/log';
import type { Db } from '../db';
import { RegistryError } from '../errors';
import { storedPathProblem } from './stored-path';

/** How a refusal is worded: who refuses, and what is left as it was. */
export interface Refusal {
  /** The start of the sentence, e.g. "Bản sao lưu bị từ chối". */
  refused: string;
  /** The last sentence, e.g. "Tệp đang dùng được giữ nguyên." */
  kept: string;
}

/** A restore's refusal (the default). */
export const RESTORE_REFUSAL: Refusal = { refused: 'Bản sao lưu bị từ chối', kept: 'Tệp đang dùng được giữ nguyên.' };

function tableExists(db: Db, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name);
}

/** Throws a Vietnamese RegistryError (worded by `wording`) naming the first row of `db` whose stored path leaves the data folder. */
export function checkStoredPaths(db: Db, dataDir: string, appDir: string, wording = RESTORE_REFUSAL): void {
  const refuse = (where: string, problem: string) => {
    throw new RegistryError('invalid', `${wording.refused}: ${where} có đường dẫn tệp không hợp lệ (${problem}). Một bản sao lưu thật của vanthu chỉ ghi đường dẫn bên trong thư mục dữ liệu. ${wording.kept}`);
  };
  for (const r of db.prepare('SELECT id, number, file_path FROM out_entries WHERE file_path IS NOT NULL').iterate() as Iterable<{ id: number; number: string; file_path: string }>) {
    const problem = storedPathProblem(dataDir, r.file_path);
    if (problem) refuse(`sổ văn bản đi, mục mã ${r.id} (số ${r.number})`, problem);
  }
  for (const r of db.prepare('SELECT id, entry_id, stored_path FROM in_attachments').iterate() as Iterable<{ id: number; entry_id: number; stored_path: string }>) {
    const problem = storedPathProblem(dataDir, r.stored_path);
    if (problem) refuse(`tệp đính kèm mã ${r.id} của văn bản đến mã ${r.entry_id}`, problem);
  }
  if (!tableExists(db, 'drafts')) return;
  for (const r of db.prepare('SELECT id, files FROM drafts WHERE files IS NOT NULL').iterate() as Iterable<{ id: string; files: string }>) {
    let files: { file?: unknown }[];
    try {
      files = JSON.parse(r.files) as { file?: unknown }[];
    } catch {
      refuse(`dự thảo "${r.id}"`, 'danh sách tệp không đọc được');
      return;
    }
    for (const f of Array.isArray(files) ? files : []) {
      const rel = typeof f?.file === 'string' ? path.relative(appDir, path.resolve(appDir, f.file)) : f?.file;
      const problem = storedPathProblem(appDir, rel);
      if (problem) refuse(`dự thảo "${r.id}"`, problem);
    }
  }
}

/** Throws when the audit chain of backup `db` does not verify (with the key set on the connection). */
export function checkBackupAudit(db: Db, wording = RESTORE_REFUSAL): void {
  const v = verifyAudit(db);
  if (!v.ok) throw new RegistryError('invalid', `${wording.refused}: nhật ký của nó không toàn vẹn (${v.message}) ${wording.kept}`);
}
