/** Reading outgoing register rows: row mapping, get, list, and the folded search text of a row. */
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { stmt } from '../sql';
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

const SELECT = 'SELECT e.*, b.issuer_code FROM out_entries e JOIN out_books b ON b.id = e.book_id';

/** One entry by id, or null. */
export function getOutgoing(ctx: Ctx, id: number): OutEntry | null {
  const r = stmt(ctx.db, `${SELECT} WHERE e.id = ?`).get(id) as OutRow | undefined;
  return r ? toOutEntry(r) : null;
}

/** Entries whose symbol is `number` ("04-NQ/TU"), optionally in one book. */
export function findByNumber(ctx: Ctx, number: string, bookId?: number): OutEntry[] {
  return (stmt(ctx.db, `${SELECT} WHERE e.number = ? AND (? IS NULL OR e.book_id = ?) ORDER BY e.id`)
    .all(number.normalize('NFC').replace(/^Số\s+/u, '').trim(), bookId ?? null, bookId ?? null) as OutRow[]).map(toOutEntry);
}

/** Filters of the outgoing list (every one optional). */
export interface OutListFilter { bookId?: number; from?: string; to?: string; status?: OutStatus; typeCode?: string }

const WHERE = `WHERE (@book IS NULL OR e.book_id = @book) AND (@from IS NULL OR e.doc_date >= @from)
    AND (@to IS NULL OR e.doc_date <= @to) AND (@status IS NULL OR e.status = @status) AND (@type IS NULL OR e.type_code = @type)`;

function bindings(f: OutListFilter): Record<string, string | number | null> {
  return { book: f.bookId ?? null, from: f.from ?? null, to: f.to ?? null, status: f.status ?? null, type: f.typeCode ?? null };
}

/** Lists entries by book, date range, status, type; oldest first. Every matching row: for printing and exports. */
export function listOutgoing(ctx: Ctx, f: OutListFilter = {}): OutEntry[] {
  return (stmt(ctx.db, `${SELECT} ${WHERE} ORDER BY e.doc_date, e.id`).all(bindings(f)) as OutRow[]).map(toOutEntry);
}

/**
 * One page of the outgoing list (same filters and order as listOutgoing), read with LIMIT/OFFSET,
 * and the number of matching rows.
 */
export function listOutgoingPage(ctx: Ctx, f: OutListFilter, page: { limit: number; offset: number }): { rows: OutEntry[]; total: number } {
  const b = bindings(f);
  const total = (stmt(ctx.db, `SELECT count(*) AS n FROM out_entries e ${WHERE}`).get(b) as { n: number }).n;
  const rows = (stmt(ctx.db, `${SELECT} ${WHERE} ORDER BY e.doc_date, e.id LIMIT @limit OFFSET @offset`)
    .all({ ...b, limit: page.limit, offset: page.offset }) as OutRow[]).map(toOutEntry);
  return { rows, total };
}

/** The folded text FTS indexes for an outgoing row: number, type name, summary, people, notes. */
export function outSearchText(e: Pick<OutEntry, 'number' | 'typeCode' | 'typeId' | 'summary' | 'signer' | 'recipients' | 'secrecy' | 'urgency' | 'draftingUnit' | 'notes' | 'cancelReason'>): string {
  const type = DOC_TYPES.find((t) => t.id === e.typeId) ?? DOC_TYPES.find((t) => t.code === e.typeCode);
  return foldVietnamese([e.number, type?.name ?? '', e.summary, e.signer, e.recipients.join(' '), e.secrecy, e.urgency,
    e.draftingUnit, e.notes, e.cancelReason ?? ''].filter(Boolean).join(' \u2022 '));
}
