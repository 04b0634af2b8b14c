/**
 * The office flow of a draft (issue 14 item 4), the one source read by the registry, the API's
 * checks and the screens: chuyên viên submits (Trình duyệt) → lãnh đạo văn phòng approves (Duyệt) or
 * returns it with a comment (Trả lại) → văn thư numbers and registers it (Cấp số & đăng ký).
 *
 * A draft's flow state is derived from two stored columns: its status (common/rules/draft-status.ts:
 * 'draft' | 'submitted' | 'issued', unchanged) and its review mark ('none' | 'pending' | 'returned' |
 * 'approved', migration 6). A draft waiting for approval is 'submitted' (so the existing lock holds);
 * a returned one is a 'draft' again (editable). The single seat's "Trình ký" sets 'submitted' with no
 * review mark: one person holds every role there, so the approval step is skipped and the draft goes
 * straight to Chờ cấp số.
 */
import type { DraftStatus } from './draft-status';
import { FLOW_ROLES, ROLE_CODES, ROLE_LABELS, type RoleCode } from './roles';

/** The review mark stored beside a draft's status (its CHECK in main/registry/schema/office-flow-v6.ts). */
export const REVIEW_MARKS = ['none', 'pending', 'returned', 'approved'] as const;
/** One review mark. */
export type ReviewMark = (typeof REVIEW_MARKS)[number];

/** Role codes of the office: the accounts' roles of ./roles.ts (văn thư, chuyên viên, lãnh đạo văn phòng, quản trị). */
export const FLOW_ROLE_CODES = ROLE_CODES;
/** One role code. */
export type FlowRole = RoleCode;

/** Who acts on a draft: the user named in the audit log and the roles they hold. */
export interface FlowActor { user: string; roles: readonly string[] }

/** Vietnamese name of each role, as refusals say it inside a sentence (the labels of ./roles.ts, lower case). */
export const FLOW_ROLE_LABELS = Object.fromEntries(ROLE_CODES.map((r) => [r, ROLE_LABELS[r].toLowerCase()])) as Record<FlowRole, string>;

/** The single seat's implicit actor: one user holding every role. */
export function singleSeatActor(user: string): FlowActor {
  return { user, roles: FLOW_ROLE_CODES };
}

/** The states a draft goes through in the office flow, in order. */
export const FLOW_STATES = ['drafting', 'pending', 'returned', 'approved', 'issued'] as const;
/** One flow state. */
export type FlowState = (typeof FLOW_STATES)[number];

/** Vietnamese label of each state (badges, queues, audit descriptions). */
export const FLOW_STATE_LABELS: Record<FlowState, string> = {
  drafting: 'Đang soạn', pending: 'Chờ duyệt', returned: 'Bị trả lại', approved: 'Chờ cấp số', issued: 'Đã cấp số',
};

/** The flow state of a draft from its stored status and review mark. */
export function flowStateOf(status: DraftStatus, review: ReviewMark): FlowState {
  if (status === 'issued') return 'issued';
  if (status === 'submitted') return review === 'pending' ? 'pending' : 'approved';
  return review === 'returned' ? 'returned' : 'drafting';
}

/** The transitions of the flow (Cấp số itself is the registry's numbering, checked by `numberFrom`). */
export const FLOW_STEPS = ['submit', 'approve', 'return', 'withdraw'] as const;
/** One transition. */
export type FlowStep = (typeof FLOW_STEPS)[number];

/** One transition: its label, the states it starts from, where it leads, who may do it (FLOW_ROLES of ./roles.ts). */
export interface FlowTransition {
  label: string;
  from: readonly FlowState[];
  to: FlowState;
  roles: readonly FlowRole[];
  /** Whether a comment is required (Trả lại). */
  comment: boolean;
  /** The audit action written ("draft.<action>"). */
  audit: string;
}

