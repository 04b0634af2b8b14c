/**
 * The rules of the account fields a person types: user name (tên đăng nhập), full name (họ và
 * tên) and password (mật khẩu). Lengths come from LIMITS in common/api/fields.ts, the one list the
 * forms read too; every message is Vietnamese, names the field and says what to type.
 */
import { LIMITS } from '../../common/api/fields';

/** A user name as stored and compared: trimmed, lower case (logins ignore case). */
export function normaliseUserName(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

const USER_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** Problems of a user name (already normalised), each a Vietnamese sentence; empty when acceptable. */
export function userNameProblems(userName: string): string[] {
  const out: string[] = [];
  if (userName.length < LIMITS.userNameMin || userName.length > LIMITS.userNameMax) {
    out.push(`Tên đăng nhập phải dài từ ${LIMITS.userNameMin} đến ${LIMITS.userNameMax} ký tự.`);
  }
  if (userName && !USER_NAME.test(userName)) {
    out.push('Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -, bắt đầu bằng chữ cái hoặc chữ số (ví dụ: nguyen.van.a).');
  }
  return out;
}

/** Problems of a full name, each a Vietnamese sentence; empty when acceptable. */
export function displayNameProblems(displayName: string): string[] {
  const name = displayName.trim();
  if (!name) return ['Họ và tên không được để trống.'];
  if (name.length > LIMITS.line) return [`Họ và tên dài quá ${LIMITS.line} ký tự.`];
  if (/[\u0000-\u001f\u007f]/.test(name)) return ['Họ và tên chứa ký tự điều khiển; hãy gõ lại.'];
  return [];
}

/**
 * Problems of a new password for `userName`, each a Vietnamese sentence; empty when acceptable.
 * Length is what makes a password strong (no forced mix of symbols); it must not contain the user
 * name, nor be one character repeated.
 */
export function passwordProblems(password: string, userName: string): string[] {
  const pw = password.normalize('NFC');
  const out: string[] = [];
  const length = [...pw].length;
  if (length < LIMITS.passwordMin) out.push(`Mật khẩu phải có ít nhất ${LIMITS.passwordMin} ký tự (hiện có ${length}).`);
  if (length > LIMITS.passwordMax) out.push(`Mật khẩu dài quá ${LIMITS.passwordMax} ký tự.`);
  if (/[\u0000-\u001f\u007f]/.test(pw)) out.push('Mật khẩu chứa ký tự điều khiển (ví dụ: xuống dòng); hãy gõ lại.');
  if (userName.length >= LIMITS.userNameMin && pw.toLowerCase().includes(userName.toLowerCase())) {
    out.push('Mật khẩu không được chứa tên đăng nhập.');
  }
  if (length > 0 && new Set(pw).size === 1) out.push('Mật khẩu không được chỉ lặp lại một ký tự.');
  return out;
}
