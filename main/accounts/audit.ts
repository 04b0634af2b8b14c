/**
 * The audit record of every account action: who did it (the acting user's name), what, on which
 * account, and what changed (never a password, a hash or a session token). Its fields are those of
 * the registry's audit log (AuditInput in main/registry/audit/log.ts) plus the time, so the storage
 * can hand it to that chained log once the registry runs on the office server.
 */

/** The actions recorded, with their Vietnamese names as the audit screen shows them. */
export const ACCOUNT_AUDIT_LABELS = {
  'account.create': 'Tạo tài khoản',
  'account.roles': 'Đổi vai trò',
  'account.disable': 'Khóa tài khoản',
  'account.enable': 'Mở lại tài khoản',
  'account.unlock': 'Mở khóa đăng nhập',
  'account.reset-password': 'Đặt lại mật khẩu',
  'account.change-password': 'Đổi mật khẩu',
  'account.locked': 'Tạm khóa do nhập sai mật khẩu',
  'session.login': 'Đăng nhập',
  'session.login-refused': 'Đăng nhập bị từ chối',
  'session.logout': 'Đăng xuất',
} as const;

/** One recorded account action. */
export type AccountAuditAction = keyof typeof ACCOUNT_AUDIT_LABELS;

/** One audit record of the account service. */
export interface AccountAuditRecord {
  /** When (ISO, UTC). */
  at: string;
  /** User name of the person acting (for a refused login: the name that was typed). */
  user: string;
  /** What was done. */
  action: AccountAuditAction;
  /** Always 'account'. */
  entity: 'account';
  /** Id of the account acted on, or the typed user name when no such account exists. */
  entityId: string;
  /** What the account looks like afterwards, or why a login was refused (no secrets). */
  after?: Record<string, unknown>;
}
