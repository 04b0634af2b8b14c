/**
 * Desk search over both registers with the matching rule of ../search.ts (folded, word prefixes,
 * one-letter words through LIKE) plus the filters of the search screen (register, book, type,
 * sender, date range, status), newest first. A hit says which fields it matched beyond those the
 * screen always shows (number, summary, sender): `also` lists them ("Chuyển: Ban Tổ chức"), so no
 * result appears without its reason. An outgoing entry issued from a draft carries the draft's id.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DeskHit } from '../../../common/api/domains/desk-types';
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx, RegistryStore } from '../context';
import { candidates, LIKE_FACTOR, planQuery, textHoldsAny, textMatches, type QueryPlan } from '../search';

/** A desk search request. */
export interface DeskSearchQuery {
  text: string; register?: 'in' | 'out' | 'all'; bookId?: number; typeCode?: string; sender?: string;
  from?: string; to?: string; status?: string; limit?: number;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * `column LIKE pattern` as SQLite answers it (ASCII letters in either case, no escape character),
 * written so PostgreSQL's case-sensitive LIKE answers the same (ASCII letters lowered on both sides).
 */
function sqliteLike(store: RegistryStore, column: RawBuilder<string>, pattern: string): RawBuilder<SqlBool> {
  if (store.engine === 'sqlite') return sql<SqlBool>`${column} LIKE ${pattern}`;
  const lower = pattern.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return sql<SqlBool>`translate(${column}, ${UPPER}, ${UPPER.toLowerCase()}) LIKE ${lower} ESCAPE ''`;
}

/** The outgoing rows of the search (alias `e`), filtered; none when a sender is asked for. */
function outQuery(ctx: Ctx, q: DeskSearchQuery) {
  let query = ctx.store.db.selectFrom('out_entries as e').select([
    sql<'out'>`'out'`.as('register'), 'e.id', 'e.number', 'e.doc_date as date', 'e.summary', sql<string>`''`.as('sender'), 'e.status',
    sql<number>`CASE WHEN e.file_path IS NOT NULL THEN 1 ELSE 0 END`.as('hasFile'), 'e.search_text as searchText',
    'e.type_code as typeCode', 'e.type_id as typeId', 'e.signer', 'e.recipients', 'e.secrecy', 'e.urgency',
    'e.drafting_unit as draftingUnit', 'e.notes', sql<string>`coalesce(e.cancel_reason, '')`.as('cancelReason'),
    sql<string | null>`(SELECT d.id FROM drafts d WHERE d.outgoing_id = e.id AND d.trashed_at IS NULL LIMIT 1)`.as('draftId'),
  ]);
  if (q.bookId != null) query = query.where('e.book_id', '=', q.bookId);
  if (q.typeCode != null) query = query.where('e.type_code', '=', q.typeCode);
  if (q.sender) query = query.where(sql<SqlBool>`1 = 0`);
  if (q.from != null) query = query.where('e.doc_date', '>=', q.from);
  if (q.to != null) query = query.where('e.doc_date', '<=', q.to);
  if (q.status != null) query = query.where('e.status', '=', q.status as never);
  return query;
}

/** The incoming rows of the search (alias `e`), filtered; the type is the one inside the sender's number. */
function inQuery(ctx: Ctx, q: DeskSearchQuery) {
  const s = ctx.store;
  let query = s.db.selectFrom('in_entries as e').select([
    sql<'in'>`'in'`.as('register'), 'e.id',
    sql<string>`CASE WHEN e.sender_number <> '' THEN e.sender_number ELSE 'Số đến ' || CAST(e.serial AS TEXT) END`.as('number'),
    'e.received_date as date', 'e.summary', 'e.sender', 'e.status',
    sql<number>`CASE WHEN EXISTS (SELECT 1 FROM in_attachments a WHERE a.entry_id = e.id) THEN 1 ELSE 0 END`.as('hasFile'),
    'e.search_text as searchText', 'e.serial', 'e.sender_number as senderNumber', 'e.type_name as typeName',
    'e.routed_to as routedTo', 'e.file_ref as fileRef', 'e.notes', 'e.secrecy', 'e.urgency',
  ]);
  if (q.bookId != null) query = query.where('e.book_id', '=', q.bookId);
  if (q.typeCode != null) query = query.where(sqliteLike(s, sql`e.sender_number`, `%-${q.typeCode}/%`));
  if (q.sender) query = query.where(sqliteLike(s, sql`e.sender`, `%${q.sender}%`));
  if (q.from != null) query = query.where('e.received_date', '>=', q.from);
  if (q.to != null) query = query.where('e.received_date', '<=', q.to);
  if (q.status != null) query = query.where('e.status', '=', q.status as never);
  return query;
}

type Raw = Record<string, unknown> & { register: 'in' | 'out'; id: number; number: string; date: string; summary: string; sender: string; status: string; hasFile: number; searchText: string };

/** The fields of a row the screen does not always show, labelled as the clerk reads them. */
function hiddenFields(r: Raw): { label: string; text: string }[] {
  const s = (k: string) => String(r[k] ?? '');
  const fields = r.register === 'in'
    ? [['Số đến', r.number === `Số đến ${s('serial')}` ? '' : s('serial')], ['Tên loại', s('typeName')], ['Chuyển', s('routedTo')],
      ['Hồ sơ', s('fileRef')], ['Ghi chú', s('notes')], ['Độ mật', s('secrecy')], ['Độ khẩn', s('urgency')]]
    : [['Tên loại', (DOC_TYPES.find((t) => t.id === r.typeId) ?? DOC_TYPES.find((t) => t.code === r.typeCode))?.name ?? ''],
      ['Người ký', s('signer')], ['Nơi nhận', (JSON.parse(s('recipients') || '[]') as string[]).join(', ')], ['Độ mật', s('secrecy')],
      ['Độ khẩn', s('urgency')], ['Đơn vị soạn', s('draftingUnit')], ['Ghi chú', s('notes')], ['Lý do hủy', s('cancelReason')]];
  return fields.filter(([, t]) => t).map(([label, text]) => ({ label, text }));
}

/**
 * The hidden fields that explain a hit: the query's phrases the shown fields do not hold, covered by
 * as few hidden fields as possible (the one holding the most missing phrases first).
 */
function reasons(fields: { label: string; text: string }[], shown: string, phrases: string[][]): { label: string; text: string }[] {
  let missing = phrases.filter((p) => !textMatches(shown, [p]));
  const out: { label: string; text: string }[] = [];
  while (missing.length) {
    const best = fields.map((f) => ({ f, held: missing.filter((p) => textHoldsAny(f.text, [p])) }))
      .filter((x) => x.held.length && !out.includes(x.f)).sort((a, b) => b.held.length - a.held.length)[0];
    if (!best) break;
    out.push(best.f);
    missing = missing.filter((p) => !best.held.includes(p));
  }
  return out;
}

/**
 * Up to `limit` rows of one register's query, newest registration first, through the text step of
 * ../search.ts (`candidates`): read page by page while the candidates hold false hits (LIKE on
 * PostgreSQL), so both engines return the same rows; one page of `limit × LIKE_FACTOR` for a query with
 * a one-letter word, as before.
 */
function rowsOf(store: RegistryStore, query: ReturnType<typeof outQuery> | ReturnType<typeof inQuery>, plan: QueryPlan,
  table: 'in_entries' | 'out_entries', phrases: string[][], limit: number): Raw[] {
  const step = candidates(store, plan, table);
  const exact = plan.kind !== 'like' && (plan.kind !== 'fts' || store.engine === 'sqlite');
  const page = exact ? limit : limit * LIKE_FACTOR;
  const found: Raw[] = [];
  let before: number | null = null;
  for (;;) {
    let q = step.apply(query as ReturnType<typeof inQuery>);
    if (before !== null) q = q.where(sql<SqlBool>`${step.id} < ${before}`);
    const rows = store.all(q.orderBy(step.id, 'desc').limit(page)) as unknown as Raw[];
    for (const r of rows) if (!phrases.length || textMatches(r.searchText, phrases)) found.push(r);
    if (found.length >= limit || rows.length < page || plan.kind !== 'fts') break;
    before = rows[rows.length - 1].id;
  }
  return found.slice(0, limit);
}

/** Searches both registers; an empty text lists by the filters alone. */
export function deskSearch(ctx: Ctx, q: DeskSearchQuery): DeskHit[] {
  const plan = planQuery(q.text);
  if (plan.kind === 'none') return [];
  const limit = q.limit ?? 100;
  const phrases = plan.kind === 'fts' || plan.kind === 'like' ? plan.phrases : [];
  const hitOf = (r: Raw): DeskHit => {
    const also = phrases.length ? reasons(hiddenFields(r), [r.number, r.summary, r.sender].join(' '), phrases) : [];
    return {
      register: r.register, id: String(r.id), number: r.number, date: r.date, summary: r.summary, sender: r.sender, status: r.status,
      hasFile: Boolean(Number(r.hasFile)), ...(also.length ? { also } : {}), ...(r.draftId ? { draftId: String(r.draftId) } : {}),
    };
  };
  const hits: DeskHit[] = [];
  if (q.register !== 'in') hits.push(...rowsOf(ctx.store, outQuery(ctx, q), plan, 'out_entries', phrases, limit).map(hitOf));
  if (q.register !== 'out') hits.push(...rowsOf(ctx.store, inQuery(ctx, q), plan, 'in_entries', phrases, limit).map(hitOf));
  hits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return hits.slice(0, limit);
}

/** The folded words of a query, for highlighting matches in results. */
export function queryWords(text: string): string[] {
  return foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
