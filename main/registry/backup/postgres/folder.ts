/**
 * Problems of the backup folder told in Vietnamese with what is left behind: full disk, read-only
 * disk, no permission, a folder gone. Anything else goes through main/fs's environment errors, or
 * is returned as is (a bug).
 */
import { environmentCode, environmentError } from '../../../fs';
import { RegistryError } from '../../errors';

/** Vietnamese reason per errno, for a backup folder. */
const REASONS: Record<string, string> = {
  ENOSPC: 'ổ đĩa chứa thư mục "{folder}" đã đầy',
  EDQUOT: 'đã hết hạn mức dung lượng ở thư mục "{folder}"',
  EROFS: 'ổ đĩa chứa thư mục "{folder}" chỉ cho phép đọc',
  EACCES: 'tài khoản này không có quyền ghi vào thư mục "{folder}"',
  EPERM: 'tài khoản này không có quyền ghi vào thư mục "{folder}"',
  ENOENT: 'thư mục "{folder}" không còn nữa',
};

/**
 * The Vietnamese error for `e` met while writing a backup into `folder`: `action` ("Không sao lưu
 * được …"), the reason, `aftermath` ("Không có tệp sao lưu nào được tạo."), what to do.
 */
export function folderProblem(e: unknown, folder: string, action: string, aftermath: string): unknown {
  const code = environmentCode(e);
  if (code && REASONS[code]) {
    return new RegistryError('io', `${action}: ${REASONS[code].replace('{folder}', folder)}. ${aftermath} Hãy giải phóng dung lượng, sửa quyền hoặc chọn thư mục khác (--out) rồi thử lại.`);
  }
  return environmentError(e, action) ?? e;
}
