/**
 * Pages of the registers for the desk's virtualised lists: light rows (no attachment lists), newest
 * first, with LIMIT/OFFSET and the total, so the first rows of a 100,000-row register come at once.
 */
import { sql } from 'kysely';
import type { DeskInRow, DeskOutRow, DeskPage } from '../../../common/api/domains/desk-types';
import type { Ctx } from '../context';

/** Filters of the incoming page. */
export interface InPageQuery {
  offset: number; limit: number; bookId?: number; status?: string; from?: string; to?: string; sender?: string;
}

/** Filters of the outgoing page. */
export interface OutPageQuery { offset: number; limit: number; bookId?: number; termId?: number; status?: string; from?: string; to?: string }

/** The incoming entries (alias `e`) matching the page's filters. */
function inFiltered(ctx: Ctx, q: InPageQuery) {
  let query = ctx.store.db.selectFrom('in_entries as e');
  if (q.bookId != null) query = query.where('e.book_id', '=', q.bookId);
  if (q.status != null) query = query.where('e.status', '=', q.status as never);
  if (q.from != null) query = query.where('e.received_date', '>=', q.from);
  if (q.to != null) query = query.where('e.received_date', '<=', q.to);
  if (q.sender != null) query = query.where('e.sender', '=', q.sender);
  return query;
}

/** A page of the incoming register. */
export function incomingPage(ctx: Ctx, q: InPageQuery): DeskPage<DeskInRow> {
  const s = ctx.store;
  const total = Number(s.first(inFiltered(ctx, q).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
  const rows = s.all(inFiltered(ctx, q).innerJoin('in_books as b', 'b.id', 'e.book_id').select([
    'e.id', 'e.serial', 'b.year', 'b.kind as bookKind', 'e.received_date as receivedDate', 'e.sender',
    'e.sender_number as senderNumber', 'e.doc_date as docDate', 'e.type_name as typeName', 'e.summary', 'e.secrecy', 'e.urgency',
    'e.routed_to as routedTo', 'e.deadline', 'e.file_ref as fileRef', 'e.notes', 'e.status',
    sql<number>`(SELECT count(*) FROM in_attachments a WHERE a.entry_id = e.id)`.as('attachments'),
  ]).orderBy('e.id', 'desc').limit(q.limit).offset(q.offset));
  return { rows: rows.map((r) => ({ ...r, attachments: Number(r.attachments) })), total };
}

/** A page of the outgoing register (reservations and cancellations included, with their reasons). */
export function outgoingPage(ctx: Ctx, q: OutPageQuery): DeskPage<DeskOutRow> {
  const s = ctx.store;
  let query = s.db.selectFrom('out_entries as e');
  if (q.bookId != null) query = query.where('e.book_id', '=', q.bookId);
  if (q.termId != null) query = query.where('e.term_id', '=', q.termId);
  if (q.status != null) query = query.where('e.status', '=', q.status as never);
  if (q.from != null) query = query.where('e.doc_date', '>=', q.from);
  if (q.to != null) query = query.where('e.doc_date', '<=', q.to);
  const total = Number(s.first(query.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
  const rows = s.all(query.select([
    'e.id', 'e.book_id as bookId', 'e.term_id as termId', 'e.number', 'e.serial', 'e.doc_date as date', 'e.type_code as typeCode',
    'e.summary', 'e.signer', 'e.status', 'e.cancel_reason as cancelReason', 'e.file_path',
  ]).orderBy('e.id', 'desc').limit(q.limit).offset(q.offset));
  return { rows: rows.map(({ file_path, ...r }) => ({ ...r, hasFile: file_path !== null })), total };
}
