/** Checks that a registered document's stored DOCX still matches the SHA-256 written in the register. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { storedPathProblem } from '../backup/stored-path';
import type { OutEntry } from '../types';

/** Result of checking a stored file. */
export interface StoredFileCheck { file: string | null; sha256: string | null; actual: string | null; ok: boolean; message: string }

/** Re-hashes the stored file of `entry` (paths relative to the registry's data folder). */
export function verifyStoredFile(dataDir: string, entry: Pick<OutEntry, 'filePath' | 'sha256'>): StoredFileCheck {
  if (!entry.filePath || !entry.sha256) {
    return { file: null, sha256: null, actual: null, ok: false, message: 'Số này chưa có tệp văn bản lưu kèm (giữ số, hủy số hoặc cấp số tay).' };
  }
  const problem = storedPathProblem(dataDir, entry.filePath);
  if (problem) return { file: null, sha256: entry.sha256, actual: null, ok: false, message: `Đường dẫn tệp lưu ghi trong sổ không hợp lệ (${problem}); vanthu không đọc tệp ngoài thư mục dữ liệu.` };
  const file = path.resolve(dataDir, entry.filePath);
  if (!fs.existsSync(file)) return { file, sha256: entry.sha256, actual: null, ok: false, message: 'Tệp lưu của văn bản không còn trên máy.' };
  const actual = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const ok = actual === entry.sha256;
  return {
    file, sha256: entry.sha256, actual, ok,
    message: ok ? 'Tệp lưu khớp với mã băm SHA-256 ghi trong sổ.' : 'Tệp lưu KHÔNG khớp với mã băm ghi trong sổ: tệp đã bị sửa hoặc thay.',
  };
}
