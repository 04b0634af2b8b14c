/**
 * The outgoing register: a number is taken in the same transaction that writes its row (BEGIN
 * IMMEDIATE, so concurrent writers queue), and the unique index (book, sequence, period, serial)
 * makes a duplicate impossible. Reservations (giữ số) take a number for a document still being
 * signed; `issueReserved` turns one into a registered document. Written on the store: the same code
 * on SQLite and PostgreSQL, where the sequence's row is locked first (./lock.ts) so concurrent
 * clients queue as SQLite's writers do.
 */
import { formatNumber } from '../../../common/rules/number';
import { nfc } from '../../../common/text/normalize';
import { appendAudit } from '../audit/log';
import { getOutBook } from './books';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { getOutgoing, outSearchText, toOutEntry, type OutRow } from './rows';
import { peekSerial, resolveSequence } from './sequence';
import { isUniqueViolation } from '../../store/errors';
import { lockSequence } from './lock';
import { isIsoDate, nowIso, todayIso } from '../sql';
import type { OutDetails, OutEntry } from '../types';

/** Stored file of a registered document. */
export interface StoredFile { filePath: string; sha256: string }

/** Validates details and fills defaults; texts in NFC. */
export function cleanDetails(d: OutDetails): Required<Omit<OutDetails, 'typeId' | 'copies'>> & { typeId: string | null; copies: number | null } {
  check(typeof d.typeCode === 'string' && d.typeCode.length > 0, 'Thiếu ký hiệu loại văn bản (typeCode, ví dụ NQ).');
  const date = d.date ?? todayIso();
  check(isIsoDate(date), `Ngày văn bản "${date}" không hợp lệ (dạng yyyy-mm-dd).`);
  check(d.recipients === undefined || (Array.isArray(d.recipients) && d.recipients.every((x) => typeof x === 'string')), 'Nơi nhận phải là danh sách dòng chữ.');
  check(d.copies == null || (Number.isInteger(d.copies) && d.copies >= 0), 'Số lượng bản phải là số nguyên không âm.');
  const t = (s: unknown): string => (typeof s === 'string' ? nfc(s).trim() : '');
  return {
    typeCode: nfc(d.typeCode).trim(), typeId: d.typeId ?? null, date, summary: t(d.summary), signer: t(d.signer),
    recipients: (d.recipients ?? []).map(t).filter(Boolean), secrecy: t(d.secrecy), urgency: t(d.urgency),
    draftingUnit: t(d.draftingUnit), copies: d.copies ?? null, archiveHolder: t(d.archiveHolder), notes: t(d.notes),
  };
}

function take(ctx: Ctx, bookId: number, details: OutDetails, status: 'issued' | 'reserved', file?: StoredFile, expectSerial?: number, fixedSerial?: number): OutEntry {
  const d = cleanDetails(details);
  const { store } = ctx;
  return store.transaction(() => {
    const book = getOutBook(ctx, bookId);
    if (book.closed) throw new RegistryError('book-closed', `Sổ "${book.name}" đã đóng, không cấp số mới.`);
    const seq = resolveSequence(ctx, book, d.typeCode, d.date, d.secrecy);
    if (seq.termClosed && seq.period.startsWith('T') && fixedSerial === undefined) {
      throw new RegistryError('no-term', `Ngày ${d.date} thuộc một nhiệm kỳ đã đóng; không cấp thêm số cho nhiệm kỳ đó.`);
    }
    lockSequence(ctx, book.id, seq);
    const serial = fixedSerial ?? peekSerial(ctx, seq);
    if (expectSerial !== undefined && serial !== expectSerial) {
      throw new RegistryError('conflict', `Số ${expectSerial} vừa được cấp cho văn bản khác; sẽ lấy số tiếp theo.`);
    }
    const number = formatNumber({ serial, typeCode: d.typeCode, issuerCode: book.issuerCode });
    const row = { ...d, number, cancelReason: null };
    const inserted = store.first(store.db.insertInto('out_entries').values({
      book_id: book.id, seq_code: seq.seqCode, period: seq.period, serial, number, type_code: d.typeCode, type_id: d.typeId,
      term_id: seq.termId, doc_date: d.date, summary: d.summary, signer: d.signer, recipients: JSON.stringify(d.recipients),
      secrecy: d.secrecy, urgency: d.urgency, drafting_unit: d.draftingUnit, copies: d.copies, archive_holder: d.archiveHolder,
      notes: d.notes, status, file_path: file?.filePath ?? null, sha256: file?.sha256 ?? null, search_text: outSearchText(row),
      created_at: nowIso(),
    }).returningAll())!;
    // The row as written (RETURNING), not read again: one round trip fewer on PostgreSQL.
    const entry = toOutEntry({ ...inserted, issuer_code: book.issuerCode } as OutRow);
    const { id } = entry;
    const action = fixedSerial !== undefined ? 'out.import' : status === 'issued' ? 'out.register' : 'out.reserve';
    appendAudit(store, { user: ctx.user, action, entity: 'out_entry', entityId: id, after: entry });
    return entry;
  });
}

