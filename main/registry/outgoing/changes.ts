/**
 * Changes to numbers already given: releasing a reservation, cancelling a number (hủy số), and
 * corrections of register details. Every change is an audit event with before/after values; the
 * number itself never changes and a cancelled number is never given again.
 */
import { nfc } from '../../../common/text/normalize';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { releaseOutcome } from './numbering';
import { cleanDetails } from './outgoing';
import { findByNumber, getOutgoing, outSearchText } from './rows';
import { stmt } from '../sql';
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
  return ctx.db.transaction(() => {
    const e = must(ctx, id);
    if (e.status !== 'reserved') throw new RegistryError('conflict', `Số ${e.number} không phải số đang giữ chỗ.`);
    const seq = stmt(ctx.db, 'SELECT seq_code, period FROM out_entries WHERE id = ?').get(id) as { seq_code: string; period: string };
    const top = (stmt(ctx.db, 'SELECT max(serial) AS m FROM out_entries WHERE book_id = ? AND seq_code = ? AND period = ?')
      .get(e.bookId, seq.seq_code, seq.period) as { m: number }).m;
    if (releaseOutcome(e.serial, top) === 'return') {
      stmt(ctx.db, 'DELETE FROM out_entries WHERE id = ?').run(id);
      appendAudit(ctx.db, { user: ctx.user, action: 'out.release', entity: 'out_entry', entityId: id, before: e, after: { returned: true, reason: why } });
      return { returned: true, entry: null };
    }
    const full = `Giữ số nhưng không dùng, đã cấp số sau: ${why}`;
    setCancelled(ctx, e, full, 'out.release');
    return { returned: false, entry: must(ctx, id) };
  }).immediate();
}

function setCancelled(ctx: Ctx, e: OutEntry, reason: string, action: string): void {
  const after = { ...e, status: 'cancelled' as const, cancelReason: reason };
  stmt(ctx.db, "UPDATE out_entries SET status = 'cancelled', cancel_reason = ?, search_text = ? WHERE id = ?").run(reason, outSearchText(after), e.id);
  appendAudit(ctx.db, { user: ctx.user, action, entity: 'out_entry', entityId: e.id, before: e, after: getOutgoing(ctx, e.id) });
}

/** Cancels a number (by entry id or symbol "04-NQ/TU"), with a reason; it stays in the register. */
export function cancelNumber(ctx: Ctx, ref: number | string, reason: string, bookId?: number): OutEntry {
  const why = reasonOf(reason);
  return ctx.db.transaction(() => {
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
  }).immediate();
}

/** Corrects register details of an entry (not its number, type or date); the change is audited with its reason. */
export function correctOutgoing(ctx: Ctx, id: number, changes: Partial<Omit<OutDetails, 'typeCode' | 'typeId' | 'date'>>, reason: string): OutEntry {
  const why = reasonOf(reason);
  const forbidden = Object.keys(changes).filter((k) => ['typeCode', 'typeId', 'date', 'number', 'serial', 'status'].includes(k));
  check(forbidden.length === 0, `Không sửa được ${forbidden.join(', ')} của số đã cấp; hãy hủy số và cấp số mới.`);
  return ctx.db.transaction(() => {
    const before = must(ctx, id);
    const d = cleanDetails({ ...before, ...changes, typeCode: before.typeCode, date: before.date });
    const after = { ...before, ...d, typeId: before.typeId };
    stmt(ctx.db, `UPDATE out_entries SET summary = @summary, signer = @signer, recipients = @recipients, secrecy = @secrecy,
      urgency = @urgency, drafting_unit = @draftingUnit, copies = @copies, archive_holder = @archiveHolder, notes = @notes,
      search_text = @search WHERE id = @id`).run({ ...d, id, recipients: JSON.stringify(d.recipients), search: outSearchText(after) });
    appendAudit(ctx.db, { user: ctx.user, action: 'out.correct', entity: 'out_entry', entityId: id, before, after: { ...getOutgoing(ctx, id), reason: why } });
    return must(ctx, id);
  }).immediate();
}
