/**
 * Saving a draft's document with its version history: each save is one transaction (document and
 * version together). A version is kept at most every 2 minutes unless forced (checkpoint), 60 per
 * draft (oldest dropped); restoring keeps the current state as a version first.
 */
import type { Ctx } from '../context';
import { assertEditable, draftForChange, getDraft, getDraftRow, parseDoc, toDraftRow, writeDoc } from './drafts';
import { RegistryError } from '../errors';
import { stmt } from '../sql';
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

/**
 * Saves the document of an editable draft and, per `mode`, a version — one transaction. While the
 * draft is submitted, a save that changes nothing is accepted (and writes nothing).
 */
export function saveDraftDoc(ctx: Ctx, id: string, content: DraftContent, mode: VersionMode): { row: DraftRow; version: string | null } {
  const doc = JSON.stringify(content.doc);
  return ctx.db.transaction(() => {
    const r = draftForChange(ctx, id);
    if (r.status === 'submitted' && !r.registered_as && r.doc === doc) return { row: toDraftRow(r), version: null };
    assertEditable(r);
    writeDoc(ctx, id, content.title, doc);
    const version = addVersion(ctx, id, doc, mode);
    return { row: getDraftRow(ctx, id)!, version };
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
    return getDraft(ctx, id)!;
  }).immediate();
}
