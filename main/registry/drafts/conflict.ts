/**
 * A save that lost: another client saved a newer revision, or holds the edit lease. Nothing typed is
 * lost — the losing text becomes a new draft (same template, title "… (bản của <user> lúc HH:MM)"),
 * in the save's transaction, and the answer names who saved last and when, and the copy to open.
 */
import { randomUUID } from 'node:crypto';
import type { SaveConflict } from '../../../common/api/domains/office-flow';
import { clockTime } from '../../../common/rules/office-flow';
import type { Ctx } from '../context';
import type { RawDraft } from './drafts';
import { insertDraft } from './drafts';
import type { DraftLease } from './lease';
import { heldMessage } from './lease';
import type { DraftContent } from './types';

/** A draft's revision (bumped by every save), who saved it last and when. */
export interface Revision { revision: number; savedBy: string; updatedAt: string }

/** The revision of draft `id` (0 and '' for a draft never saved since migration 6). */
export function revisionOf(ctx: Ctx, id: string): Revision {
  const { store } = ctx;
  return store.first(store.db.selectFrom('drafts').select(['revision', 'saved_by as savedBy', 'updated_at as updatedAt']).where('id', '=', id))!;
}

/**
 * Keeps `content` as a new draft and describes the conflict (inside the save's transaction): a newer
 * revision saved by someone (`stale`) is named first, else the lease another client holds.
 */
export function keepConflictCopy(ctx: Ctx, r: RawDraft, content: DraftContent, rev: Revision, stale: boolean, lease: DraftLease | null): SaveConflict {
  const now = new Date();
  const copyTitle = `${content.title} (bản của ${ctx.user} lúc ${clockTime(now.toISOString())})`.slice(0, 200);
  const copyId = randomUUID();
  insertDraft(ctx, { id: copyId, templateId: r.template_id, title: copyTitle, doc: content.doc });
  const kept = `bản của bạn được giữ thành bản sao "${copyTitle}".`;
  if (!stale && lease) {
    return { kind: 'leased', message: `${heldMessage(lease, lease.holder === ctx.user).replace(/\.$/, '')}; ${kept}`, by: lease.holder, at: lease.expiresAt, copyId, copyTitle };
  }
  const by = rev.savedBy || 'một người khác';
  return { kind: 'stale', message: `Bản thảo đã được lưu bởi ${by} lúc ${clockTime(rev.updatedAt)}; ${kept}`, by, at: rev.updatedAt, copyId, copyTitle };
}
