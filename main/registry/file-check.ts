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
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new RegistryError('not-sqlite', `"${file}" là một thư mục, không phải tệp cơ sở dữ liệu.`);
  if (stat.size === 0) {
    throw new RegistryError('empty-file', `Tệp "${file}" rỗng (0 byte), không phải sổ đăng ký của vanthu. ${KEEP_ADVICE}`);
  }
  const head = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try { read = fs.readSync(fd, head, 0, 100, 0); } finally { fs.closeSync(fd); }
  if (read < 100 || !head.subarray(0, 16).equals(MAGIC)) {
    throw new RegistryError('not-sqlite', `Tệp "${file}" không phải cơ sở dữ liệu SQLite (không phải sổ đăng ký của vanthu). ${KEEP_ADVICE}`);
  }
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = head.readUInt32BE(28);
  const countValid = head.readUInt32BE(24) === head.readUInt32BE(92);
  if (stat.size % pageSize !== 0 || (countValid && pages > 0 && stat.size < pages * pageSize)) {
    const expected = countValid ? pages * pageSize : null;
    const detail = expected ? ` (dài ${stat.size} byte, lẽ ra ${expected} byte)` : '';
    throw new RegistryError('truncated', `Tệp cơ sở dữ liệu "${file}" bị cắt cụt${detail}, có thể do sao chép dở hoặc ổ đĩa lỗi. ${KEEP_ADVICE}`);
  }
}
