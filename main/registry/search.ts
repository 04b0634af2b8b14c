/**
 * Search over both registers, and the one matching rule every search of vanthu uses (registers,
 * drafts, the desk's search screen): the query is folded (no tone marks, đ → d, lower case) and
 * split into words; a word that is a symbol ("88-KL/TU") is the phrase of its parts; each phrase
 * must be found at the start of a word of the text ("Đ", "d", "dang" all find "Đảng ủy"), and the
 * phrases are ANDed (`textMatches`). The folded text is computed once in TypeScript (`foldVietnamese`,
 * inSearchText / outSearchText) and stored in `search_text` on both engines. Written on the store
 * (docs/query-layer.md, "Search on both engines"): the queries are the same on both engines except
 * for one step, `candidates`, which finds the rows that may match: on SQLite FTS5 prefix queries
 * (unicode61, remove_diacritics 2, over `search_text`); on PostgreSQL LIKE over `search_text` (a
 * pg_trgm GIN index), a superset checked word by word with `textMatches`, read page by page in
 * registration order until the limit, so both engines return the same entries. A query with a
 * one-letter word, which FTS5 cannot answer well, goes through the same LIKE on both engines,
 * bounded by LIMIT, checked word by word afterwards. Filters: book, type, dates, status, overdue.
 */
import { INCOMING_DONE } from '../../common/rules/incoming-status';
import { foldVietnamese } from '../../common/text/normalize';
import { type Expression, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Ctx, RegistryStore } from './context';
import type { RegistryTables } from './schema/tables';
import { todayIso } from './sql';
import type { SearchHit, SearchQuery } from './types';

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

/**
 * The LIKE pattern of a phrase: its parts in order, anything between ("88 kl tu" → "%88%kl%tu%");
 * each part escaped on its own (parts are letters and digits, so this is only a safeguard).
 */
export function likePattern(phrase: string[]): string {
  return `%${phrase.map((part) => part.replace(/[\\%_]/g, (c) => `\\${c}`)).join('%')}%`;
}

