/**
 * The workflow of a draft in the database: Trình ký and its withdrawal, the recycle bin, deletion,
 * and issue — `markIssued` runs inside the transaction that writes the register row, so a number is
 * never given to a draft that stays unlocked. Trình ký (the single seat's path, one person holding
 * every role) skips the office flow's approval: it clears the review mark, so the draft waits in
 * Chờ cấp số (common/rules/office-flow.ts); a draft waiting for approval cannot be numbered.
 * Written on the store (docs/query-layer.md); each change locks the draft's row first (PostgreSQL).
 */
import { flowStateOf } from '../../../common/rules/office-flow';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { assertEditable, draftForChange, lockedDraft, readDraftRow } from './drafts';
import { nowIso } from '../sql';
import type { DraftFile, DraftRow, DraftState } from './types';
import type { OutEntry } from '../types';
import { viewerOf } from './visibility';

/** Sets Trình ký (submitted) or withdraws it; refused once issued. One transaction. */
export function setDraftStatus(ctx: Ctx, id: string, status: Exclude<DraftState, 'issued'>): DraftRow {
  const { store } = ctx;
  return store.transaction(() => {
    const r = draftForChange(ctx, id);
    assertEditable(r, true);
    store.run(store.db.updateTable('drafts').set({ status, review: 'none' }).where('id', '=', id));
    if (r.status !== status || r.review !== 'none') {
      appendAudit(store, {
        user: ctx.user, action: status === 'submitted' ? 'draft.submit-sign' : 'draft.withdraw-sign', entity: 'draft', entityId: id,
        before: { state: flowStateOf(r.status, r.review), title: r.title }, after: { state: flowStateOf(status, 'none') },
      });
    }
    return readDraftRow(ctx, id)!;
  });
}

/** Records the files produced at issue (DOCX, PDF). */
export function setDraftFiles(ctx: Ctx, id: string, files: DraftFile[]): DraftRow {
  const { store } = ctx;
  return store.transaction(() => {
    draftForChange(ctx, id);
    store.run(store.db.updateTable('drafts').set({ files: JSON.stringify(files) }).where('id', '=', id));
    return readDraftRow(ctx, id)!;
  });
}

/** Moves a live draft to the recycle bin; false when there is none. */
export function trashDraft(ctx: Ctx, id: string): boolean {
  const { store } = ctx;
  return store.transaction(() => {
    if (!lockedDraft(ctx, id)) return false;
    return store.run(store.db.updateTable('drafts').set({ trashed_at: nowIso() }).where('id', '=', id).where('trashed_at', 'is', null)).changes > 0;
  });
}

/** Brings a draft back from the recycle bin; null when it is not there. */
export function untrashDraft(ctx: Ctx, id: string): DraftRow | null {
  const { store } = ctx;
  return store.transaction(() => {
    if (!lockedDraft(ctx, id, true)) return null;
    store.run(store.db.updateTable('drafts').set({ trashed_at: null }).where('id', '=', id));
    return readDraftRow(ctx, id)!;
  });
}

/** Deletes a live draft with its versions; false when there is none. */
export function removeDraft(ctx: Ctx, id: string): boolean {
  const { store } = ctx;
  return store.transaction(() => {
    if (!lockedDraft(ctx, id)) return false;
    store.run(store.db.deleteFrom('draft_versions').where('draft_id', '=', id));
    return store.run(store.db.deleteFrom('drafts').where('id', '=', id).where('trashed_at', 'is', null)).changes > 0;
  });
}

/**
 * Checks that draft `id` can be issued (live, not yet issued, not waiting for approval); a 'not-found' or
 * 'locked' error otherwise. Inside a transaction the row stays locked until it ends (PostgreSQL).
 */
export function assertIssuable(ctx: Ctx, id: string): void {
  const r = draftForChange(ctx, id);
  assertEditable(r, true);
  if (r.review === 'pending') throw new RegistryError('locked', 'Dự thảo đang chờ lãnh đạo văn phòng duyệt; chưa cấp số được.');
}

/**
 * Writes the issue into the draft — the numbered and dated document, status 'issued', the number
 * and the register row — inside the caller's transaction (the one writing that row).
 */
export function markIssued(ctx: Ctx, id: string, entry: OutEntry, numberedDoc: unknown): void {
  assertIssuable(ctx, id);
  const { store } = ctx;
  store.run(store.db.updateTable('drafts').set({
    doc: JSON.stringify(numberedDoc), status: 'issued', registered_as: entry.number, outgoing_id: entry.id, updated_at: nowIso(),
  }).where('id', '=', id));
}

/**
 * Shares draft `id` with the other chuyên viên (or stops sharing it): only its owner may, or a quản
 * trị (and the single seat, where nobody is limited); a draft without a recorded owner is already
 * seen by every chuyên viên. Audited ('draft.share'). One transaction.
 */
export function shareDraft(ctx: Ctx, id: string, shared: boolean): DraftRow {
  const { store } = ctx;
  return store.transaction(() => {
    const r = draftForChange(ctx, id);
    const viewer = viewerOf(ctx);
    if (viewer && r.owner !== viewer.user && !viewer.roles.includes('quan-tri')) {
      throw new RegistryError('forbidden', `Chỉ người soạn (${r.owner || 'chưa ghi người soạn'}) hoặc quản trị được chia sẻ dự thảo "${r.title}".`);
    }
    if ((r.shared === 1) !== shared) {
      store.run(store.db.updateTable('drafts').set({ shared: shared ? 1 : 0 }).where('id', '=', id));
      appendAudit(store, {
        user: ctx.user, action: shared ? 'draft.share' : 'draft.unshare', entity: 'draft', entityId: id,
        before: { shared: r.shared === 1, title: r.title }, after: { shared },
      });
    }
    return readDraftRow(ctx, id)!;
  });
}
