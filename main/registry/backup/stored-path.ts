/**
 * Paths stored in register rows (a registered document's DOCX, an incoming attachment) are
 * relative to the registry's data folder and must stay inside it. A crafted database or backup
 * could hold an absolute path or one climbing out with "..", making vanthu read (and stamp, and
 * offer for download) any file of the machine: every such path is refused, at restore and
 * wherever a stored path is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RegistryError } from '../errors';

/** Why `rel` is not a safe stored path inside `dataDir` (Vietnamese), or null when it is. */
export function storedPathProblem(dataDir: string, rel: unknown): string | null {
  if (typeof rel !== 'string' || rel.length === 0) return 'đường dẫn rỗng';
  if (rel.includes('\0')) return 'đường dẫn có ký tự NUL';
  if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return `"${rel}" là đường dẫn tuyệt đối`;
  const parts = rel.split(/[\\/]+/);
  if (parts.includes('..')) return `"${rel}" trỏ ra ngoài thư mục dữ liệu ("..")`;
  const root = path.resolve(dataDir);
  const abs = path.resolve(root, rel);
  if (!abs.startsWith(root + path.sep)) return `"${rel}" không nằm trong thư mục dữ liệu`;
  try {
    const real = fs.realpathSync(abs);
    const realRoot = fs.realpathSync(root);
    if (!real.startsWith(realRoot + path.sep)) return `"${rel}" đi qua một liên kết ra ngoài thư mục dữ liệu`;
  } catch {
    // A file not there (yet): the lexical check above is what can be said.
  }
  return null;
}

/** The absolute path of stored file `rel`; a RegistryError when it would leave the data folder. */
export function resolveStoredPath(dataDir: string, rel: string): string {
  const problem = storedPathProblem(dataDir, rel);
  if (problem) throw new RegistryError('invalid', `Đường dẫn tệp lưu trong sổ không hợp lệ: ${problem}. vanthu không đọc tệp ngoài thư mục dữ liệu của sổ.`);
  return path.resolve(dataDir, rel);
}
