/**
 * The incoming register: số đến per book per calendar year, taken in the same transaction as the
 * row; attachments copied into the data folder under generated names with their SHA-256; changes
 * (routing, status, deadline…) are audited with before/after values.
 */
import { INCOMING_NEW, INCOMING_STATUSES_TEXT, isIncomingStatus } from '../../../common/rules/incoming-status';
import { nfc } from '../../../common/text/normalize';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { copyIn, removeStored, type Stored } from '../files';
import { inBookFor, inBookKind } from './books';
import { getIncoming, inSearchText } from './rows';
import { isIsoDate, nowIso, stmt, todayIso } from '../sql';
import type { InEntry, InInput, InStatus } from '../types';

type Clean = Required<Omit<InInput, 'complaint'>> & { complaint: boolean };

/** Validates an incoming entry and fills defaults; texts in NFC. */
export function cleanIncoming(i: InInput): Clean {
  const t = (s: unknown): string => (typeof s === 'string' ? nfc(s).trim() : s == null ? '' : nfc(String(s)).trim());
  const c: Clean = {
    receivedDate: t(i.receivedDate) || todayIso(), sender: t(i.sender), senderNumber: t(i.senderNumber), docDate: t(i.docDate),
    typeName: t(i.typeName), summary: t(i.summary), secrecy: t(i.secrecy), urgency: t(i.urgency), routedTo: t(i.routedTo),
    deadline: t(i.deadline), fileRef: t(i.fileRef), notes: t(i.notes), status: (t(i.status) || INCOMING_NEW) as InStatus,
    complaint: i.complaint === true,
  };
  check(isIsoDate(c.receivedDate), `Ngày đến "${c.receivedDate}" không hợp lệ (dạng yyyy-mm-dd).`);
  check(c.docDate === '' || isIsoDate(c.docDate), `Ngày văn bản "${c.docDate}" không hợp lệ (dạng yyyy-mm-dd).`);
  check(c.deadline === '' || isIsoDate(c.deadline), `Hạn giải quyết "${c.deadline}" không hợp lệ (dạng yyyy-mm-dd).`);
  check(c.sender.length > 0, 'Thiếu tác giả (cơ quan gửi) của văn bản đến.');
  check(c.summary.length > 0, 'Thiếu trích yếu nội dung của văn bản đến.');
  check(isIncomingStatus(c.status), `Trạng thái "${c.status}" không hợp lệ (${INCOMING_STATUSES_TEXT}).`);
  return c;
}

/** Registers an incoming document with its attachments; `serial` is given only by imports. */
export function addIncoming(ctx: Ctx, input: InInput, attachmentPaths: string[] = [], serial?: number): InEntry {
  const c = cleanIncoming(input);
  const year = Number(c.receivedDate.slice(0, 4));
  const stored: (Stored & { originalName: string })[] = [];
  try {
    for (const p of attachmentPaths) stored.push(copyIn(ctx.dataDir, 'den', p, year));
    return ctx.db.transaction(() => {
      const book = inBookFor(ctx, inBookKind(c), year);
      const max = (stmt(ctx.db, 'SELECT max(serial) AS m FROM in_entries WHERE book_id = ?').get(book.id) as { m: number | null }).m ?? 0;
      const n = serial ?? max + 1;
      if (serial !== undefined && stmt(ctx.db, 'SELECT 1 FROM in_entries WHERE book_id = ? AND serial = ?').get(book.id, serial)) {
        throw new RegistryError('conflict', `Số đến ${serial} đã có trong ${book.name}.`);
      }
      const at = nowIso();
      const id = Number(stmt(ctx.db, `INSERT INTO in_entries (book_id, serial, received_date, sender, sender_number, doc_date, type_name,
        summary, secrecy, urgency, routed_to, deadline, file_ref, notes, status, search_text, created_at) VALUES (@book, @serial,
        @receivedDate, @sender, @senderNumber, @docDate, @typeName, @summary, @secrecy, @urgency, @routedTo, @deadline, @fileRef,
        @notes, @status, @search, @at)`).run({ ...c, complaint: undefined, book: book.id, serial: n, search: inSearchText({ ...c, serial: n }), at }).lastInsertRowid);
      for (const s of stored) {
        stmt(ctx.db, `INSERT INTO in_attachments (entry_id, original_name, stored_path, sha256, size, created_at)
          VALUES (?, ?, ?, ?, ?, ?)`).run(id, s.originalName, s.relPath, s.sha256, s.size, at);
      }
      const entry = getIncoming(ctx, id)!;
      appendAudit(ctx.db, { user: ctx.user, action: 'in.add', entity: 'in_entry', entityId: id, after: entry });
      return entry;
    }).immediate();
  } catch (err) {
    for (const s of stored) removeStored(ctx.dataDir, s.relPath);
    throw err;
  }
}

/** Updates an incoming entry's details (not its book or số đến); audited with before/after. */
export function updateIncoming(ctx: Ctx, id: number, changes: Partial<InInput>, reason = ''): InEntry {
  const fixed = Object.keys(changes).filter((k) => ['receivedDate', 'complaint', 'serial', 'bookId'].includes(k));
  check(fixed.length === 0, 'Không sửa được ngày đến, số đến hoặc sổ của văn bản đã vào sổ.');
  return ctx.db.transaction(() => {
    const before = getIncoming(ctx, id);
    if (!before) throw new RegistryError('not-found', `Không có văn bản đến mã ${id}.`);
    const c = cleanIncoming({ ...before, ...changes, receivedDate: before.receivedDate });
    stmt(ctx.db, `UPDATE in_entries SET sender = @sender, sender_number = @senderNumber, doc_date = @docDate, type_name = @typeName,
      summary = @summary, secrecy = @secrecy, urgency = @urgency, routed_to = @routedTo, deadline = @deadline, file_ref = @fileRef,
      notes = @notes, status = @status, search_text = @search WHERE id = @id`).run({ ...c, complaint: undefined, id, search: inSearchText({ ...c, serial: before.serial }) });
    const after = getIncoming(ctx, id)!;
    appendAudit(ctx.db, { user: ctx.user, action: 'in.update', entity: 'in_entry', entityId: id, before, after: { ...after, reason } });
    return after;
  }).immediate();
}
