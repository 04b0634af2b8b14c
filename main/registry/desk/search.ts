/**
 * Desk search over both registers: the FTS5 match of ../search.ts (diacritics-insensitive) plus the
 * filters of the search screen (register, book, type, sender, date range, status), newest first.
 */
import type { DeskHit } from '../../../common/api/domains/desk-types';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { ftsQuery } from '../search';
import { stmt } from '../sql';

/** A desk search request. */
export interface DeskSearchQuery {
  text: string; register?: 'in' | 'out' | 'all'; bookId?: number; typeCode?: string; sender?: string;
  from?: string; to?: string; status?: string; limit?: number;
}

const OUT = `SELECT 'out' AS register, e.id, e.number, e.doc_date AS date, e.summary, '' AS sender, e.status,
  e.file_path IS NOT NULL AS hasFile FROM out_entries e`;
const OUT_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.type_code = @type) AND @sender IS NULL
  AND (@from IS NULL OR e.doc_date >= @from) AND (@to IS NULL OR e.doc_date <= @to) AND (@status IS NULL OR e.status = @status)`;
const IN = `SELECT 'in' AS register, e.id, CASE WHEN e.sender_number <> '' THEN e.sender_number ELSE 'Số đến ' || e.serial END AS number,
  e.received_date AS date, e.summary, e.sender, e.status,
  EXISTS (SELECT 1 FROM in_attachments a WHERE a.entry_id = e.id) AS hasFile FROM in_entries e`;
const IN_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.sender_number LIKE '%-' || @type || '/%')
  AND (@sender IS NULL OR e.sender LIKE '%' || @sender || '%') AND (@from IS NULL OR e.received_date >= @from)
  AND (@to IS NULL OR e.received_date <= @to) AND (@status IS NULL OR e.status = @status)`;

/** Searches both registers; an empty text lists by the filters alone. */
export function deskSearch(ctx: Ctx, q: DeskSearchQuery): DeskHit[] {
  const match = q.text.trim() ? ftsQuery(q.text) : null;
  if (q.text.trim() && !match) return [];
  const p = {
    match, book: q.bookId ?? null, type: q.typeCode ?? null, sender: q.sender || null, from: q.from ?? null, to: q.to ?? null,
    status: q.status ?? null, limit: q.limit ?? 100,
  };
  const run = (cols: string, table: string, where: string): DeskHit[] => (stmt(ctx.db, match === null
    ? `${cols} WHERE ${where} ORDER BY e.id DESC LIMIT @limit`
    : `${cols} JOIN ${table}_fts f ON f.rowid = e.id WHERE ${table}_fts MATCH @match AND ${where} ORDER BY f.rowid DESC LIMIT @limit`)
    .all(p) as (Omit<DeskHit, 'id' | 'hasFile'> & { id: number; hasFile: number })[])
    .map((h) => ({ ...h, id: String(h.id), hasFile: Boolean(h.hasFile) }));
  const hits: DeskHit[] = [];
  if (q.register !== 'in') hits.push(...run(OUT, 'out_entries', OUT_WHERE));
  if (q.register !== 'out') hits.push(...run(IN, 'in_entries', IN_WHERE));
  hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return hits.slice(0, p.limit);
}

/** The folded words of a query, for highlighting matches in results. */
export function queryWords(text: string): string[] {
  return foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
