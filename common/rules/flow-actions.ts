/**
 * What the screens offer a person on one draft, read from the same rules the server enforces
 * (FLOW_ROLES and OPERATION_ROLES of ./roles.ts): the issue panel's Trình ký, its Rút lại and Cấp số
 * & đăng ký, and the Chia sẻ control. A button the server would refuse is not shown (nor reachable
 * by keyboard); the single seat's user holds every role, so everything is offered there.
 */
import type { DraftStatus } from './draft-status';
import { mayRunOperation, mayTakeFlowAction, type RoleCode } from './roles';

/** A person as the screens know them: user name and roles. */
export interface Person { user: string; roles: readonly RoleCode[] }

/** The issue panel's actions on a draft in one status. */
export interface IssueActions {
  /** "Trình ký" straight to numbering (the lãnh đạo's step, FLOW_ROLES.sign). */
  sign: boolean;
  /** "Rút lại để sửa" of a draft that went to Trình ký ('drafts.submit' with submitted false). */
  unsign: boolean;
  /** "Cấp số & đăng ký" (FLOW_ROLES.number). */
  number: boolean;
}

/** The issue panel's actions `roles` may take on a draft in `status` (an issued draft has none). */
export function issueActionsOf(roles: readonly RoleCode[], status: DraftStatus): IssueActions {
  const signer = mayTakeFlowAction(roles, 'sign') && mayRunOperation(roles, 'drafts.submit');
  return {
    sign: status === 'draft' && signer,
    unsign: status === 'submitted' && signer,
    number: status === 'submitted' && mayTakeFlowAction(roles, 'number') && mayRunOperation(roles, 'drafts.issue'),
  };
}

/**
 * Whether `person` may share a draft owned by `owner` with the other chuyên viên (or stop sharing
 * it): the operation 'drafts.share' is theirs, and they own the draft or are a quản trị (the
 * registry's own check, main/registry/drafts/state.ts).
 */
export function mayShareDraft(person: Person, owner: string): boolean {
  return mayRunOperation(person.roles, 'drafts.share') && (owner === person.user || person.roles.includes('quan-tri'));
}

/** The sharing state of a draft as a sentence ("Đã chia sẻ với các chuyên viên"). */
export function shareStateText(shared: boolean): string {
  return shared ? 'Đã chia sẻ với các chuyên viên' : 'Chưa chia sẻ: chuyên viên khác không thấy dự thảo này';
}

/** Whose draft it is, for a list or a banner: "Của bạn", "Của nguyen.van.a", or '' when not recorded. */
export function ownerText(owner: string | undefined, user: string): string {
  if (!owner) return '';
  return owner === user ? 'Của bạn' : `Của ${owner}`;
}
