/**
 * Saving a draft's document with its version history: each save is one transaction (document and
 * version together). A version is kept at most every 2 minutes unless forced (checkpoint), 60 per
 * draft (oldest dropped); restoring keeps the current state as a version first.
 *
 * Every save bumps the draft's revision and records who saved. A save that names the revision it
 * started from (`expect`, the editor's saves) is checked against it and against the edit lease
 * (./lease.ts): when another client saved since, or holds the lease, nothing is overwritten — the
 * text of this save is kept as a new draft (a copy the user can open) and the answer says who saved
 * and when (./conflict.ts).
 */
import type { Ctx } from '../context';
import { assertEditable, draftForChange, getDraft, getDraftRow, parseDoc, toDraftRow, writeDoc } from './drafts';
import { RegistryError } from '../errors';
import { stmt } from '../sql';
import type { SaveConflict } from '../../../common/api/domains/office-flow';
import { keepConflictCopy, revisionOf } from './conflict';
import { liveLease } from './lease';
import type { DraftContent, DraftRow, DraftVersionRow, DraftWithDoc, VersionMode } from './types';

/** Versions kept per draft (oldest dropped first). */
export const MAX_VERSIONS = 60;
/** Autosaves closer than this to the last version do not make a new one, ms. */
export const VERSION_EVERY_MS = 2 * 60_000;

/** The versions of a draft, newest first. */
export function listVersions(ctx: Ctx, id: string): DraftVersionRow[] {
  return stmt(ctx.db, 'SELECT version, saved_at AS savedAt, size FROM draft_versions WHERE draft_id = ? ORDER BY version DESC').all(id) as DraftVersionRow[];
}

/** Keeps `doc` (JSON text) as a version unless `mode` says not now; returns the version id or null. Caller's transaction. */
export function addVersion(ctx: Ctx, id: string, doc: string, mode: VersionMode, now = Date.now()): string | null {
  if (mode === 'none') return null;
  const all = listVersions(ctx, id);
  if (mode === 'auto' && all[0] && now - Date.parse(all[0].savedAt) < VERSION_EVERY_MS) return null;
  const stamp = now.toString(36).padStart(9, '0');
  let n = all.length;
  while (all.some((v) => v.version === `${stamp}-${n.toString(36)}`)) n++;
  const version = `${stamp}-${n.toString(36)}`;
  stmt(ctx.db, 'INSERT INTO draft_versions (draft_id, version, saved_at, size, doc) VALUES (?, ?, ?, ?, ?)')
    .run(id, version, new Date(now).toISOString(), doc.length, doc);
  stmt(ctx.db, `DELETE FROM draft_versions WHERE draft_id = @id AND version NOT IN
    (SELECT version FROM draft_versions WHERE draft_id = @id ORDER BY version DESC LIMIT ${MAX_VERSIONS})`).run({ id });
  return version;
}

/** What a save of the editor names: the revision it started from and its window (the lease's client). */
export interface SaveExpectation { revision: number; client: string }

/** What a save did: the row, the version kept, the draft's revision now, and a conflict when refused. */
export interface SaveResult { row: DraftRow; version: string | null; revision: number; conflict?: SaveConflict }

/** Bumps the revision of draft `id` and records who saved (inside the caller's transaction); returns it. */
function bumpRevision(ctx: Ctx, id: string): number {
  stmt(ctx.db, 'UPDATE drafts SET revision = revision + 1, saved_by = ? WHERE id = ?').run(ctx.user, id);
  return revisionOf(ctx, id).revision;
}

/**
 * Saves the document of an editable draft and, per `mode`, a version — one transaction. While the
 * draft is submitted, a save that changes nothing is accepted (and writes nothing). With `expect`,
 * a save from a stale revision, or from a client that does not hold a live lease held by another,
 * overwrites nothing: its text is kept as a copy and the result carries the conflict.
 */
export function saveDraftDoc(ctx: Ctx, id: string, content: DraftContent, mode: VersionMode, expect?: SaveExpectation): SaveResult {
  const doc = JSON.stringify(content.doc);
  return ctx.db.transaction(() => {
    const r = draftForChange(ctx, id);
    const rev = revisionOf(ctx, id);
    if (r.doc === doc && (r.status === 'submitted' || expect) && !r.registered_as) return { row: toDraftRow(r), version: null, revision: rev.revision };
    if (expect) {
      const lease = liveLease(ctx, id);
      const taken = lease && lease.client !== expect.client ? lease : null;
      const stale = rev.revision !== expect.revision;
      if (taken || stale) {
        const conflict = keepConflictCopy(ctx, r, content, rev, stale, taken);
        return { row: toDraftRow(r), version: null, revision: rev.revision, conflict };
      }
    }
    assertEditable(r);
    writeDoc(ctx, id, content.title, doc);
    const revision = bumpRevision(ctx, id);
    const version = addVersion(ctx, id, doc, mode);
    return { row: getDraftRow(ctx, id)!, version, revision };
  }).immediate();
}

/** Restores a version: `prepare` checks it and gives its title; the current state becomes a version first. */
export function restoreVersion(ctx: Ctx, id: string, version: string, prepare: (doc: unknown) => DraftContent): DraftWithDoc {
  return ctx.db.transaction(() => {
    const r = draftForChange(ctx, id);
    assertEditable(r);
    const v = stmt(ctx.db, 'SELECT doc FROM draft_versions WHERE draft_id = ? AND version = ?').get(id, version) as { doc: string } | undefined;
    if (!v) throw new RegistryError('not-found', 'Không tìm thấy phiên bản này.');
    const next = prepare(parseDoc(v.doc, `Phiên bản ${version} của dự thảo "${r.title}"`));
    addVersion(ctx, id, r.doc, 'force');
    writeDoc(ctx, id, next.title, JSON.stringify(next.doc));
    bumpRevision(ctx, id);
    return getDraft(ctx, id)!;
  }).immediate();
}
