/**
 * Saving a draft's document with its version history: each save is one transaction (document and
 * version together). A version is kept at most every 2 minutes unless forced (checkpoint), 60 per
 * draft (oldest dropped); restoring keeps the current state as a version first.
 *
 * Every save bumps the draft's revision and records who saved. A save that names the revision it
 * started from (`expect`, the editor's saves) is checked against it and against the edit lease
 * (./lease.ts): when another client saved since, or holds the lease, nothing is overwritten — the
 * text of this save is kept as a new draft (a copy the user can open) and the answer says who saved
 * and when (./conflict.ts). The save locks the draft's row before reading its revision (PostgreSQL
 * `FOR UPDATE`; SQLite's BEGIN IMMEDIATE holds the whole file), so of two clients saving from the same
 * revision at the same moment exactly one wins and the other's text becomes the copy.
 */
import type { Ctx } from '../context';
import { assertEditable, draftForChange, getDraft, parseDoc, rawDraft, readDraftRow, toDraftRow, writeDoc } from './drafts';
import { RegistryError } from '../errors';
import type { SaveConflict } from '../../../common/api/domains/office-flow';
import { keepConflictCopy, type Revision } from './conflict';
import { liveLease } from './lease';
import { assertVisible, viewerOf } from './visibility';
import type { DraftContent, DraftRow, DraftVersionRow, DraftWithDoc, VersionMode } from './types';

/** Versions kept per draft (oldest dropped first). */
export const MAX_VERSIONS = 60;
/** Autosaves closer than this to the last version do not make a new one, ms. */
export const VERSION_EVERY_MS = 2 * 60_000;

function versionRows(ctx: Ctx, id: string): DraftVersionRow[] {
  const { store } = ctx;
  return store.all(store.db.selectFrom('draft_versions').select(['version', 'saved_at as savedAt', 'size'])
    .where('draft_id', '=', id).orderBy('version', 'desc'));
}

/** The versions of a draft, newest first; 'forbidden' when the person may not see the draft. */
export function listVersions(ctx: Ctx, id: string): DraftVersionRow[] {
  const r = rawDraft(ctx, id) ?? rawDraft(ctx, id, true);
  if (r) assertVisible(viewerOf(ctx), r);
  return versionRows(ctx, id);
}

/** Keeps `doc` (JSON text) as a version unless `mode` says not now; returns the version id or null. Caller's transaction. */
export function addVersion(ctx: Ctx, id: string, doc: string, mode: VersionMode, now = Date.now()): string | null {
  if (mode === 'none') return null;
  const all = versionRows(ctx, id);
  if (mode === 'auto' && all[0] && now - Date.parse(all[0].savedAt) < VERSION_EVERY_MS) return null;
  const stamp = now.toString(36).padStart(9, '0');
  let n = all.length;
  while (all.some((v) => v.version === `${stamp}-${n.toString(36)}`)) n++;
  const version = `${stamp}-${n.toString(36)}`;
  const { store } = ctx;
  store.run(store.db.insertInto('draft_versions').values({ draft_id: id, version, saved_at: new Date(now).toISOString(), size: doc.length, doc }));
  store.run(store.db.deleteFrom('draft_versions').where('draft_id', '=', id).where('version', 'not in', (eb) => eb.selectFrom('draft_versions')
    .select('version').where('draft_id', '=', id).orderBy('version', 'desc').limit(MAX_VERSIONS)));
  return version;
}

/** What a save of the editor names: the revision it started from and its window (the lease's client). */
export interface SaveExpectation { revision: number; client: string }

/** What a save did: the row, the version kept, the draft's revision now, and a conflict when refused. */
export interface SaveResult { row: DraftRow; version: string | null; revision: number; conflict?: SaveConflict }

/** Bumps the revision of draft `id` and records who saved (inside the caller's transaction); returns it. */
function bumpRevision(ctx: Ctx, id: string): number {
  const { store } = ctx;
  return store.first(store.db.updateTable('drafts').set((eb) => ({ revision: eb('revision', '+', 1), saved_by: ctx.user }))
    .where('id', '=', id).returning('revision'))!.revision;
}

/**
 * Saves the document of an editable draft and, per `mode`, a version — one transaction. While the
 * draft is submitted, a save that changes nothing is accepted (and writes nothing). With `expect`,
 * a save from a stale revision, or from a client that does not hold a live lease held by another,
 * overwrites nothing: its text is kept as a copy and the result carries the conflict.
 */
export function saveDraftDoc(ctx: Ctx, id: string, content: DraftContent, mode: VersionMode, expect?: SaveExpectation): SaveResult {
  const doc = JSON.stringify(content.doc);
  return ctx.store.transaction(() => {
    const r = draftForChange(ctx, id); // locked: a concurrent save of this draft waits, then sees this one's revision
    const rev: Revision = { revision: r.revision, savedBy: r.saved_by, updatedAt: r.updated_at };
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
    return { row: readDraftRow(ctx, id)!, version, revision };
  });
}

/** Restores a version: `prepare` checks it and gives its title; the current state becomes a version first. */
export function restoreVersion(ctx: Ctx, id: string, version: string, prepare: (doc: unknown) => DraftContent): DraftWithDoc {
  const { store } = ctx;
  return store.transaction(() => {
    const r = draftForChange(ctx, id);
    assertEditable(r);
    const v = store.first(store.db.selectFrom('draft_versions').select('doc').where('draft_id', '=', id).where('version', '=', version));
    if (!v) throw new RegistryError('not-found', 'Không tìm thấy phiên bản này.');
    const next = prepare(parseDoc(v.doc, `Phiên bản ${version} của dự thảo "${r.title}"`));
    addVersion(ctx, id, r.doc, 'force');
    writeDoc(ctx, id, next.title, JSON.stringify(next.doc));
    bumpRevision(ctx, id);
    return getDraft(ctx, id)!;
  });
}
