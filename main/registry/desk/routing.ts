/**
 * Routing (chuyển) incoming documents to a unit and/or a person with a handling deadline, status
 * changes, and duplicate detection (same sender number and document date).
 */
import type { DuplicateRow, RouteRow } from '../../../common/api/domains/desk-types';
import { INCOMING_IN_PROGRESS, INCOMING_NEW } from '../../../common/rules/incoming-status';
import { nfc } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { check } from '../errors';
import { updateIncoming } from '../incoming/incoming';
import { isIsoDate, nowIso, stmt } from '../sql';
import type { InEntry, InStatus } from '../types';

/** A routing request. */
export interface RouteInput { unit?: string; person?: string; deadline?: string; note?: string }

/** The "Chuyển" text of a route: "Ban Tổ chức (đ/c Lan)". */
export function routeLabel(unit: string, person: string): string {
  return unit && person ? `${unit} (${person})` : unit || person;
}

/** Routes an entry: writes the route, sets Chuyển and the deadline, moves "chưa xử lý" to "đang xử lý". */
export function routeIncoming(ctx: Ctx, entryId: number, r: RouteInput): InEntry {
  const unit = nfc(r.unit ?? '').trim();
  const person = nfc(r.person ?? '').trim();
  const deadline = (r.deadline ?? '').trim();
  check(unit !== '' || person !== '', 'Chọn đơn vị hoặc người nhận để chuyển văn bản.');
  check(deadline === '' || isIsoDate(deadline), `Hạn xử lý "${deadline}" không hợp lệ.`);
  return ctx.db.transaction(() => {
    const status = (stmt(ctx.db, 'SELECT status FROM in_entries WHERE id = ?').get(entryId) as { status: InStatus } | undefined)?.status;
    const next = updateIncoming(ctx, entryId, {
      routedTo: routeLabel(unit, person), deadline, ...(status === INCOMING_NEW ? { status: INCOMING_IN_PROGRESS } : {}),
    }, 'Chuyển xử lý');
    stmt(ctx.db, 'INSERT INTO in_routes (entry_id, unit, person, deadline, note, routed_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(entryId, unit, person, deadline, nfc(r.note ?? '').trim(), nowIso());
    return next;
  }).immediate();
}

/** The routing history of an entry, oldest first. */
export function routesOf(ctx: Ctx, entryId: number): RouteRow[] {
  return stmt(ctx.db, `SELECT id, unit, person, deadline, note, routed_at AS routedAt FROM in_routes WHERE entry_id = ? ORDER BY id`)
    .all(entryId) as RouteRow[];
}

/** Changes the handling status (audited). */
export function setStatus(ctx: Ctx, entryId: number, status: InStatus, reason = ''): InEntry {
  return updateIncoming(ctx, entryId, { status }, reason || `Chuyển trạng thái: ${status}`);
}

/** Entries already registered with this sender number and document date (possible duplicates). */
export function findDuplicates(ctx: Ctx, senderNumber: string, docDate: string, exceptId?: number): DuplicateRow[] {
  const n = nfc(senderNumber).trim();
  if (!n) return [];
  return stmt(ctx.db, `SELECT e.id, e.serial, b.year, e.received_date AS receivedDate, e.sender, e.summary FROM in_entries e
    JOIN in_books b ON b.id = e.book_id WHERE e.sender_number = @n AND (@d = '' OR e.doc_date = @d)
    AND (@x IS NULL OR e.id <> @x) ORDER BY e.id DESC LIMIT 5`).all({ n, d: docDate, x: exceptId ?? null }) as DuplicateRow[];
}
