/**
 * Files the editor keeps beside the drafts (JSON, written atomically like the drafts themselves):
 * versions in `<data>/drafts-versions/<id>/<version>.json`, workflow state in
 * `<data>/drafts-meta/<id>.json`, the recycle bin in `<data>/drafts-trash/<id>.json`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DraftRecord, DraftSummary } from '../../common/api';
import type { DraftMeta, DraftVersion } from '../../common/api/domains/editor';
import { folders, type ServiceContext } from './context';
import { readJson, writeJson } from './json-store';

/** Versions kept per draft (oldest dropped first). */
export const MAX_VERSIONS = 60;
/** Autosaves closer than this to the last version do not make a new one, ms. */
export const VERSION_EVERY_MS = 2 * 60_000;

/** The editor's folders. */
export function editorFolders(ctx: ServiceContext) {
  return {
    versions: path.join(ctx.dataDir, 'drafts-versions'),
    meta: path.join(ctx.dataDir, 'drafts-meta'),
    trash: path.join(ctx.dataDir, 'drafts-trash'),
    drafts: folders(ctx.dataDir).drafts,
    exports: folders(ctx.dataDir).exports,
  };
}

/** The versions of a draft, newest first. */
export function listVersions(ctx: ServiceContext, id: string): DraftVersion[] {
  const dir = path.join(editorFolders(ctx).versions, id);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().reverse().map((f) => {
    const st = fs.statSync(path.join(dir, f));
    return { version: f.slice(0, -5), savedAt: st.mtime.toISOString(), size: st.size };
  });
}

/** Saves a version of a draft document (unless one was saved recently and `force` is false). */
export function saveVersion(ctx: ServiceContext, id: string, draft: unknown, force: boolean): string | null {
  const all = listVersions(ctx, id);
  if (!force && all[0] && Date.now() - Date.parse(all[0].savedAt) < VERSION_EVERY_MS) return null;
  const version = `${Date.now().toString(36).padStart(9, '0')}-${all.length.toString(36)}`;
  const dir = path.join(editorFolders(ctx).versions, id);
  writeJson(path.join(dir, `${version}.json`), draft);
  for (const old of all.slice(MAX_VERSIONS - 1)) fs.rmSync(path.join(dir, `${old.version}.json`), { force: true });
  return version;
}

/** Reads one version's draft, or null. */
export function readVersion(ctx: ServiceContext, id: string, version: string): unknown {
  return readJson<unknown>(path.join(editorFolders(ctx).versions, id, `${version}.json`), null);
}

/** The workflow state of a draft. */
export function readMeta(ctx: ServiceContext, id: string): DraftMeta {
  return readJson<DraftMeta>(path.join(editorFolders(ctx).meta, `${id}.json`), { id, status: 'draft' });
}

/** Writes the workflow state. */
export function writeMeta(ctx: ServiceContext, meta: DraftMeta): DraftMeta {
  writeJson(path.join(editorFolders(ctx).meta, `${meta.id}.json`), meta);
  return meta;
}

/** Drafts in the recycle bin, most recently changed first. */
export function listTrash(ctx: ServiceContext): DraftSummary[] {
  const dir = editorFolders(ctx).trash;
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => {
    const { draft: _d, ...s } = readJson<DraftRecord>(path.join(dir, f), {} as DraftRecord);
    return s;
  }).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
