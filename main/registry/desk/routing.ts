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
import { isIsoDate, nowIso } from '../sql';
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
  const s = ctx.store;
  return s.transaction(() => {
    // PostgreSQL: the entry's row is locked first (updateIncoming locks it too), so two clerks routing it queue.
    const status = s.first(s.db.selectFrom('in_entries').select('status').where('id', '=', entryId)
      .$if(s.engine === 'postgres', (q) => q.forUpdate()))?.status;
    const next = updateIncoming(ctx, entryId, {
      routedTo: routeLabel(unit, person), deadline, ...(status === INCOMING_NEW ? { status: INCOMING_IN_PROGRESS } : {}),
    }, 'Chuyển xử lý');
    s.run(s.db.insertInto('in_routes').values({ entry_id: entryId, unit, person, deadline, note: nfc(r.note ?? '').trim(), routed_at: nowIso() }));
    return next;
  });
}

/** The routing history of an entry, oldest first. */
export function routesOf(ctx: Ctx, entryId: number): RouteRow[] {
  const s = ctx.store;
  return s.all(s.db.selectFrom('in_routes').select(['id', 'unit', 'person', 'deadline', 'note', 'routed_at as routedAt'])
    .where('entry_id', '=', entryId).orderBy('id'));
}

/** Changes the handling status (audited). */
export function setStatus(ctx: Ctx, entryId: number, status: InStatus, reason = ''): InEntry {
  return updateIncoming(ctx, entryId, { status }, reason || `Chuyển trạng thái: ${status}`);
}

/** Entries already registered with this sender number and document date (possible duplicates). */
export function findDuplicates(ctx: Ctx, senderNumber: string, docDate: string, exceptId?: number): DuplicateRow[] {
  const n = nfc(senderNumber).trim();
  if (!n) return [];
  const s = ctx.store;
  return s.all(s.db.selectFrom('in_entries as e').innerJoin('in_books as b', 'b.id', 'e.book_id')
    .select(['e.id', 'e.serial', 'b.year', 'e.received_date as receivedDate', 'e.sender', 'e.summary'])
    .where('e.sender_number', '=', n)
    .$if(docDate !== '', (q) => q.where('e.doc_date', '=', docDate))
    .$if(exceptId != null, (q) => q.where('e.id', '<>', exceptId!))
    .orderBy('e.id', 'desc').limit(5));
}