/** Every transition of the flow; who may take it is FLOW_ROLES of ./roles.ts (written there only). */
export const FLOW_TRANSITIONS: Record<FlowStep, FlowTransition> = {
  submit: { label: 'Trình duyệt', from: ['drafting', 'returned'], to: 'pending', roles: FLOW_ROLES.submit, comment: false, audit: 'draft.submit-review' },
  approve: { label: 'Duyệt', from: ['pending'], to: 'approved', roles: FLOW_ROLES.approve, comment: false, audit: 'draft.approve' },
  return: { label: 'Trả lại', from: ['pending'], to: 'returned', roles: FLOW_ROLES.return, comment: true, audit: 'draft.return' },
  withdraw: { label: 'Rút lại để sửa', from: ['pending'], to: 'drafting', roles: FLOW_ROLES.withdraw, comment: false, audit: 'draft.withdraw-review' },
};

/** Who may number (Cấp số & đăng ký) an approved draft (FLOW_ROLES.number), and from which state. */
export const NUMBERING = { label: 'Cấp số & đăng ký', from: ['approved'] as readonly FlowState[], roles: FLOW_ROLES.number as readonly FlowRole[] };

/**
 * Trình ký straight to numbering (skipping Duyệt) is the single seat's path and the leader's own:
 * only the roles of FLOW_ROLES.sign (lãnh đạo văn phòng; the single seat's user holds it) may do it,
 * the same rule the office server applies to the operation 'drafts.submit'. Why `actor` may not;
 * null when allowed.
 */
export function signRefusal(actor: FlowActor): string | null {
  return actorHoldsRole(actor, FLOW_ROLES.sign) ? null
    : 'Chỉ lãnh đạo văn phòng được trình ký thẳng để cấp số; chuyên viên hãy bấm "Trình duyệt" để lãnh đạo duyệt trước.';
}

/** Shortest and longest comment of a return, characters (after trimming). */
export const COMMENT_MIN = 3;
/** Longest comment of a return or an approval, characters. */
export const COMMENT_MAX = 2000;

