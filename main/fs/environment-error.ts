/**
 * Problems of the user's environment (full disk, read-only folder, missing folder, no permission)
 * told in Vietnamese: exit 1 in the CLI and a 4xx/5xx with a readable message in the app, never raw
 * Node or SQLite text and never an absolute path. Anything not listed here is a bug (exit 2).
 */
import path from 'node:path';
import { UserError } from '../../common/api/errors';

/** Vietnamese reason per Node errno / SQLite code. */
const REASONS: Record<string, string> = {
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã hết hạn mức dung lượng của tài khoản',
  SQLITE_FULL: 'ổ đĩa đã đầy',
  EROFS: 'ổ đĩa hoặc thư mục chỉ cho phép đọc',
  SQLITE_READONLY: 'tệp hoặc thư mục chỉ cho phép đọc',
  SQLITE_READONLY_DIRECTORY: 'thư mục chỉ cho phép đọc',
  SQLITE_READONLY_DBMOVED: 'tệp đã bị di chuyển hoặc xóa khi đang mở',
  EACCES: 'tài khoản này không có quyền ghi hoặc đọc ở đó',
  EPERM: 'tài khoản này không có quyền ghi hoặc đọc ở đó',
  SQLITE_PERM: 'tài khoản này không có quyền ghi hoặc đọc ở đó',
  SQLITE_AUTH: 'tài khoản này không có quyền ghi hoặc đọc ở đó',
  ENOENT: 'thư mục hoặc tệp không tồn tại',
  SQLITE_CANTOPEN: 'không mở được tệp (thư mục không tồn tại hoặc không có quyền)',
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục',
  EISDIR: 'đường dẫn là một thư mục chứ không phải tệp',
  EEXIST: 'đã có tệp trùng tên',
  EMFILE: 'máy đang mở quá nhiều tệp',
  ENFILE: 'máy đang mở quá nhiều tệp',
  EBUSY: 'tệp đang bị chương trình khác sử dụng',
  SQLITE_BUSY: 'sổ đang bị chương trình khác khóa',
  EIO: 'lỗi đọc ghi ổ đĩa',
  SQLITE_IOERR: 'lỗi đọc ghi ổ đĩa',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
  EXDEV: 'không thể chuyển tệp sang ổ đĩa khác',
};

/** The errno or SQLite code of `err` when it is an environment problem, else undefined. */
export function environmentCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (REASONS[code]) return code;
  const base = code.startsWith('SQLITE_') ? Object.keys(REASONS).find((k) => k.startsWith('SQLITE_') && code.startsWith(`${k}_`)) : undefined;
  return base;
}

/**
 * Turns an environment error into a Vietnamese UserError naming what was being done (`action`,
 * e.g. "Không ghi được tệp DOCX") and the file's name only; returns undefined for anything else.
 */
export function environmentError(err: unknown, action: string, file?: string): UserError | undefined {
  const code = environmentCode(err);
  if (!code) return undefined;
  const where = file ? ` "${path.basename(file)}"` : '';
  const status = code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'not-available';
  return new UserError(status, `${action}${where}: ${REASONS[code]}. Hãy kiểm tra ổ đĩa, thư mục và quyền truy cập rồi thử lại.`);
}

/** Runs `work`; rethrows an environment error as its Vietnamese UserError (see environmentError). */
export function describingEnvironment<T>(action: string, file: string | undefined, work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw environmentError(e, action, file) ?? e;
  }
}

/** describingEnvironment for asynchronous work: a rejected environment error becomes its UserError. */
export async function describingEnvironmentAsync<T>(action: string, file: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw environmentError(e, action, file) ?? e;
  }
}