/** The plan of a query (empty text: list by the filters alone). */
export function planQuery(text: string): QueryPlan {
  if (!text.trim()) return { kind: 'all' };
  const phrases = queryPhrases(text);
  if (!phrases.length) return { kind: 'none' };
  if (phrases.some((p) => p.some((w) => w.length < SHORT_WORD))) {
    const likes = phrases.map(likePattern);
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

/** The registers' entry tables. */
type EntryTable = 'in_entries' | 'out_entries';

/** A hit with the folded text it is checked against. */
type Row = SearchHit & { searchText: string };

/** A search query on the entries of one register (alias `e`), before its text step. */
type EntryQuery<T extends EntryTable> = SelectQueryBuilder<RegistryTables & { e: RegistryTables[T] }, 'e', Row>;

/**
 * What the text step adds to a query on alias `e`: the FTS5 table joined (SQLite), the conditions,
 * and the id its rows are read in, newest first.
 */
export interface TextStep {
  apply<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  id: RawBuilder<number>;
}

/** A step adding conditions only. */
function conditions(where: Expression<SqlBool>[], id: RawBuilder<number>): TextStep {
  return { apply: (query) => where.reduce((q, w) => q.where(w), query), id };
}

/** `LIKE pattern` with `\` as the escape character, the same on both engines. */
function like(column: RawBuilder<unknown>, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * The one engine-specific step of search: the rows of `table` that may match `plan`. SQLite: an FTS5
 * MATCH (exact, read in rowid order) or, for a one-letter word, LIKE over `search_text`. PostgreSQL:
 * LIKE over `search_text` for both (pg_trgm index; a superset of the matches, which the caller checks
 * with textMatches). `search_text` is folded to lower case in TypeScript, so a plain LIKE is exact
 * on both engines (SQLite's LIKE ignores ASCII case, PostgreSQL's does not: no difference here).
 */
export function candidates(store: RegistryStore, plan: QueryPlan, table: EntryTable): TextStep {
  const entryId = sql<number>`e.id`;
  if (plan.kind === 'fts' && store.engine === 'sqlite') {
    const fts = sql.table(`${table}_fts`);
    const match = sql<SqlBool>`${fts} MATCH ${plan.match}`;
    return {
      apply: (query) => {
        // The FTS5 table, read in rowid order: a common word does not sort the whole register.
        const joined = (query as unknown as SelectQueryBuilder<Record<'e', { id: number }>, 'e', unknown>)
          .innerJoin(sql<{ rowid: number }>`${fts}`.as('f'), (j) => j.on(sql<SqlBool>`f.rowid = e.id`));
        return joined.where(match) as unknown as typeof query;
      },
      id: sql<number>`f.rowid`,
    };
  }
  if (plan.kind === 'fts' || plan.kind === 'like') {
    const likes = plan.kind === 'like' ? plan.likes : plan.phrases.map(likePattern);
    return conditions(likes.map((l) => like(sql`e.search_text`, l)), entryId);
  }
  return conditions([], entryId);
}


/** The outgoing register's hits (alias `e`), filtered. */
function outgoingQuery(store: RegistryStore, q: SearchQuery): EntryQuery<'out_entries'> {
  let query = store.db.selectFrom('out_entries as e').select([
    sql<'out'>`'out'`.as('register'), 'e.id', 'e.book_id as bookId', 'e.number', 'e.doc_date as date', 'e.summary', 'e.status',
    'e.search_text as searchText',
  ]);
  if (q.bookId != null) query = query.where('e.book_id', '=', q.bookId);
  if (q.typeCode != null) query = query.where('e.type_code', '=', q.typeCode);
  if (q.from != null) query = query.where('e.doc_date', '>=', q.from);
  if (q.to != null) query = query.where('e.doc_date', '<=', q.to);
  if (q.status != null) query = query.where('e.status', '=', q.status as never);
  return query as unknown as EntryQuery<'out_entries'>;
}

/** The incoming register's hits (alias `e`), filtered; the type is the one inside the sender's number. */
function incomingQuery(store: RegistryStore, q: SearchQuery): EntryQuery<'in_entries'> {
  let query = store.db.selectFrom('in_entries as e').select([
    sql<'in'>`'in'`.as('register'), 'e.id', 'e.book_id as bookId',
    sql<string>`CASE WHEN e.sender_number <> '' THEN e.sender_number ELSE CAST(e.serial AS TEXT) END`.as('number'),
    'e.received_date as date', 'e.summary', 'e.status', 'e.search_text as searchText',
  ]);
  if (q.bookId != null) query = query.where('e.book_id', '=', q.bookId);
  if (q.typeCode != null) query = query.where(senderTypeLike(store, q.typeCode));
  if (q.from != null) query = query.where('e.received_date', '>=', q.from);
  if (q.to != null) query = query.where('e.received_date', '<=', q.to);
  if (q.status != null) query = query.where('e.status', '=', q.status as never);
  if (q.overdue) {
    const today = todayIso();
    query = query.where((eb) => eb.and([eb('e.status', '<>', INCOMING_DONE), eb('e.deadline', '<>', ''), eb('e.deadline', '<', today)]));
  }
  return query as unknown as EntryQuery<'in_entries'>;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * "The sender's number holds -TYPE/": SQLite's LIKE (no escape character, ASCII letters in either
 * case), written so PostgreSQL's case-sensitive LIKE answers the same (ASCII letters lowered on both sides).
 */
function senderTypeLike(store: RegistryStore, type: string): RawBuilder<SqlBool> {
  const pattern = `%-${type}/%`;
  if (store.engine === 'sqlite') return sql<SqlBool>`e.sender_number LIKE ${pattern}`;
  const lower = pattern.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return sql<SqlBool>`translate(e.sender_number, ${UPPER}, ${UPPER.toLowerCase()}) LIKE ${lower} ESCAPE ''`;
}

/**
 * Up to `limit` hits of one register, newest registration first: read in pages of `limit` rows from
 * the candidate step, kept when every phrase matches (textMatches), until `limit` are found or the
 * candidates end. A query with a one-letter word reads one page of `limit × LIKE_FACTOR` candidates.
 */
function hitsOf<T extends EntryTable>(store: RegistryStore, query: EntryQuery<T>, plan: QueryPlan, table: T, limit: number): SearchHit[] {
  const step = candidates(store, plan, table);
  const phrases = plan.kind === 'fts' || plan.kind === 'like' ? plan.phrases : null;
  // SQLite's FTS5 answers exactly: one page of `limit`; LIKE candidates (PostgreSQL, one-letter words) hold false hits.
  const exact = plan.kind !== 'like' && (plan.kind !== 'fts' || store.engine === 'sqlite');
  const page = exact ? limit : limit * LIKE_FACTOR;
  const found: Row[] = [];
  let before: number | null = null;
  for (;;) {
    let q = step.apply(query);
    if (before !== null) q = q.where(sql<SqlBool>`${step.id} < ${before}`);
    const rows = store.all(q.orderBy(step.id, 'desc').limit(page));
    for (const r of rows) if (!phrases || textMatches(r.searchText, phrases)) found.push(r);
    if (found.length >= limit || rows.length < page || plan.kind !== 'fts') break;
    before = rows[rows.length - 1].id;
  }
  return found.slice(0, limit).map(({ searchText: _s, ...h }) => h);
}

/**
 * Searches the registers: the `limit` (default 200) most recently registered matches of each
 * register (FTS rowid order, so a common word does not sort the whole table), then by date, newest first.
 */
export function search(ctx: Ctx, q: SearchQuery): SearchHit[] {
  const plan = planQuery(q.text ?? '');
  if (plan.kind === 'none') return [];
  const limit = q.limit ?? 200;
  const store = ctx.store;
  const hits: SearchHit[] = [];
  const register = q.register ?? 'all';
  if (register !== 'in' && !q.overdue) hits.push(...hitsOf(store, outgoingQuery(store, q), plan, 'out_entries', limit));
  if (register !== 'out') hits.push(...hitsOf(store, incomingQuery(store, q), plan, 'in_entries', limit));
  hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  return hits;
}
