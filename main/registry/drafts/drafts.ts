/**
 * Drafts in the registry database: reading (a document that cannot be parsed gives an error naming
 * the draft, never a crash of the list), writing, the recycle bin, the workflow state and the lock
 * (an issued draft never changes; a submitted one waits for "Rút lại để sửa"). Written on the store
 * (docs/query-layer.md): the same code on SQLite and PostgreSQL. On the office server a person sees
 * only the drafts of ./visibility.ts.
 */
import { foldVietnamese } from '../../../common/text/normalize';
import type { ReviewMark } from '../../../common/rules/office-flow';
import type { Ctx } from '../context';
import { queryPhrases, textMatches } from '../search';
import { RegistryError } from '../errors';
import { nowIso } from '../sql';
import type { DraftFile, DraftRow, DraftState, DraftWithDoc, NewDraft } from './types';
import { assertVisible, viewerOf, visibleWhere } from './visibility';

/** A raw `drafts` row (the columns the drafts' code reads). */
export interface RawDraft {
  id: string; template_id: string; title: string; doc: string; status: DraftState; registered_as: string | null;
  outgoing_id: number | null; files: string | null; created_at: string; updated_at: string; trashed_at: string | null;
  review: ReviewMark; revision: number; saved_by: string; owner: string; shared: number;
}

const COLUMNS = [
  'id', 'template_id', 'title', 'status', 'registered_as', 'outgoing_id', 'files', 'created_at', 'updated_at', 'trashed_at',
  'review', 'owner', 'shared',
] as const;
const ALL = [...COLUMNS, 'doc', 'revision', 'saved_by'] as const;

/** Maps a raw row to plain data (without the document). */
export function toDraftRow(r: Omit<RawDraft, 'doc' | 'revision' | 'saved_by'>): DraftRow {
  return {
    id: r.id, templateId: r.template_id, title: r.title, status: r.status, registeredAs: r.registered_as,
    outgoingId: r.outgoing_id, files: r.files ? (JSON.parse(r.files) as DraftFile[]) : null,
    createdAt: r.created_at, updatedAt: r.updated_at, trashedAt: r.trashed_at, owner: r.owner, shared: r.shared === 1,
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

/**
 * The raw row of a live (or trashed) draft, or null, whoever may see it. `lock`: locked until the
 * transaction ends (PostgreSQL `FOR UPDATE`; SQLite's BEGIN IMMEDIATE already holds the file), so
 * two clients changing one draft take turns and the second reads what the first committed.
 */
export function rawDraft(ctx: Ctx, id: string, trashed = false, lock = false): RawDraft | null {
  const { store } = ctx;
  let q = store.db.selectFrom('drafts').select(ALL).where('id', '=', id).where('trashed_at', trashed ? 'is not' : 'is', null);
  if (lock && store.engine === 'postgres') q = q.forUpdate();
  return store.first(q) ?? null;
}

/** A live draft without its document, or null, whoever may see it (the registry's own reads after a write). */
export function readDraftRow(ctx: Ctx, id: string): DraftRow | null {
  const { store } = ctx;
  const r = store.first(store.db.selectFrom('drafts').select(COLUMNS).where('id', '=', id).where('trashed_at', 'is', null));
  return r ? toDraftRow(r) : null;
}

/** A live draft without its document, or null; 'forbidden' when the person may not see it. */
export function getDraftRow(ctx: Ctx, id: string): DraftRow | null {
  const r = rawDraft(ctx, id);
  if (r) assertVisible(viewerOf(ctx), r);
  return r && toDraftRow(r);
}

/** A draft with its parsed document, or null; 'forbidden' when the person may not see it. */
export function getDraft(ctx: Ctx, id: string, trashed = false): DraftWithDoc | null {
  const r = rawDraft(ctx, id, trashed);
  if (r) assertVisible(viewerOf(ctx), r);
  return r && { ...toDraftRow(r), doc: parseDoc(r.doc, `Dự thảo "${r.title}" (mã ${r.id})`) };
}

/**
 * Live drafts (or the recycle bin) the person may see, most recently saved first; a query keeps those
 * whose title holds every word at the start of one of its words, without tone marks (the rule of ../search.ts).
 */
export function listDrafts(ctx: Ctx, opts: { query?: string; limit?: number; trashed?: boolean } = {}): DraftRow[] {
  const phrases = queryPhrases(opts.query ?? '');
  if ((opts.query ?? '').trim() && !phrases.length) return []; // punctuation only: nothing to find
  const { store } = ctx;
  const visible = visibleWhere(viewerOf(ctx));
  let q = store.db.selectFrom('drafts').select(COLUMNS).where('trashed_at', opts.trashed ? 'is not' : 'is', null)
    .orderBy('updated_at', 'desc').orderBy('id');
  if (visible) q = q.where(visible);
  if (!phrases.length && opts.limit !== undefined) q = q.limit(opts.limit);
  const rows = store.all(q);
  const kept = phrases.length ? rows.filter((r) => textMatches(r.title, phrases)) : rows;
  return kept.slice(0, opts.limit ?? kept.length).map(toDraftRow);
}

/** Refuses a change to an issued draft, and (unless `submittedOk`) to a submitted one. */
export function assertEditable(r: Pick<RawDraft, 'registered_as' | 'status'>, submittedOk = false): void {
  if (r.registered_as) throw new RegistryError('locked', `Văn bản đã được cấp số ${r.registered_as} và khóa; không sửa được nữa.`);
  if (r.status === 'submitted' && !submittedOk) {
    throw new RegistryError('locked', 'Dự thảo đã trình ký nên đang khóa; bấm "Rút lại để sửa" nếu cần sửa tiếp.');
  }
}

/**
 * The live draft `id` for a change, locked until the transaction ends (PostgreSQL); a 'not-found'
 * error when there is none, 'forbidden' when the person may not see it.
 */
export function draftForChange(ctx: Ctx, id: string): RawDraft {
  const r = lockedDraft(ctx, id);
  if (!r) throw new RegistryError('not-found', 'Không tìm thấy dự thảo này (có thể đã bị xóa).');
  return r;
}

/**
 * The live draft `id` (or the one in the recycle bin, when `trashed`) for a change, locked as
 * draftForChange does; null when there is none, 'forbidden' when the person may not see it.
 */
export function lockedDraft(ctx: Ctx, id: string, trashed = false): RawDraft | null {
  const r = rawDraft(ctx, id, trashed, true);
  if (r) assertVisible(viewerOf(ctx), r);
  return r;
}

/** Writes title and document text of a draft (inside the caller's transaction). */
export function writeDoc(ctx: Ctx, id: string, title: string, doc: string, at = nowIso()): void {
  const { store } = ctx;
  store.run(store.db.updateTable('drafts').set({ title, title_folded: foldVietnamese(title), doc, updated_at: at }).where('id', '=', id));
}

/** Inserts a new draft (status 'draft', owned by the registry's user of the call); one statement. */
export function insertDraft(ctx: Ctx, d: NewDraft, at = nowIso()): DraftRow {
  const { store } = ctx;
  store.run(store.db.insertInto('drafts').values({
    id: d.id, template_id: d.templateId, title: d.title, title_folded: foldVietnamese(d.title), doc: JSON.stringify(d.doc),
    created_at: at, updated_at: at, owner: ctx.user,
  }));
  return readDraftRow(ctx, d.id)!;
}
