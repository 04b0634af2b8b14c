/**
 * The workflow of a draft in the database: Trình ký and its withdrawal, the recycle bin, deletion,
 * and issue — `markIssued` runs inside the transaction that writes the register row, so a number is
 * never given to a draft that stays unlocked. Trình ký (the single seat's path, one person holding
 * every role) skips the office flow's approval: it clears the review mark, so the draft waits in
 * Chờ cấp số (common/rules/office-flow.ts); a draft waiting for approval cannot be numbered.
 */
import { flowStateOf, type ReviewMark } from '../../../common/rules/office-flow';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { assertEditable, draftForChange, getDraftRow, rawDraft } from './drafts';
import { nowIso, stmt } from '../sql';
import type { DraftFile, DraftRow, DraftState } from './types';
import type { OutEntry } from '../types';

/** Sets Trình ký (submitted) or withdraws it; refused once issued. One transaction. */
export function setDraftStatus(ctx: Ctx, id: string, status: Exclude<DraftState, 'issued'>): DraftRow {
  return ctx.db.transaction(() => {
    const r = draftForChange(ctx, id);
    assertEditable(r, true);
    const review = reviewOf(ctx, id);
    stmt(ctx.db, "UPDATE drafts SET status = ?, review = 'none' WHERE id = ?").run(status, id);
    if (r.status !== status || review !== 'none') {
      appendAudit(ctx.db, {
        user: ctx.user, action: status === 'submitted' ? 'draft.submit-sign' : 'draft.withdraw-sign', entity: 'draft', entityId: id,
        before: { state: flowStateOf(r.status, review), title: r.title }, after: { state: flowStateOf(status, 'none') },
      });
    }
    return getDraftRow(ctx, id)!;
  }).immediate();
}

/** Records the files produced at issue (DOCX, PDF). */
export function setDraftFiles(ctx: Ctx, id: string, files: DraftFile[]): DraftRow {
  return ctx.db.transaction(() => {
    draftForChange(ctx, id);
    stmt(ctx.db, 'UPDATE drafts SET files = ? WHERE id = ?').run(JSON.stringify(files), id);
    return getDraftRow(ctx, id)!;
  }).immediate();
}

/** Moves a live draft to the recycle bin; false when there is none. */
export function trashDraft(ctx: Ctx, id: string): boolean {
  return stmt(ctx.db, 'UPDATE drafts SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL').run(nowIso(), id).changes > 0;
}

/** Brings a draft back from the recycle bin; null when it is not there. */
export function untrashDraft(ctx: Ctx, id: string): DraftRow | null {
  return ctx.db.transaction(() => {
    if (!rawDraft(ctx, id, true)) return null;
    stmt(ctx.db, 'UPDATE drafts SET trashed_at = NULL WHERE id = ?').run(id);
    return getDraftRow(ctx, id)!;
  }).immediate();
}

/** Deletes a live draft with its versions; false when there is none. */
export function removeDraft(ctx: Ctx, id: string): boolean {
  return ctx.db.transaction(() => {
    stmt(ctx.db, 'DELETE FROM draft_versions WHERE draft_id = ? AND EXISTS (SELECT 1 FROM drafts WHERE id = ? AND trashed_at IS NULL)').run(id, id);
    return stmt(ctx.db, 'DELETE FROM drafts WHERE id = ? AND trashed_at IS NULL').run(id).changes > 0;
  }).immediate();
}

/** The office flow's review mark of draft `id`. */
function reviewOf(ctx: Ctx, id: string): ReviewMark {
  return (stmt(ctx.db, 'SELECT review FROM drafts WHERE id = ?').get(id) as { review: ReviewMark }).review;
}

/** Checks that draft `id` can be issued (live, not yet issued, not waiting for approval); a 'not-found' or 'locked' error otherwise. */
export function assertIssuable(ctx: Ctx, id: string): void {
  assertEditable(draftForChange(ctx, id), true);
  if (reviewOf(ctx, id) === 'pending') throw new RegistryError('locked', 'Dự thảo đang chờ lãnh đạo văn phòng duyệt; chưa cấp số được.');
}

/**
 * Writes the issue into the draft — the numbered and dated document, status 'issued', the number
 * and the register row — inside the caller's transaction (the one writing that row).
 */
export function markIssued(ctx: Ctx, id: string, entry: OutEntry, numberedDoc: unknown): void {
  assertIssuable(ctx, id);
  stmt(ctx.db, `UPDATE drafts SET doc = ?, status = 'issued', registered_as = ?, outgoing_id = ?, updated_at = ? WHERE id = ?`)
    .run(JSON.stringify(numberedDoc), entry.number, entry.id, nowIso(), id);
}
