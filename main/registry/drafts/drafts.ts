/**
 * Drafts in the registry database: reading (a document that cannot be parsed gives an error naming
 * the draft, never a crash of the list), writing, the recycle bin, the workflow state and the lock
 * (an issued draft never changes; a submitted one waits for "Rút lại để sửa").
 */
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { queryPhrases, textMatches } from '../search';
import { RegistryError } from '../errors';
import { nowIso, stmt } from '../sql';
import type { DraftFile, DraftRow, DraftState, DraftWithDoc, NewDraft } from './types';

/** A raw `drafts` row. */
export interface RawDraft {
  id: string; template_id: string; title: string; doc: string; status: DraftState; registered_as: string | null;
  outgoing_id: number | null; files: string | null; created_at: string; updated_at: string; trashed_at: string | null;
}

const COLUMNS = 'id, template_id, title, status, registered_as, outgoing_id, files, created_at, updated_at, trashed_at';

/** Maps a raw row to plain data (without the document). */
export function toDraftRow(r: Omit<RawDraft, 'doc'>): DraftRow {
  return {
    id: r.id, templateId: r.template_id, title: r.title, status: r.status, registeredAs: r.registered_as,
    outgoingId: r.outgoing_id, files: r.files ? (JSON.parse(r.files) as DraftFile[]) : null,
    createdAt: r.created_at, updatedAt: r.updated_at, trashedAt: r.trashed_at,
  };
}

/** Parses a stored document; an unreadable one gives an 'invalid' error naming the draft. */
export function parseDoc(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RegistryError('invalid', `${what} bị hỏng: nội dung đã lưu không đọc được (${(e as Error).message}). `
      + 'Các dự thảo khác không bị ảnh hưởng; hãy khôi phục từ bản sao lưu hoặc báo cán bộ kỹ thuật.');
  }
}

/** The raw row of a live (or trashed) draft, or null. */
export function rawDraft(ctx: Ctx, id: string, trashed = false): RawDraft | null {
  const sql = `SELECT * FROM drafts WHERE id = ? AND trashed_at IS ${trashed ? 'NOT NULL' : 'NULL'}`;
  return (stmt(ctx.db, sql).get(id) as RawDraft | undefined) ?? null;
}

/** A live draft without its document, or null. */
export function getDraftRow(ctx: Ctx, id: string): DraftRow | null {
  const r = stmt(ctx.db, `SELECT ${COLUMNS} FROM drafts WHERE id = ? AND trashed_at IS NULL`).get(id) as RawDraft | undefined;
  return r ? toDraftRow(r) : null;
}

/** A draft with its parsed document, or null. */
export function getDraft(ctx: Ctx, id: string, trashed = false): DraftWithDoc | null {
  const r = rawDraft(ctx, id, trashed);
  return r && { ...toDraftRow(r), doc: parseDoc(r.doc, `Dự thảo "${r.title}" (mã ${r.id})`) };
}

/**
 * Live drafts (or the recycle bin), most recently saved first; a query keeps those whose title holds
 * every word at the start of one of its words, without tone marks (the rule of ./search.ts).
 */
export function listDrafts(ctx: Ctx, opts: { query?: string; limit?: number; trashed?: boolean } = {}): DraftRow[] {
  const phrases = queryPhrases(opts.query ?? '');
  if ((opts.query ?? '').trim() && !phrases.length) return []; // punctuation only: nothing to find
  const sql = `SELECT ${COLUMNS} FROM drafts WHERE trashed_at IS ${opts.trashed ? 'NOT NULL' : 'NULL'}
    ORDER BY updated_at DESC, id LIMIT @limit`;
  const rows = stmt(ctx.db, sql).all({ limit: phrases.length ? -1 : opts.limit ?? -1 }) as RawDraft[];
  const kept = phrases.length ? rows.filter((r) => textMatches(r.title, phrases)) : rows;
  return kept.slice(0, opts.limit ?? kept.length).map(toDraftRow);
}

/** Refuses a change to an issued draft, and (unless `submittedOk`) to a submitted one. */
export function assertEditable(r: RawDraft, submittedOk = false): void {
  if (r.registered_as) throw new RegistryError('locked', `Văn bản đã được cấp số ${r.registered_as} và khóa; không sửa được nữa.`);
  if (r.status === 'submitted' && !submittedOk) {
    throw new RegistryError('locked', 'Dự thảo đã trình ký nên đang khóa; bấm "Rút lại để sửa" nếu cần sửa tiếp.');
  }
}

/** The live draft `id` for a change, or a 'not-found' error. */
export function draftForChange(ctx: Ctx, id: string): RawDraft {
  const r = rawDraft(ctx, id);
  if (!r) throw new RegistryError('not-found', 'Không tìm thấy dự thảo này (có thể đã bị xóa).');
  return r;
}

/** Writes title and document text of a draft (inside the caller's transaction). */
export function writeDoc(ctx: Ctx, id: string, title: string, doc: string, at = nowIso()): void {
  stmt(ctx.db, 'UPDATE drafts SET title = ?, title_folded = ?, doc = ?, updated_at = ? WHERE id = ?').run(title, foldVietnamese(title), doc, at, id);
}

/** Inserts a new draft (status 'draft'); one statement. */
export function insertDraft(ctx: Ctx, d: NewDraft, at = nowIso()): DraftRow {
  stmt(ctx.db, `INSERT INTO drafts (id, template_id, title, title_folded, doc, created_at, updated_at)
    VALUES (@id, @templateId, @title, @folded, @doc, @at, @at)`).run({
    id: d.id, templateId: d.templateId, title: d.title, folded: foldVietnamese(d.title), doc: JSON.stringify(d.doc), at,
  });
  return getDraftRow(ctx, d.id)!;
}
