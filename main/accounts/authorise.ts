/**
 * Refusing what a person's roles do not allow, with a Vietnamese message naming the person, the
 * operation and the roles that may do it. The rules themselves live in common/rules/roles.ts.
 */
import { UserError } from '../../common/api/errors';
import { OPERATIONS, type OpName } from '../../common/api/operations';
import {
  ACCOUNT_ROLES, FLOW_ACTION_LABELS, FLOW_ROLES, OPERATION_ROLES, type AccountAction, type FlowAction, type RoleCode,
  mayRunOperation, mayTakeAccountAction, mayTakeFlowAction, roleNames,
} from '../../common/rules/roles';
import type { Actor } from './actor';

/** Names of the account actions, as a refusal names them. */
const ACCOUNT_ACTION_LABELS: Readonly<Record<AccountAction, string>> = {
  list: 'Xem danh sách tài khoản',
  create: 'Tạo tài khoản',
  setRoles: 'Đổi vai trò',
  disable: 'Khóa tài khoản',
  enable: 'Mở lại tài khoản',
  unlock: 'Mở khóa đăng nhập',
  resetPassword: 'Đặt lại mật khẩu',
  changeOwnPassword: 'Đổi mật khẩu',
  logout: 'Đăng xuất',
};

/** Message asking a person whose password was reset to change it first. */
export const MUST_CHANGE_MESSAGE = 'Mật khẩu của bạn do quản trị đặt, chỉ dùng một lần. Hãy đổi mật khẩu trước khi làm việc khác.';

function refusal(actor: Actor, what: string, allowed: readonly RoleCode[]): UserError {
  const held = actor.roles.length ? roleNames(actor.roles) : 'không có vai trò nào';
  return new UserError('forbidden', `Tài khoản "${actor.userName}" (${held}) không được phép "${what}". Việc này dành cho: ${roleNames(allowed)}.`);
}

/** Throws a 'forbidden' UserError unless `actor` may run operation `op`. */
export function authoriseOperation(actor: Actor, op: OpName): void {
  if (actor.mustChangePassword) throw new UserError('forbidden', MUST_CHANGE_MESSAGE);
  if (!mayRunOperation(actor.roles, op)) throw refusal(actor, OPERATIONS[op].label, OPERATION_ROLES[op]);
}

/** Throws a 'forbidden' UserError unless `actor` may take flow step `action`. */
export function authoriseFlow(actor: Actor, action: FlowAction): void {
  if (actor.mustChangePassword) throw new UserError('forbidden', MUST_CHANGE_MESSAGE);
  if (!mayTakeFlowAction(actor.roles, action)) throw refusal(actor, FLOW_ACTION_LABELS[action], FLOW_ROLES[action]);
}

/** Throws a 'forbidden' UserError unless `actor` may take account action `action`. */
export function authoriseAccountAction(actor: Actor, action: AccountAction): void {
  const self = action === 'changeOwnPassword' || action === 'logout';
  if (actor.mustChangePassword && !self) throw new UserError('forbidden', MUST_CHANGE_MESSAGE);
  if (!mayTakeAccountAction(actor.roles, action)) throw refusal(actor, ACCOUNT_ACTION_LABELS[action], ACCOUNT_ROLES[action]);
}
