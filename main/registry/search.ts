/**
 * Search over both registers: FTS5 (unicode61, remove_diacritics 2) over the folded shadow column,
 * so "nghi quyet tu tuong" finds "Nghị quyết … tư tưởng", "dang uy" finds "Đảng ủy" and "88-KL/TU"
 * finds its entry. The type filter matches the type code of outgoing numbers and of the incoming
 * documents' own symbols. Each word of the query becomes a quoted FTS phrase (a symbol with "-" or "/"
 * becomes the phrase of its parts); the phrases are ANDed. Filters: book, type, dates, status, overdue.
 */
import { foldVietnamese } from '../../common/text/normalize';
import type { Ctx } from './context';
import { stmt, todayIso } from './sql';
import type { SearchHit, SearchQuery } from './types';

const OUT_COLS = "SELECT 'out' AS register, e.id, e.book_id AS bookId, e.number, e.doc_date AS date, e.summary, e.status";
const OUT_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.type_code = @type)
  AND (@from IS NULL OR e.doc_date >= @from) AND (@to IS NULL OR e.doc_date <= @to) AND (@status IS NULL OR e.status = @status)`;
const IN_COLS = `SELECT 'in' AS register, e.id, e.book_id AS bookId,
  CASE WHEN e.sender_number <> '' THEN e.sender_number ELSE CAST(e.serial AS TEXT) END AS number,
  e.received_date AS date, e.summary, e.status`;
const IN_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.sender_number LIKE '%-' || @type || '/%')
  AND (@from IS NULL OR e.received_date >= @from) AND (@to IS NULL OR e.received_date <= @to) AND (@status IS NULL OR e.status = @status)
  AND (@overdue = 0 OR (e.status <> 'đã xử lý' AND e.deadline <> '' AND e.deadline < @today))`;

/** Builds the FTS5 MATCH expression of a user's query; null when it has no searchable word. */
export function ftsQuery(text: string): string | null {
  const phrases = foldVietnamese(text).split(/\s+/u)
    .map((word) => word.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' '))
    .filter(Boolean)
    .map((p) => `"${p.replace(/"/g, '""')}"`);
  return phrases.length ? phrases.join(' AND ') : null;
}

/**
 * Searches the registers: the `limit` (default 200) most recently registered matches of each
 * register (FTS rowid order, so a common word does not sort the whole table), then by date, newest first.
 */
export function search(ctx: Ctx, q: SearchQuery): SearchHit[] {
  const match = q.text ? ftsQuery(q.text) : null;
  if (q.text && !match) return [];
  const p = {
    match, book: q.bookId ?? null, type: q.typeCode ?? null, from: q.from ?? null, to: q.to ?? null, status: q.status ?? null,
    overdue: q.overdue ? 1 : 0, today: todayIso(), limit: q.limit ?? 200,
  };
  const hits: SearchHit[] = [];
  const register = q.register ?? 'all';
  if (register !== 'in' && !q.overdue) {
    hits.push(...(stmt(ctx.db, match === null ? `${OUT_COLS} FROM out_entries e WHERE ${OUT_WHERE} ORDER BY e.id DESC LIMIT @limit`
      : `${OUT_COLS} FROM out_entries_fts f JOIN out_entries e ON e.id = f.rowid WHERE out_entries_fts MATCH @match AND ${OUT_WHERE}
        ORDER BY f.rowid DESC LIMIT @limit`).all(p) as SearchHit[]));
  }
  if (register !== 'out') {
    hits.push(...(stmt(ctx.db, match === null ? `${IN_COLS} FROM in_entries e WHERE ${IN_WHERE} ORDER BY e.id DESC LIMIT @limit`
      : `${IN_COLS} FROM in_entries_fts f JOIN in_entries e ON e.id = f.rowid WHERE in_entries_fts MATCH @match AND ${IN_WHERE}
        ORDER BY f.rowid DESC LIMIT @limit`).all(p) as SearchHit[]));
  }
  hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  return hits;
}
