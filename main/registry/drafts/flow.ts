/**
 * The office flow in the database (rules: common/rules/office-flow.ts): Trình duyệt, Duyệt, Trả lại
 * (with a required comment), Rút lại; each a transaction that checks the actor's role and the
 * draft's state, writes the review mark, a review-history row and an audit event naming the user
 * (with the comment when returned). The queues list the drafts waiting at each step.
 */
import {
  FLOW_STATE_LABELS, FLOW_TRANSITIONS, QUEUE_SPECS, flowStateOf, actorHoldsRole, numberingRefusal, refusalOf, signRefusal,
  type FlowStep, type FlowActor, type FlowQueue, type ReviewMark,
} from '../../../common/rules/office-flow';
import type { DraftFlow, QueueItem, ReviewEvent } from '../../../common/api/domains/office-flow';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { nowIso, stmt } from '../sql';
import { revisionOf } from './conflict';
import { draftForChange, type RawDraft } from './drafts';
import { heldMessage, liveLease } from './lease';
import { setDraftStatus } from './state';
import type { DraftRow, DraftState } from './types';

type FlowRow = RawDraft & { review: ReviewMark };

function flowRow(ctx: Ctx, id: string): FlowRow {
  draftForChange(ctx, id);
  return stmt(ctx.db, 'SELECT * FROM drafts WHERE id = ?').get(id) as FlowRow;
}

/** The review history of draft `id`, oldest first. */
export function reviewHistory(ctx: Ctx, id: string): ReviewEvent[] {
  return stmt(ctx.db, 'SELECT at, user, action, comment FROM draft_reviews WHERE draft_id = ? ORDER BY id').all(id) as ReviewEvent[];
}

/** Where draft `id` stands in the flow; a 'not-found' error when it is not a live draft. */
export function draftFlow(ctx: Ctx, id: string): DraftFlow {
  const r = flowRow(ctx, id);
  const state = flowStateOf(r.status, r.review);
  const rev = revisionOf(ctx, id);
  return { id, state, label: FLOW_STATE_LABELS[state], revision: rev.revision, savedBy: rev.savedBy, history: reviewHistory(ctx, id) };
}

/** Status and review mark each transition leaves. */
const TARGET: Record<FlowStep, { status: Exclude<DraftState, 'issued'>; review: ReviewMark }> = {
  submit: { status: 'submitted', review: 'pending' },
  approve: { status: 'submitted', review: 'approved' },
  return: { status: 'draft', review: 'returned' },
  withdraw: { status: 'draft', review: 'none' },
};

/**
 * Does `action` on draft `id` as `actor` (one transaction): refused in Vietnamese when the role or
 * the state does not allow it, when a return has no comment, or when another window (`client`
 * excepted) holds the edit lease of a draft being submitted. Writes the review mark, the history row and the audit event.
 */
export function flowTransition(ctx: Ctx, actor: FlowActor, id: string, action: FlowStep, opts: { comment?: string; client?: string } = {}): DraftFlow {
  const comment = (opts.comment ?? '').trim();
  return ctx.db.transaction(() => {
    const r = flowRow(ctx, id);
    const state = flowStateOf(r.status, r.review);
    const refusal = refusalOf(action, state, actor, comment);
    if (refusal) throw new RegistryError(actorHoldsRole(actor, FLOW_TRANSITIONS[action].roles) ? 'locked' : 'forbidden', refusal);
    // Only an editable draft can be in the middle of someone's typing; a locked one (Chờ duyệt) is
    // approved or returned whoever still has it open.
    const lease = action === 'submit' ? liveLease(ctx, id) : null;
    if (lease && lease.client !== opts.client) throw new RegistryError('locked', heldMessage(lease, lease.holder === actor.user));
    const to = TARGET[action];
    const at = nowIso();
    stmt(ctx.db, 'UPDATE drafts SET status = ?, review = ? WHERE id = ?').run(to.status, to.review, id);
    stmt(ctx.db, 'INSERT INTO draft_reviews (draft_id, at, user, action, comment) VALUES (?, ?, ?, ?, ?)').run(id, at, actor.user, action, comment);
    const next = flowStateOf(to.status, to.review);
    appendAudit(ctx.db, {
      user: actor.user, action: FLOW_TRANSITIONS[action].audit, entity: 'draft', entityId: id,
      before: { state, title: r.title }, after: { state: next, ...(comment ? { comment } : {}) },
    });
    return draftFlow(ctx, id);
  }).immediate();
}

/** Refuses numbering draft `id` by `actor` unless it is approved (or submitted for signature) and they are văn thư. */
export function assertNumberable(ctx: Ctx, actor: FlowActor, id: string): void {
  const r = flowRow(ctx, id);
  const refusal = numberingRefusal(flowStateOf(r.status, r.review), actor);
  if (refusal) throw new RegistryError(actorHoldsRole(actor, ['van-thu']) ? 'locked' : 'forbidden', refusal);
}

/**
 * Trình ký (or its withdrawal) as `actor`: straight to Chờ cấp số, skipping Duyệt — refused unless
 * they are lãnh đạo văn phòng (the single seat's user is). Audited by ./state.ts.
 */
export function signAs(ctx: Ctx, actor: FlowActor, id: string, submitted: boolean): DraftRow {
  const refusal = submitted ? signRefusal(actor) : null;
  if (refusal) throw new RegistryError('forbidden', refusal);
  return setDraftStatus({ ...ctx, user: actor.user }, id, submitted ? 'submitted' : 'draft');
}

/** Which rows each queue holds. */
const QUEUE_WHERE: Record<FlowQueue, string> = {
  pending: "status = 'submitted' AND review = 'pending'",
  returned: "status = 'draft' AND review = 'returned'",
  approved: "status = 'submitted' AND review <> 'pending'",
};

/**
 * The drafts of one queue, oldest waiting first. The returned queue of a chuyên viên holds the
 * drafts they submitted; a lãnh đạo or quản trị sees every one (so does the single seat's user).
 */
export function flowQueue(ctx: Ctx, actor: FlowActor, queue: FlowQueue): QueueItem[] {
  const spec = QUEUE_SPECS[queue];
  const rows = stmt(ctx.db, `SELECT id, template_id, title, updated_at, status, review,
      (SELECT user FROM draft_reviews v WHERE v.draft_id = d.id AND v.action = 'submit' ORDER BY v.id DESC LIMIT 1) AS submitted_by,
      (SELECT json_object('at', at, 'user', user, 'action', action, 'comment', comment) FROM draft_reviews v
        WHERE v.draft_id = d.id ORDER BY v.id DESC LIMIT 1) AS last
    FROM drafts d WHERE trashed_at IS NULL AND ${QUEUE_WHERE[queue]} ORDER BY updated_at, id`).all() as
    (FlowRow & { submitted_by: string | null; last: string | null })[];
  const everyone = actorHoldsRole(actor, ['lanh-dao', 'quan-tri']);
  return rows
    .filter((r) => queue !== 'returned' || everyone || r.submitted_by === actor.user)
    .map((r) => ({
      id: r.id, templateId: r.template_id, title: r.title, updatedAt: r.updated_at, state: spec.state,
      submittedBy: r.submitted_by ?? '', last: r.last ? (JSON.parse(r.last) as ReviewEvent) : null,
    }));
}
