/**
 * Drafts as the handlers use them, kept in the registry database (tables `drafts` and
 * `draft_versions`, see main/registry/drafts/drafts.ts) and reached through `withRegistry`. The first use
 * of a data folder imports the legacy JSON drafts (`<data>/drafts/` …) once.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { UserError, type DraftRecord, type DraftSummary } from '../../common/api';
import type { DraftRow, DraftsService, DraftWithDoc } from '../registry/index';
import { folders, type ServiceContext } from './context';
import { withRegistry } from './registry';

const imported = new Set<string>();

/** The JSON folders drafts were kept in before the database. */
export function legacyFolders(ctx: ServiceContext) {
  const dir = (name: string) => path.join(ctx.dataDir, name);
  return { drafts: folders(ctx.dataDir).drafts, trash: dir('drafts-trash'), meta: dir('drafts-meta'), versions: dir('drafts-versions') };
}

/** Runs `fn` on the drafts of the data folder's registry (after the one-time legacy import). */
export function withDrafts<T>(ctx: ServiceContext, fn: (d: DraftsService) => T): Promise<T> {
  return withRegistry(ctx, (r) => {
    if (!imported.has(ctx.dataDir)) {
      r.drafts.importLegacy(legacyFolders(ctx));
      imported.add(ctx.dataDir);
    }
    return fn(r.drafts);
  });
}

/** A new draft id: date and random part ("20261122-3f9a1c"). */
export function newDraftId(): string {
  return `${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${crypto.randomBytes(4).toString('hex')}`;
}

/** A database row as the contract lists it. */
export function summaryOf(row: DraftRow): DraftSummary {
  return {
    id: row.id, templateId: row.templateId, title: row.title, updatedAt: row.updatedAt,
    ...(row.registeredAs ? { registeredAs: row.registeredAs } : {}), owner: row.owner, shared: row.shared,
  };
}

/** A database row with its document as the contract returns it. */
export function recordOf(row: DraftWithDoc): DraftRecord {
  return { ...summaryOf(row), draft: row.doc };
}

/** The 'not-found' error of a missing draft. */
export function draftNotFound(): UserError {
  return new UserError('not-found', 'Không tìm thấy dự thảo này (có thể đã bị xóa).');
}

/** Reads a live draft; 'not-found' error when missing, a clear error naming it when unreadable. */
export async function readDraft(ctx: ServiceContext, id: string): Promise<DraftRecord> {
  const row = await withDrafts(ctx, (d) => d.get(id));
  if (!row) throw draftNotFound();
  return recordOf(row);
}

/** Writes a new draft (from a template, or a copy); `updatedAt` is the time of the write. */
export async function writeDraft(ctx: ServiceContext, rec: Omit<DraftRecord, 'updatedAt' | 'registeredAs'>): Promise<DraftSummary> {
  const row = await withDrafts(ctx, (d) => d.create({ id: rec.id, templateId: rec.templateId, title: rec.title, doc: rec.draft }));
  return summaryOf(row);
}

/** Lists live drafts, newest first; `query` matches the title without tone marks. */
export async function listDraftSummaries(ctx: ServiceContext, query = '', limit?: number): Promise<DraftSummary[]> {
  return (await withDrafts(ctx, (d) => d.list({ query, limit }))).map(summaryOf);
}
