/** Drafts kept as JSON files in `<data>/drafts/<id>.json`, each with its list metadata. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserError, type DraftRecord, type DraftSummary } from '../../common/api';
import { folders, type ServiceContext } from './context';
import { readJson, writeJson } from './json-store';

function fileOf(ctx: ServiceContext, id: string): string {
  return path.join(folders(ctx.dataDir).drafts, `${id}.json`);
}

/** A new draft id: date and random part ("20261122-3f9a1c"). */
export function newDraftId(): string {
  return `${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${crypto.randomBytes(4).toString('hex')}`;
}

/** Reads a draft; 'not-found' error when missing. */
export function readDraft(ctx: ServiceContext, id: string): DraftRecord {
  const rec = readJson<DraftRecord | null>(fileOf(ctx, id), null);
  if (!rec) throw new UserError('not-found', 'Không tìm thấy dự thảo này (có thể đã bị xóa).');
  return rec;
}

/** Writes a draft record. */
export function writeDraft(ctx: ServiceContext, rec: DraftRecord): DraftSummary {
  writeJson(fileOf(ctx, rec.id), rec);
  const { draft: _draft, ...summary } = rec;
  return summary;
}

/** Lists drafts, newest first. */
export function listDrafts(ctx: ServiceContext): DraftSummary[] {
  const dir = folders(ctx.dataDir).drafts;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const { draft: _d, ...s } = readJson<DraftRecord>(path.join(dir, f), {} as DraftRecord);
      return s;
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Deletes a draft; false when it did not exist. */
export function deleteDraft(ctx: ServiceContext, id: string): boolean {
  const f = fileOf(ctx, id);
  if (!fs.existsSync(f)) return false;
  fs.rmSync(f);
  return true;
}
