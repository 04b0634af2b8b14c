/**
 * Changes to numbers already given: releasing a reservation, cancelling a number (hủy số), and
 * corrections of register details. Every change is an audit event with before/after values; the
 * number itself never changes and a cancelled number is never given again. Written on the store: the
 * same code on SQLite and PostgreSQL.
 */
import { nfc } from '../../../common/text/normalize';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { releaseOutcome } from './numbering';
import { cleanDetails } from './outgoing';
import { findByNumber, getOutgoing, outSearchText } from './rows';
import { lockSequence } from './lock';
import { highestSerial } from './sequence';
import type { OutDetails, OutEntry } from '../types';

function reasonOf(reason: string): string {
  const r = typeof reason === 'string' ? nfc(reason).trim() : '';
  check(r.length > 0, 'Phải ghi lý do.');
  return r;
}

function must(ctx: Ctx, id: number): OutEntry {
  const e = getOutgoing(ctx, id);
  if (!e) throw new RegistryError('not-found', `Không có mục mã ${id} trong sổ văn bản đi.`);
  return e;
}

/**
 * Releases a reservation. The number returns to the pool only if nothing after it was given in its
 * sequence; otherwise it stays in the register as cancelled, with the reason.
 */
export function releaseReservation(ctx: Ctx, id: number, reason: string): { returned: boolean; entry: OutEntry | null } {
  const why = reasonOf(reason);
  const { store } = ctx;
  return store.transaction(() => {
    const e = must(ctx, id);
    if (e.status !== 'reserved') throw new RegistryError('conflict', `Số ${e.number} không phải số đang giữ chỗ.`);
    const row = store.first(store.db.selectFrom('out_entries').select(['seq_code', 'period']).where('id', '=', id))!;
    const seq = { bookId: e.bookId, seqCode: row.seq_code, period: row.period };
    lockSequence(ctx, e.bookId, seq);
    const top = highestSerial(ctx, { ...seq, termId: null, termClosed: false }) ?? 0;
    if (releaseOutcome(e.serial, top) === 'return') {
      store.run(store.db.deleteFrom('out_entries').where('id', '=', id));
      appendAudit(store, { user: ctx.user, action: 'out.release', entity: 'out_entry', entityId: id, before: e, after: { returned: true, reason: why } });
      return { returned: true, entry: null };
    }
    const full = `Giữ số nhưng không dùng, đã cấp số sau: ${why}`;
    setCancelled(ctx, e, full, 'out.release');
    return { returned: false, entry: must(ctx, id) };
  });
}

function setCancelled(ctx: Ctx, e: OutEntry, reason: string, action: string): void {
  const after = { ...e, status: 'cancelled' as const, cancelReason: reason };
  const { store } = ctx;
  store.run(store.db.updateTable('out_entries').set({ status: 'cancelled', cancel_reason: reason, search_text: outSearchText(after) }).where('id', '=', e.id));
  appendAudit(store, { user: ctx.user, action, entity: 'out_entry', entityId: e.id, before: e, after: getOutgoing(ctx, e.id) });
}

/** Cancels a number (by entry id or symbol "04-NQ/TU"), with a reason; it stays in the register. */
export function cancelNumber(ctx: Ctx, ref: number | string, reason: string, bookId?: number): OutEntry {
  const why = reasonOf(reason);
  return ctx.store.transaction(() => {
    let e: OutEntry;
    if (typeof ref === 'number') e = must(ctx, ref);
    else {
      const found = findByNumber(ctx, ref, bookId).filter((x) => x.status !== 'cancelled');
      if (found.length === 0) throw new RegistryError('not-found', `Không có số ${ref} đang có hiệu lực trong sổ văn bản đi.`);
      if (found.length > 1) throw new RegistryError('conflict', `Có ${found.length} văn bản mang số ${ref} (các nhiệm kỳ hoặc năm khác nhau); hãy chỉ rõ mã mục.`);
      e = found[0];
    }
    if (e.status === 'cancelled') throw new RegistryError('conflict', `Số ${e.number} đã bị hủy trước đó.`);
    setCancelled(ctx, e, why, 'out.cancel');
    return must(ctx, e.id);
  });
}

/** Corrects register details of an entry (not its number, type or date); the change is audited with its reason. */
export function correctOutgoing(ctx: Ctx, id: number, changes: Partial<Omit<OutDetails, 'typeCode' | 'typeId' | 'date'>>, reason: string): OutEntry {
  const why = reasonOf(reason);
  const forbidden = Object.keys(changes).filter((k) => ['typeCode', 'typeId', 'date', 'number', 'serial', 'status'].includes(k));
  check(forbidden.length === 0, `Không sửa được ${forbidden.join(', ')} của số đã cấp; hãy hủy số và cấp số mới.`);
  const { store } = ctx;
  return store.transaction(() => {
    const before = must(ctx, id);
    const d = cleanDetails({ ...before, ...changes, typeCode: before.typeCode, date: before.date });
    const after = { ...before, ...d, typeId: before.typeId };
    store.run(store.db.updateTable('out_entries').set({
      summary: d.summary, signer: d.signer, recipients: JSON.stringify(d.recipients), secrecy: d.secrecy, urgency: d.urgency,
      drafting_unit: d.draftingUnit, copies: d.copies, archive_holder: d.archiveHolder, notes: d.notes, search_text: outSearchText(after),
    }).where('id', '=', id));
    appendAudit(store, { user: ctx.user, action: 'out.correct', entity: 'out_entry', entityId: id, before, after: { ...getOutgoing(ctx, id), reason: why } });
    return must(ctx, id);
  });
}
