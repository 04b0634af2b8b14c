/**
 * The office flow in the database (rules: common/rules/office-flow.ts): Trình duyệt, Duyệt, Trả lại
 * (with a required comment), Rút lại; each a transaction that locks the draft's row (PostgreSQL),
 * checks the actor's role and the draft's state, writes the review mark, a review-history row and an
 * audit event naming the user (with the comment when returned). The queues list the drafts waiting
 * at each step, as far as the person of the request may see them (./visibility.ts). Written on the
 * store (docs/query-layer.md).
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import {
  FLOW_STATE_LABELS, FLOW_TRANSITIONS, NUMBERING, QUEUE_SPECS, flowStateOf, actorHoldsRole, numberingRefusal, refusalOf, signRefusal,
  type FlowStep, type FlowActor, type FlowQueue, type ReviewMark,
} from '../../../common/rules/office-flow';
import type { DraftFlow, QueueItem, ReviewEvent } from '../../../common/api/domains/office-flow';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import type { RegistryTables } from '../schema/tables';
import { nowIso } from '../sql';
import { draftForChange, rawDraft, type RawDraft } from './drafts';
import { heldMessage, liveLease } from './lease';
import { setDraftStatus } from './state';
import type { DraftRow, DraftState } from './types';
import { assertVisible, viewerOf, visibleWhere } from './visibility';

/** The live draft `id` to read, or 'not-found'; 'forbidden' when the person may not see it. */
function readable(ctx: Ctx, id: string): RawDraft {
  const r = rawDraft(ctx, id);
  if (!r) throw new RegistryError('not-found', 'Không tìm thấy dự thảo này (có thể đã bị xóa).');
  assertVisible(viewerOf(ctx), r);
  return r;
}

/** The review history of draft `id`, oldest first. */
export function reviewHistory(ctx: Ctx, id: string): ReviewEvent[] {
  const { store } = ctx;
  return store.all(store.db.selectFrom('draft_reviews').select(['at', 'user', 'action', 'comment']).where('draft_id', '=', id).orderBy('id'));
}

function flowOf(ctx: Ctx, r: RawDraft): DraftFlow {
  const state = flowStateOf(r.status, r.review);
  return { id: r.id, state, label: FLOW_STATE_LABELS[state], revision: r.revision, savedBy: r.saved_by, history: reviewHistory(ctx, r.id) };
}

/** Where draft `id` stands in the flow; a 'not-found' error when it is not a live draft. */
export function draftFlow(ctx: Ctx, id: string): DraftFlow {
  return flowOf(ctx, readable(ctx, id));
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
  const { store } = ctx;
  return store.transaction(() => {
    const r = draftForChange(ctx, id); // locked: two leaders approving at once take turns, the second sees the new state
    const state = flowStateOf(r.status, r.review);
    const refusal = refusalOf(action, state, actor, comment);
    if (refusal) throw new RegistryError(actorHoldsRole(actor, FLOW_TRANSITIONS[action].roles) ? 'locked' : 'forbidden', refusal);
    // Only an editable draft can be in the middle of someone's typing; a locked one (Chờ duyệt) is
    // approved or returned whoever still has it open.
    const lease = action === 'submit' ? liveLease(ctx, id) : null;
    if (lease && lease.client !== opts.client) throw new RegistryError('locked', heldMessage(lease, lease.holder === actor.user));
    const to = TARGET[action];
    store.run(store.db.updateTable('drafts').set({ status: to.status, review: to.review }).where('id', '=', id));
    store.run(store.db.insertInto('draft_reviews').values({ draft_id: id, at: nowIso(), user: actor.user, action, comment }));
    const next = flowStateOf(to.status, to.review);
    appendAudit(store, {
      user: actor.user, action: FLOW_TRANSITIONS[action].audit, entity: 'draft', entityId: id,
      before: { state, title: r.title }, after: { state: next, ...(comment ? { comment } : {}) },
    });
    return flowOf(ctx, { ...r, status: to.status, review: to.review });
  });
}

/** Refuses numbering draft `id` by `actor` unless it is approved (or submitted for signature) and they are văn thư. */
export function assertNumberable(ctx: Ctx, actor: FlowActor, id: string): void {
  const r = readable(ctx, id);
  const refusal = numberingRefusal(flowStateOf(r.status, r.review), actor);
  if (refusal) throw new RegistryError(actorHoldsRole(actor, NUMBERING.roles) ? 'locked' : 'forbidden', refusal);
}

/**
 * Trình ký (or its withdrawal) as `actor`: straight to Chờ cấp số, skipping Duyệt — refused unless
 * they are lãnh đạo văn phòng (the single seat's user is). Audited by ./state.ts.
 */
export function signAs(ctx: Ctx, actor: FlowActor, id: string, submitted: boolean): DraftRow {
  const refusal = submitted ? signRefusal(actor) : null;
  if (refusal) throw new RegistryError('forbidden', refusal);
  // The same context acting as `actor` (not a spread: on PostgreSQL reading `ctx.db` throws).
  const as = Object.create(ctx, { user: { value: actor.user, enumerable: true } }) as Ctx;
  return setDraftStatus(as, id, submitted ? 'submitted' : 'draft');
}

/** Which rows each queue holds. */
const QUEUE_WHERE: Record<FlowQueue, (eb: ExpressionBuilder<RegistryTables, 'drafts'>) => Expression<SqlBool>> = {
  pending: (eb) => eb.and([eb('status', '=', 'submitted'), eb('review', '=', 'pending')]),
  returned: (eb) => eb.and([eb('status', '=', 'draft'), eb('review', '=', 'returned')]),
  approved: (eb) => eb.and([eb('status', '=', 'submitted'), eb('review', '<>', 'pending')]),
};

/**
 * The drafts of one queue, oldest waiting first, as far as the person of the request sees them. The
 * returned queue of a chuyên viên holds the drafts they submitted; a lãnh đạo or quản trị sees every
 * one (so does the single seat's user).
 */
export function flowQueue(ctx: Ctx, actor: FlowActor, queue: FlowQueue): QueueItem[] {
  const spec = QUEUE_SPECS[queue];
  const { store } = ctx;
  const visible = visibleWhere(viewerOf(ctx));
  let q = store.db.selectFrom('drafts').select(['id', 'template_id', 'title', 'updated_at'])
    .where('trashed_at', 'is', null).where(QUEUE_WHERE[queue]).orderBy('updated_at').orderBy('id');
  if (visible) q = q.where(visible);
  const rows = store.all(q);
  const reviews = new Map<string, ReviewEvent[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    for (const v of store.all(store.db.selectFrom('draft_reviews').select(['draft_id', 'at', 'user', 'action', 'comment'])
      .where('draft_id', 'in', ids).orderBy('id'))) {
      const list = reviews.get(v.draft_id) ?? [];
      list.push({ at: v.at, user: v.user, action: v.action, comment: v.comment });
      reviews.set(v.draft_id, list);
    }
  }
  const everyone = actorHoldsRole(actor, ['lanh-dao', 'quan-tri']);
  return rows.map((r) => {
    const history = reviews.get(r.id) ?? [];
    const submittedBy = history.filter((v) => v.action === 'submit').at(-1)?.user ?? '';
    return {
      id: r.id, templateId: r.template_id, title: r.title, updatedAt: r.updated_at, state: spec.state,
      submittedBy, last: history.at(-1) ?? null,
    };
  }).filter((item) => queue !== 'returned' || everyone || item.submittedBy === actor.user);
}
