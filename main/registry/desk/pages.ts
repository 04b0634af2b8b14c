/**
 * Pages of the registers for the desk's virtualised lists: light rows (no attachment lists), newest
 * first, with LIMIT/OFFSET and the total, so the first rows of a 100,000-row register come at once.
 */
import type { DeskInRow, DeskOutRow, DeskPage } from '../../../common/api/domains/desk-types';
import type { Ctx } from '../context';
import { stmt } from '../sql';

/** Filters of the incoming page. */
export interface InPageQuery {
  offset: number; limit: number; bookId?: number; status?: string; from?: string; to?: string; sender?: string;
}

/** Filters of the outgoing page. */
export interface OutPageQuery { offset: number; limit: number; bookId?: number; termId?: number; status?: string; from?: string; to?: string }

const IN_WHERE = `WHERE (@book IS NULL OR e.book_id = @book) AND (@status IS NULL OR e.status = @status)
  AND (@from IS NULL OR e.received_date >= @from) AND (@to IS NULL OR e.received_date <= @to)
  AND (@sender IS NULL OR e.sender = @sender)`;

/** A page of the incoming register. */
export function incomingPage(ctx: Ctx, q: InPageQuery): DeskPage<DeskInRow> {
  const p = { book: q.bookId ?? null, status: q.status ?? null, from: q.from ?? null, to: q.to ?? null, sender: q.sender ?? null,
    limit: q.limit, offset: q.offset };
  const filtered = Object.values(p).slice(0, 5).some((v) => v !== null);
  const total = filtered
    ? (stmt(ctx.db, `SELECT count(*) AS n FROM in_entries e ${IN_WHERE}`).get(p) as { n: number }).n
    : (stmt(ctx.db, 'SELECT count(*) AS n FROM in_entries').get() as { n: number }).n;
  const rows = stmt(ctx.db, `SELECT e.id, e.serial, b.year, b.kind AS bookKind, e.received_date AS receivedDate, e.sender,
    e.sender_number AS senderNumber, e.doc_date AS docDate, e.type_name AS typeName, e.summary, e.secrecy, e.urgency,
    e.routed_to AS routedTo, e.deadline, e.file_ref AS fileRef, e.notes, e.status,
    (SELECT count(*) FROM in_attachments a WHERE a.entry_id = e.id) AS attachments
    FROM in_entries e JOIN in_books b ON b.id = e.book_id ${IN_WHERE} ORDER BY e.id DESC LIMIT @limit OFFSET @offset`).all(p) as DeskInRow[];
  return { rows, total };
}

const OUT_WHERE = `WHERE (@book IS NULL OR e.book_id = @book) AND (@term IS NULL OR e.term_id = @term)
  AND (@status IS NULL OR e.status = @status) AND (@from IS NULL OR e.doc_date >= @from) AND (@to IS NULL OR e.doc_date <= @to)`;

/** A page of the outgoing register (reservations and cancellations included, with their reasons). */
export function outgoingPage(ctx: Ctx, q: OutPageQuery): DeskPage<DeskOutRow> {
  const p = { book: q.bookId ?? null, term: q.termId ?? null, status: q.status ?? null, from: q.from ?? null, to: q.to ?? null,
    limit: q.limit, offset: q.offset };
  const total = (stmt(ctx.db, `SELECT count(*) AS n FROM out_entries e ${OUT_WHERE}`).get(p) as { n: number }).n;
  const rows = (stmt(ctx.db, `SELECT e.id, e.book_id AS bookId, e.term_id AS termId, e.number, e.serial, e.doc_date AS date,
    e.type_code AS typeCode, e.summary, e.signer, e.status, e.cancel_reason AS cancelReason, e.file_path IS NOT NULL AS hasFile
    FROM out_entries e ${OUT_WHERE} ORDER BY e.id DESC LIMIT @limit OFFSET @offset`).all(p) as (Omit<DeskOutRow, 'hasFile'> & { hasFile: number })[])
    .map((r) => ({ ...r, hasFile: Boolean(r.hasFile) }));
  return { rows, total };
}
