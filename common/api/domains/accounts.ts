/**
 * Contract of the office server's accounts (issue #14, item 3): who is signed in, and the quản trị's
 * screen "Tài khoản" (list, create, reset a password, disable, enable, unlock). Logging in and out
 * are not operations: they happen before a session exists (main/host/login-gate.ts). The
 * operations belong to the settings domain; on the single seat they answer that there are no
 * accounts there. The rules of the fields are checked again by main/accounts (account-fields.ts).
 */
import * as z from 'zod';
import { ROLE_CODES, type RoleCode } from '../../rules/roles';
import { LIMITS, empty, line } from '../fields';
import { op } from '../op';

/** An account as the screen shows it (no hash, no counters). */
export interface AccountView {
  id: string;
  userName: string;
  displayName: string;
  roles: RoleCode[];
  disabled: boolean;
  /** Until when a lock-out lasts (ISO), or null. */
  lockedUntil: string | null;
  mustChangePassword: boolean;
}

/** Who is working in this window. */
export interface Me {
  /** false on the office server (a signed-in account), true on the single seat (no login). */
  singleSeat: boolean;
  userName: string;
  displayName: string;
  roles: RoleCode[];
}

/** A one-time password given by the quản trị, shown once. */
export interface IssuedPasswordView {
  account: AccountView;
  oneTimePassword: string;
}

/** An account's id (a UUID). */
const accountId = z.strictObject({ id: z.uuid('mã tài khoản không hợp lệ') });

/** Operations of the accounts. */
export const accountOps = {
  'settings.accountMe': op<Me>()({ input: empty, label: 'Đọc người đang làm việc' }),
  'settings.accountList': op<AccountView[]>()({ input: empty, label: 'Xem danh sách tài khoản' }),
  'settings.accountCreate': op<IssuedPasswordView>()({
    input: z.strictObject({
      userName: z.string().trim().min(LIMITS.userNameMin).max(LIMITS.userNameMax),
      displayName: line,
      roles: z.array(z.enum(ROLE_CODES)).min(1, 'hãy chọn ít nhất một vai trò').max(ROLE_CODES.length),
    }),
    label: 'Tạo tài khoản',
  }),
  'settings.accountReset': op<IssuedPasswordView>()({ input: accountId, label: 'Đặt lại mật khẩu' }),
  'settings.accountDisable': op<AccountView>()({ input: accountId, label: 'Khóa tài khoản' }),
  'settings.accountEnable': op<AccountView>()({ input: accountId, label: 'Mở lại tài khoản' }),
  'settings.accountUnlock': op<AccountView>()({ input: accountId, label: 'Mở khóa đăng nhập' }),
};
