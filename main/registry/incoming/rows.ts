/** Reading incoming register rows: mapping, get, list with filters (incl. overdue), search text. */
import { INCOMING_DONE } from '../../../common/rules/incoming-status';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { stmt, todayIso } from '../sql';
import type { Attachment, InBookKind, InEntry, InStatus } from '../types';

/** A raw in_entries row joined with its book. */
export interface InRow {
  id: number; book_id: number; kind: InBookKind; year: number; serial: number; received_date: string; sender: string;
  sender_number: string; doc_date: string; type_name: string; summary: string; secrecy: string; urgency: string;
  routed_to: string; deadline: string; file_ref: string; notes: string; status: InStatus; created_at: string;
}

function attachments(ctx: Ctx, id: number): Attachment[] {
  return (stmt(ctx.db, 'SELECT * FROM in_attachments WHERE entry_id = ? ORDER BY id').all(id) as
    { id: number; original_name: string; stored_path: string; sha256: string; size: number }[])
    .map((a) => ({ id: a.id, originalName: a.original_name, storedPath: a.stored_path, sha256: a.sha256, size: a.size }));
}

/** Maps a raw row to plain data (with its attachments). */
export function toInEntry(ctx: Ctx, r: InRow): InEntry {
  return {
    id: r.id, bookId: r.book_id, bookKind: r.kind, year: r.year, serial: r.serial, receivedDate: r.received_date,
    sender: r.sender, senderNumber: r.sender_number, docDate: r.doc_date, typeName: r.type_name, summary: r.summary,
    secrecy: r.secrecy, urgency: r.urgency, routedTo: r.routed_to, deadline: r.deadline, fileRef: r.file_ref, notes: r.notes,
    status: r.status, attachments: attachments(ctx, r.id), createdAt: r.created_at,
  };
}

const SELECT = 'SELECT e.*, b.kind, b.year FROM in_entries e JOIN in_books b ON b.id = e.book_id';

/** One incoming entry by id, or null. */
export function getIncoming(ctx: Ctx, id: number): InEntry | null {
  const r = stmt(ctx.db, `${SELECT} WHERE e.id = ?`).get(id) as InRow | undefined;
  return r ? toInEntry(ctx, r) : null;
}

/** Filters of listIncoming. */
export interface InListFilter { bookId?: number; kind?: InBookKind; year?: number; from?: string; to?: string; status?: InStatus; overdue?: boolean; today?: string }

/** Lists incoming entries, in book order. Overdue: a deadline before today and not yet handled. */
export function listIncoming(ctx: Ctx, f: InListFilter = {}): InEntry[] {
  const rows = stmt(ctx.db, `${SELECT} WHERE (@book IS NULL OR e.book_id = @book) AND (@kind IS NULL OR b.kind = @kind)
    AND (@year IS NULL OR b.year = @year) AND (@from IS NULL OR e.received_date >= @from) AND (@to IS NULL OR e.received_date <= @to)
    AND (@status IS NULL OR e.status = @status)
    AND (@overdue = 0 OR (e.status <> '${INCOMING_DONE}' AND e.deadline <> '' AND e.deadline < @today))
    ORDER BY b.year, b.id, e.serial`).all({
    book: f.bookId ?? null, kind: f.kind ?? null, year: f.year ?? null, from: f.from ?? null, to: f.to ?? null,
    status: f.status ?? null, overdue: f.overdue ? 1 : 0, today: f.today ?? todayIso(),
  }) as InRow[];
  return rows.map((r) => toInEntry(ctx, r));
}

/** The folded text FTS indexes for an incoming row. */
export function inSearchText(e: { serial: number; sender: string; senderNumber: string; typeName: string; summary: string; routedTo: string; fileRef: string; notes: string; secrecy: string; urgency: string }): string {
  return foldVietnamese([String(e.serial), e.senderNumber, e.sender, e.typeName, e.summary, e.routedTo, e.fileRef, e.notes,
    e.secrecy, e.urgency].filter(Boolean).join(' \u2022 '));
}