/** Whether `actor` holds one of `roles`. */
export function actorHoldsRole(actor: FlowActor, roles: readonly FlowRole[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

/** "Chỉ lãnh đạo văn phòng được duyệt": the refusal of an actor without the role of a step. */
export function roleRefusal(roles: readonly FlowRole[], label: string): string {
  return `Chỉ ${roles.map((r) => FLOW_ROLE_LABELS[r]).join(' hoặc ')} được ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;
}

/**
 * Why `actor` may not do `action` on a draft in state `state` (with `comment`), in Vietnamese; null
 * when allowed.
 */
export function refusalOf(action: FlowStep, state: FlowState, actor: FlowActor, comment = ''): string | null {
  const t = FLOW_TRANSITIONS[action];
  if (!actorHoldsRole(actor, t.roles)) return roleRefusal(t.roles, t.label);
  if (!t.from.includes(state)) {
    return `Không ${t.label.toLowerCase()} được: dự thảo đang ở bước "${FLOW_STATE_LABELS[state]}" (chỉ ${t.label.toLowerCase()} được khi ${t.from.map((s) => `"${FLOW_STATE_LABELS[s]}"`).join(' hoặc ')}).`;
  }
  const text = comment.trim();
  if (t.comment && text.length < COMMENT_MIN) return `${t.label}: hãy ghi ý kiến cho người soạn (ít nhất ${COMMENT_MIN} ký tự) để họ biết cần sửa gì.`;
  if (text.length > COMMENT_MAX) return `${t.label}: ý kiến dài quá ${COMMENT_MAX} ký tự.`;
  return null;
}

/** Why `actor` may not number a draft in state `state`; null when allowed. */
export function numberingRefusal(state: FlowState, actor: FlowActor): string | null {
  if (!actorHoldsRole(actor, NUMBERING.roles)) return roleRefusal(NUMBERING.roles, 'cấp số');
  if (state === 'pending') return 'Dự thảo đang chờ lãnh đạo văn phòng duyệt; chưa cấp số được.';
  if (!NUMBERING.from.includes(state)) return `Chưa cấp số được: dự thảo đang ở bước "${FLOW_STATE_LABELS[state]}" (cần được duyệt trước).`;
  return null;
}

/** What decides who sees a draft: its owner ('' for a draft written before owners were kept), the shared flag, its state. */
export interface DraftVisibility { owner: string; shared: boolean; state: FlowState }

/**
 * Whether `actor` sees a draft (list, queue, open, save): a chuyên viên their own drafts, the shared
 * ones and those without a recorded owner; a lãnh đạo văn phòng the drafts that entered the flow
 * (submitted for review, returned, approved, issued); a văn thư the approved (Chờ cấp số) and issued
 * ones; a quản trị (and the single seat's user, who holds every role) every draft. A person with
 * several roles sees what any of them allows.
 */
export function mayViewDraft(actor: FlowActor, d: DraftVisibility): boolean {
  if (actorHoldsRole(actor, ['quan-tri'])) return true;
  if (actorHoldsRole(actor, ['chuyen-vien']) && (d.owner === actor.user || d.shared || d.owner === '')) return true;
  if (actorHoldsRole(actor, ['lanh-dao']) && d.state !== 'drafting') return true;
  return actorHoldsRole(actor, ['van-thu']) && (d.state === 'approved' || d.state === 'issued');
}

/** The refusal of a draft `actor` may not see (mayViewDraft false), naming why. */
export function viewRefusal(actor: FlowActor, d: DraftVisibility & { title: string }): string {
  if (actorHoldsRole(actor, ['chuyen-vien'])) {
    return `Dự thảo "${d.title}" là của ${d.owner} và chưa được chia sẻ; bạn không xem hoặc sửa được. Hãy đề nghị người soạn chia sẻ dự thảo.`;
  }
  const who = actorHoldsRole(actor, ['lanh-dao']) ? 'Lãnh đạo văn phòng xem dự thảo đã được trình duyệt'
    : 'Văn thư xem dự thảo đã được duyệt để cấp số';
  return `Dự thảo "${d.title}" đang ở bước "${FLOW_STATE_LABELS[d.state]}"; ${who}, nên bạn chưa xem được.`;
}

/** The queues of the Hàng chờ screen. */
export const FLOW_QUEUES = ['pending', 'returned', 'approved'] as const;
/** One queue. */
export type FlowQueue = (typeof FLOW_QUEUES)[number];

/** One queue: its title, the state it lists, who sees it, what it says when empty. */
export interface QueueSpec { title: string; state: FlowState; roles: readonly FlowRole[]; hint: string; empty: string }

/** What each queue shows, and to whom. */
export const QUEUE_SPECS: Record<FlowQueue, QueueSpec> = {
  pending: {
    title: 'Chờ duyệt', state: 'pending', roles: FLOW_ROLES.approve,
    hint: 'Dự thảo chuyên viên đã trình; duyệt để chuyển văn thư cấp số, hoặc trả lại kèm ý kiến.',
    empty: 'Không có dự thảo nào chờ duyệt.',
  },
  returned: {
    title: 'Bị trả lại', state: 'returned', roles: FLOW_ROLES.submit,
    hint: 'Dự thảo lãnh đạo trả lại, kèm ý kiến; sửa rồi trình duyệt lại.',
    empty: 'Không có dự thảo nào bị trả lại.',
  },
  approved: {
    title: 'Chờ cấp số', state: 'approved', roles: FLOW_ROLES.number,
    hint: 'Dự thảo đã duyệt (hoặc đã trình ký); mở để cấp số và đăng ký vào sổ văn bản đi.',
    empty: 'Không có dự thảo nào chờ cấp số.',
  },
};

/** The queues `actor` sees, in order. */
export function queuesOf(actor: FlowActor): FlowQueue[] {
  return FLOW_QUEUES.filter((q) => actorHoldsRole(actor, QUEUE_SPECS[q].roles));
}

/** What is stored per step in the draft's review history. */
export const REVIEW_EVENTS = ['submit', 'approve', 'return', 'withdraw'] as const satisfies readonly FlowStep[];

/** "10:42": the local hour and minute of an ISO time, as refusals name a lease's end or a save. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** How long an edit lease lasts without renewal, ms (a crashed window's lease lapses after this). */
export const LEASE_MS = 90_000;
/** How often an open editor renews its lease, ms. */
export const LEASE_RENEW_MS = 30_000;
