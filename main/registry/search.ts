/**
 * Search over both registers, and the one matching rule every search of vanthu uses (registers,
 * drafts, the desk's search screen): the query is folded (no tone marks, đ → d, lower case) and
 * split into words; a word that is a symbol ("88-KL/TU") is the phrase of its parts; each phrase
 * must be found at the start of a word of the text ("Đ", "d", "dang" all find "Đảng ủy"), and the
 * phrases are ANDed. Queries of two letters or more go through FTS5 prefix queries (unicode61,
 * remove_diacritics 2, over the folded shadow column); a query with a one-letter word, which FTS5
 * cannot answer well, goes through a LIKE over the same folded column, bounded by LIMIT, checked
 * word by word afterwards. Filters: book, type, dates, status, overdue.
 */
import { INCOMING_DONE } from '../../common/rules/incoming-status';
import { foldVietnamese } from '../../common/text/normalize';
import type { Ctx } from './context';
import { stmt, todayIso } from './sql';
import type { SearchHit, SearchQuery } from './types';

const OUT_COLS = "SELECT 'out' AS register, e.id, e.book_id AS bookId, e.number, e.doc_date AS date, e.summary, e.status, e.search_text AS searchText";
const OUT_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.type_code = @type)
  AND (@from IS NULL OR e.doc_date >= @from) AND (@to IS NULL OR e.doc_date <= @to) AND (@status IS NULL OR e.status = @status)`;
const IN_COLS = `SELECT 'in' AS register, e.id, e.book_id AS bookId,
  CASE WHEN e.sender_number <> '' THEN e.sender_number ELSE CAST(e.serial AS TEXT) END AS number,
  e.received_date AS date, e.summary, e.status, e.search_text AS searchText`;
const IN_WHERE = `(@book IS NULL OR e.book_id = @book) AND (@type IS NULL OR e.sender_number LIKE '%-' || @type || '/%')
  AND (@from IS NULL OR e.received_date >= @from) AND (@to IS NULL OR e.received_date <= @to) AND (@status IS NULL OR e.status = @status)
  AND (@overdue = 0 OR (e.status <> '${INCOMING_DONE}' AND e.deadline <> '' AND e.deadline < @today))`;

/** Words shorter than this go through LIKE instead of FTS5. */
export const SHORT_WORD = 2;

/** The folded phrases of a query: each a list of word parts ("88-KL/TU" → ["88", "kl", "tu"]). */
export function queryPhrases(text: string): string[][] {
  return foldVietnamese(text).split(/\s+/u)
    .map((word) => word.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((p) => p.length > 0);
}

/** The folded words of a text, in order. */
function wordsOf(text: string): string[] {
  return foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether `phrase` occurs in `words`: its parts consecutive, the last one a prefix, the others whole. */
function hasPhrase(words: string[], phrase: string[]): boolean {
  const last = phrase.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    if (phrase.every((p, k) => (k === last ? words[i + k].startsWith(p) : words[i + k] === p))) return true;
  }
  return false;
}

/** Whether `text` holds every phrase of the query (the rule shared by all searches). */
export function textMatches(text: string, phrases: string[][]): boolean {
  const words = wordsOf(text);
  return phrases.every((p) => hasPhrase(words, p));
}

/** Whether `text` holds at least one phrase of the query (to show which fields matched). */
export function textHoldsAny(text: string, phrases: string[][]): boolean {
  const words = wordsOf(text);
  return phrases.some((p) => hasPhrase(words, p));
}

/** Builds the FTS5 MATCH expression of a user's query (prefix phrases, ANDed); null when it has no searchable word. */
export function ftsQuery(text: string): string | null {
  const phrases = queryPhrases(text).map((p) => `"${p.join(' ').replace(/"/g, '""')}"*`);
  return phrases.length ? phrases.join(' AND ') : null;
}

/** How a query is answered: by FTS5, by LIKE (a one-letter word), or not at all (nothing searchable). */
export type QueryPlan = { kind: 'none' } | { kind: 'all' } | { kind: 'fts'; match: string; phrases: string[][] } | { kind: 'like'; phrases: string[][]; likes: string[] };

/** The plan of a query (empty text: list by the filters alone). */
export function planQuery(text: string): QueryPlan {
  if (!text.trim()) return { kind: 'all' };
  const phrases = queryPhrases(text);
  if (!phrases.length) return { kind: 'none' };
  if (phrases.some((p) => p.some((w) => w.length < SHORT_WORD))) {
    const likes = phrases.map((p) => `%${p.join('%').replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return { kind: 'like', phrases, likes };
  }
  return { kind: 'fts', match: ftsQuery(text)!, phrases };
}

/** SQL of the text condition of `plan` (`e` the entry table, `f` its FTS table), with its named parameters. */
export function textSql(plan: QueryPlan, table: string): { join: string; where: string; order: string; params: Record<string, string> } {
  if (plan.kind === 'fts') return { join: `JOIN ${table}_fts f ON f.rowid = e.id`, where: `${table}_fts MATCH @match`, order: 'f.rowid DESC', params: { match: plan.match } };
  if (plan.kind === 'like') {
    const params = Object.fromEntries(plan.likes.map((l, i) => [`like${i}`, l]));
    return { join: '', where: plan.likes.map((_l, i) => `e.search_text LIKE @like${i} ESCAPE '\\'`).join(' AND '), order: 'e.id DESC', params };
  }
  return { join: '', where: '1', order: 'e.id DESC', params: {} };
}

/** Rows fetched per LIKE query before the word-by-word check (a LIKE also finds letters inside words). */
export const LIKE_FACTOR = 4;

/**
 * Searches the registers: the `limit` (default 200) most recently registered matches of each
 * register (FTS rowid order, so a common word does not sort the whole table), then by date, newest first.
 */
export function search(ctx: Ctx, q: SearchQuery): SearchHit[] {
  const plan = planQuery(q.text ?? '');
  if (plan.kind === 'none') return [];
  const limit = q.limit ?? 200;
  const p = {
    book: q.bookId ?? null, type: q.typeCode ?? null, from: q.from ?? null, to: q.to ?? null, status: q.status ?? null,
    overdue: q.overdue ? 1 : 0, today: todayIso(), limit: plan.kind === 'like' ? limit * LIKE_FACTOR : limit,
  };
  const run = (cols: string, table: string, where: string): SearchHit[] => {
    const t = textSql(plan, table);
    const rows = stmt(ctx.db, `${cols} FROM ${table} e ${t.join} WHERE ${t.where} AND ${where} ORDER BY ${t.order} LIMIT @limit`)
      .all({ ...p, ...t.params }) as (SearchHit & { searchText: string })[];
    return rows.filter((r) => plan.kind !== 'like' || textMatches(r.searchText, plan.phrases)).slice(0, limit)
      .map(({ searchText: _s, ...h }) => h);
  };
  const hits: SearchHit[] = [];
  const register = q.register ?? 'all';
  if (register !== 'in' && !q.overdue) hits.push(...run(OUT_COLS, 'out_entries', OUT_WHERE));
  if (register !== 'out') hits.push(...run(IN_COLS, 'in_entries', IN_WHERE));
  hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  return hits;
}
