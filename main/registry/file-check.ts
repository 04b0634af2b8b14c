/**
 * Checks an existing database file before SQLite touches it: empty, not SQLite, or shorter than its
 * header says (truncated). The file is only read here, never written.
 */
import fs from 'node:fs';
import { RegistryError } from './errors';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Vietnamese advice appended to every "bad file" message. */
export const KEEP_ADVICE = 'Tệp được giữ nguyên, không bị ghi đè. Hãy chọn đúng tệp hoặc khôi phục từ một bản sao lưu (vanthu registry restore <tệp sao lưu>).';

/** Throws a RegistryError when the file at `file` is not a usable SQLite database file. */
export function checkDatabaseFile(file: string): void {
  // Another process may be checkpointing (growing the file) while we look: a short size is
  // only reported when it is seen three times.
  for (let attempt = 1; ; attempt++) {
    const problem = inspectDatabaseFile(file);
    if (!problem || problem.code !== 'truncated' || attempt === 3) {
      if (problem) throw problem;
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
  }
}

/** The problem of the file at `file` seen by reading its header once (no retry), or null. */
export function inspectDatabaseFile(file: string): RegistryError | null {
  const head = Buffer.alloc(100);
  let read: number;
  let size: number;
  try {
    if (fs.statSync(file).isDirectory()) return new RegistryError('not-sqlite', `"${file}" là một thư mục, không phải tệp cơ sở dữ liệu.`);
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, head, 0, 100, 0);
      size = fs.fstatSync(fd).size;
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return new RegistryError('io', `Không đọc được tệp "${file}": ${(e as Error).message}`);
  }
  if (size === 0) return new RegistryError('empty-file', `Tệp "${file}" rỗng (0 byte), không phải sổ đăng ký của vanthu. ${KEEP_ADVICE}`);
  if (read < 100 || !head.subarray(0, 16).equals(MAGIC)) {
    return new RegistryError('not-sqlite', `Tệp "${file}" không phải cơ sở dữ liệu SQLite (không phải sổ đăng ký của vanthu). ${KEEP_ADVICE}`);
  }
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = head.readUInt32BE(28);
  const countValid = head.readUInt32BE(24) === head.readUInt32BE(92);
  if (size % pageSize !== 0 || (countValid && pages > 0 && size < pages * pageSize)) {
    const detail = countValid ? ` (dài ${size} byte, lẽ ra ${pages * pageSize} byte)` : '';
    return new RegistryError('truncated', `Tệp cơ sở dữ liệu "${file}" bị cắt cụt${detail}, có thể do sao chép dở hoặc ổ đĩa lỗi. ${KEEP_ADVICE}`);
  }
  return null;
}
