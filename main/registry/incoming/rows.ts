/**
 * Reading incoming register rows: mapping, get, list with filters (incl. overdue) whole or by page,
 * search text. Written on the store (docs/query-layer.md), the same on SQLite and PostgreSQL.
 */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { INCOMING_DONE } from '../../../common/rules/incoming-status';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import type { RegistryTables } from '../schema/tables';
import { todayIso } from '../sql';
import type { Attachment, InBookKind, InEntry, InStatus } from '../types';

/** A raw in_entries row joined with its book. */
export interface InRow {
  id: number; book_id: number; kind: InBookKind; year: number; serial: number; received_date: string; sender: string;
  sender_number: string; doc_date: string; type_name: string; summary: string; secrecy: string; urgency: string;
  routed_to: string; deadline: string; file_ref: string; notes: string; status: InStatus; created_at: string;
}

/** Entries whose attachments are read in one query. */
const ATTACHMENT_BATCH = 500;

/** The attachments of entries `ids`, by entry id, each list in id order. */
function attachmentsOf(ctx: Ctx, ids: number[]): Map<number, Attachment[]> {
  const byEntry = new Map<number, Attachment[]>();
  const s = ctx.store;
  for (let i = 0; i < ids.length; i += ATTACHMENT_BATCH) {
    const rows = s.all(s.db.selectFrom('in_attachments').select(['id', 'entry_id', 'original_name', 'stored_path', 'sha256', 'size'])
      .where('entry_id', 'in', ids.slice(i, i + ATTACHMENT_BATCH)).orderBy('id'));
    for (const a of rows) {
      const list = byEntry.get(a.entry_id) ?? [];
      list.push({ id: a.id, originalName: a.original_name, storedPath: a.stored_path, sha256: a.sha256, size: a.size });
      byEntry.set(a.entry_id, list);
    }
  }
  return byEntry;
}

function mapRow(r: InRow, attachments: Attachment[]): InEntry {
  return {
    id: r.id, bookId: r.book_id, bookKind: r.kind, year: r.year, serial: r.serial, receivedDate: r.received_date,
    sender: r.sender, senderNumber: r.sender_number, docDate: r.doc_date, typeName: r.type_name, summary: r.summary,
    secrecy: r.secrecy, urgency: r.urgency, routedTo: r.routed_to, deadline: r.deadline, fileRef: r.file_ref, notes: r.notes,
    status: r.status, attachments, createdAt: r.created_at,
  };
}

/** Maps raw rows to plain data, with their attachments (read in batches, not one query per row). */
export function toInEntries(ctx: Ctx, rows: InRow[]): InEntry[] {
  const attachments = rows.length ? attachmentsOf(ctx, rows.map((r) => r.id)) : new Map<number, Attachment[]>();
  return rows.map((r) => mapRow(r, attachments.get(r.id) ?? []));
}

/** Maps a raw row to plain data (with its attachments). */
export function toInEntry(ctx: Ctx, r: InRow): InEntry {
  return toInEntries(ctx, [r])[0];
}

/** The entries joined with their book, every column of the row (the search text aside). */
function selectRows(ctx: Ctx) {
  return ctx.store.db.selectFrom('in_entries as e').innerJoin('in_books as b', 'b.id', 'e.book_id').select([
    'e.id', 'e.book_id', 'b.kind', 'b.year', 'e.serial', 'e.received_date', 'e.sender', 'e.sender_number', 'e.doc_date', 'e.type_name',
    'e.summary', 'e.secrecy', 'e.urgency', 'e.routed_to', 'e.deadline', 'e.file_ref', 'e.notes', 'e.status', 'e.created_at',
  ]);
}

/** One incoming entry by id, or null. */
export function getIncoming(ctx: Ctx, id: number): InEntry | null {
  const r = ctx.store.first(selectRows(ctx).where('e.id', '=', id));
  return r ? toInEntry(ctx, r) : null;
}

/** Filters of listIncoming. */
export interface InListFilter { bookId?: number; kind?: InBookKind; year?: number; from?: string; to?: string; status?: InStatus; overdue?: boolean; today?: string }

/** The condition "overdue on `today`": a deadline before today and not yet handled (on alias `e`). */
export function overdueCondition(today: string) {
  return (eb: ExpressionBuilder<RegistryTables & { e: RegistryTables['in_entries'] }, 'e'>) =>
    eb.and([eb('e.status', '<>', INCOMING_DONE), eb('e.deadline', '<>', ''), eb('e.deadline', '<', today)]);
}

type Joined = RegistryTables & { e: RegistryTables['in_entries']; b: RegistryTables['in_books'] };

/** `q` narrowed by the filters of listIncoming. */
function filtered<O>(q: SelectQueryBuilder<Joined, 'e' | 'b', O>, f: InListFilter): SelectQueryBuilder<Joined, 'e' | 'b', O> {
  if (f.bookId != null) q = q.where('e.book_id', '=', f.bookId);
  if (f.kind != null) q = q.where('b.kind', '=', f.kind);
  if (f.year != null) q = q.where('b.year', '=', f.year);
  if (f.from != null) q = q.where('e.received_date', '>=', f.from);
  if (f.to != null) q = q.where('e.received_date', '<=', f.to);
  if (f.status != null) q = q.where('e.status', '=', f.status);
  if (f.overdue) q = q.where(overdueCondition(f.today ?? todayIso()));
  return q;
}

/** Lists incoming entries, in book order. Overdue: a deadline before today and not yet handled. */
export function listIncoming(ctx: Ctx, f: InListFilter = {}): InEntry[] {
  const rows = ctx.store.all(filtered(selectRows(ctx), f).orderBy('b.year').orderBy('b.id').orderBy('e.serial'));
  return toInEntries(ctx, rows);
}

/** One page of listIncoming (same filters and order), read with LIMIT/OFFSET, and the number of matching rows. */
export function listIncomingPage(ctx: Ctx, f: InListFilter, page: { limit: number; offset: number }): { rows: InEntry[]; total: number } {
  const s = ctx.store;
  const counted = filtered(s.db.selectFrom('in_entries as e').innerJoin('in_books as b', 'b.id', 'e.book_id'), f)
    .select((eb) => eb.fn.countAll<number>().as('n'));
  const total = Number(s.first(counted)?.n ?? 0);
  const rows = s.all(filtered(selectRows(ctx), f).orderBy('b.year').orderBy('b.id').orderBy('e.serial').limit(page.limit).offset(page.offset));
  return { rows: toInEntries(ctx, rows), total };
}

/** The folded text FTS indexes for an incoming row. */
export function inSearchText(e: { serial: number; sender: string; senderNumber: string; typeName: string; summary: string; routedTo: string; fileRef: string; notes: string; secrecy: string; urgency: string }): string {
  return foldVietnamese([String(e.serial), e.senderNumber, e.sender, e.typeName, e.summary, e.routedTo, e.fileRef, e.notes,
    e.secrecy, e.urgency].filter(Boolean).join(' \u2022 '));
}
