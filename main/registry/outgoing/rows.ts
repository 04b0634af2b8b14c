/**
 * Reading outgoing register rows: row mapping, get, list, and the folded search text of a row.
 * Written on the store: the same code on SQLite and PostgreSQL.
 */
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import type { OutEntry, OutStatus } from '../types';

/** A raw out_entries row joined with its book's issuer. */
export interface OutRow {
  id: number; book_id: number; issuer_code: string; serial: number; number: string; type_code: string; type_id: string | null;
  doc_date: string; summary: string; signer: string; recipients: string; secrecy: string; urgency: string;
  drafting_unit: string; copies: number | null; archive_holder: string; notes: string; status: OutStatus;
  cancel_reason: string | null; term_id: number | null; file_path: string | null; sha256: string | null; created_at: string;
}

/** Maps a raw row to plain data. */
export function toOutEntry(r: OutRow): OutEntry {
  return {
    id: r.id, bookId: r.book_id, issuerCode: r.issuer_code, serial: r.serial, number: r.number, typeCode: r.type_code,
    typeId: r.type_id, date: r.doc_date, summary: r.summary, signer: r.signer, recipients: JSON.parse(r.recipients) as string[],
    secrecy: r.secrecy, urgency: r.urgency, draftingUnit: r.drafting_unit, copies: r.copies, archiveHolder: r.archive_holder,
    notes: r.notes, status: r.status, cancelReason: r.cancel_reason, termId: r.term_id, filePath: r.file_path, sha256: r.sha256,
    createdAt: r.created_at,
  };
}

/** Entries joined with their book's issuer symbol. */
function selectRows(ctx: Ctx) {
  return ctx.store.db.selectFrom('out_entries as e').innerJoin('out_books as b', 'b.id', 'e.book_id').selectAll('e').select('b.issuer_code');
}

type RowQuery = ReturnType<typeof selectRows>;

/** One entry by id, or null. */
export function getOutgoing(ctx: Ctx, id: number): OutEntry | null {
  const r = ctx.store.first(selectRows(ctx).where('e.id', '=', id)) as OutRow | undefined;
  return r ? toOutEntry(r) : null;
}

/** Entries whose symbol is `number` ("04-NQ/TU"), optionally in one book. */
export function findByNumber(ctx: Ctx, number: string, bookId?: number): OutEntry[] {
  let q = selectRows(ctx).where('e.number', '=', number.normalize('NFC').replace(/^Số\s+/u, '').trim());
  if (bookId != null) q = q.where('e.book_id', '=', bookId);
  return (ctx.store.all(q.orderBy('e.id')) as OutRow[]).map(toOutEntry);
}

/** Filters of the outgoing list (every one optional). */
export interface OutListFilter { bookId?: number; from?: string; to?: string; status?: OutStatus; typeCode?: string }

/** `q` narrowed by the filters that are set. */
function filtered<Q extends RowQuery>(q: Q, f: OutListFilter): Q {
  let out = q as RowQuery;
  if (f.bookId != null) out = out.where('e.book_id', '=', f.bookId);
  if (f.from != null) out = out.where('e.doc_date', '>=', f.from);
  if (f.to != null) out = out.where('e.doc_date', '<=', f.to);
  if (f.status != null) out = out.where('e.status', '=', f.status);
  if (f.typeCode != null) out = out.where('e.type_code', '=', f.typeCode);
  return out as Q;
}

/** Lists entries by book, date range, status, type; oldest first. Every matching row: for printing and exports. */
export function listOutgoing(ctx: Ctx, f: OutListFilter = {}): OutEntry[] {
  return (ctx.store.all(filtered(selectRows(ctx), f).orderBy('e.doc_date').orderBy('e.id')) as OutRow[]).map(toOutEntry);
}

/**
 * One page of the outgoing list (same filters and order as listOutgoing), read with LIMIT/OFFSET,
 * and the number of matching rows.
 */
export function listOutgoingPage(ctx: Ctx, f: OutListFilter, page: { limit: number; offset: number }): { rows: OutEntry[]; total: number } {
  const { store } = ctx;
  let count = store.db.selectFrom('out_entries as e').select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.bookId != null) count = count.where('e.book_id', '=', f.bookId);
  if (f.from != null) count = count.where('e.doc_date', '>=', f.from);
  if (f.to != null) count = count.where('e.doc_date', '<=', f.to);
  if (f.status != null) count = count.where('e.status', '=', f.status);
  if (f.typeCode != null) count = count.where('e.type_code', '=', f.typeCode);
  const total = Number(store.first(count)?.n ?? 0);
  const rows = (store.all(filtered(selectRows(ctx), f).orderBy('e.doc_date').orderBy('e.id').limit(page.limit).offset(page.offset)) as OutRow[]).map(toOutEntry);
  return { rows, total };
}

/** The folded text FTS indexes for an outgoing row: number, type name, summary, people, notes. */
export function outSearchText(e: Pick<OutEntry, 'number' | 'typeCode' | 'typeId' | 'summary' | 'signer' | 'recipients' | 'secrecy' | 'urgency' | 'draftingUnit' | 'notes' | 'cancelReason'>): string {
  const type = DOC_TYPES.find((t) => t.id === e.typeId) ?? DOC_TYPES.find((t) => t.code === e.typeCode);
  return foldVietnamese([e.number, type?.name ?? '', e.summary, e.signer, e.recipients.join(' '), e.secrecy, e.urgency,
    e.draftingUnit, e.notes, e.cancelReason ?? ''].filter(Boolean).join(' \u2022 '));
}