/** Registers a document: takes the next number of its sequence and writes the row, in one transaction. */
export function registerNumber(ctx: Ctx, bookId: number, details: OutDetails, file?: StoredFile, expectSerial?: number): OutEntry {
  return take(ctx, bookId, details, 'issued', file, expectSerial);
}

/**
 * Writes a number given before vanthu (import of an Excel register). The unique index refuses a
 * number already in the register; this is the only way a serial is chosen by hand.
 */
export function importNumber(ctx: Ctx, bookId: number, details: OutDetails, serial: number): OutEntry {
  check(Number.isInteger(serial) && serial >= 1, `Số thứ tự "${serial}" không hợp lệ.`);
  try {
    return take(ctx, bookId, details, 'issued', undefined, undefined, serial);
  } catch (e) {
    if (isUniqueViolation(e)) throw new RegistryError('conflict', 'Số này đã có trong sổ.');
    throw e;
  }
}

/** Reserves the next number (giữ số) for a document still being signed. */
export function reserveNumber(ctx: Ctx, bookId: number, details: OutDetails): OutEntry {
  return take(ctx, bookId, details, 'reserved');
}

/** Turns a reservation into a registered document, with its final details and stored file. */
export function issueReserved(ctx: Ctx, id: number, details: Partial<OutDetails> = {}, file?: StoredFile): OutEntry {
  const { store } = ctx;
  return store.transaction(() => {
    const before = getOutgoing(ctx, id);
    if (!before) throw new RegistryError('not-found', `Không có số giữ chỗ mã ${id}.`);
    if (before.status !== 'reserved') throw new RegistryError('conflict', `Số ${before.number} không phải số đang giữ chỗ (trạng thái: ${before.status}).`);
    check(details.typeCode === undefined || details.typeCode === before.typeCode, `Số ${before.number} được giữ cho loại ${before.typeCode}, không dùng cho loại ${details.typeCode}.`);
    const d = cleanDetails({ ...before, ...details, typeCode: before.typeCode, date: before.date });
    const row = { ...d, number: before.number, cancelReason: null };
    store.run(store.db.updateTable('out_entries').set((eb) => ({
      status: 'issued', summary: d.summary, signer: d.signer, recipients: JSON.stringify(d.recipients), secrecy: d.secrecy,
      urgency: d.urgency, drafting_unit: d.draftingUnit, copies: d.copies, archive_holder: d.archiveHolder, notes: d.notes,
      type_id: eb.fn.coalesce(eb.val(d.typeId), eb.ref('type_id')), file_path: file?.filePath ?? null, sha256: file?.sha256 ?? null,
      search_text: outSearchText(row),
    })).where('id', '=', id));
    const after = getOutgoing(ctx, id)!;
    appendAudit(store, { user: ctx.user, action: 'out.issue-reserved', entity: 'out_entry', entityId: id, before, after });
    return after;
  });
}
