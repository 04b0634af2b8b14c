/**
 * The incoming register: số đến per book per calendar year, taken in the same transaction as the
 * row; attachments copied into the data folder under generated names with their SHA-256; changes
 * (routing, status, deadline…) are audited with before/after values. Written on the store
 * (docs/query-layer.md), the same on SQLite and PostgreSQL. The số đến is the book's highest serial
 * plus one, read after the book's row is locked (inBookFor with `lock`): SQLite's BEGIN IMMEDIATE
 * already makes the transaction the only writer; on PostgreSQL concurrent clerks queue on the book's
 * row (SELECT … FOR UPDATE) and each reads the serial the previous one committed, so the numbers stay
 * contiguous, and the unique index (book_id, serial) makes a duplicate impossible either way.
 */
import { INCOMING_NEW, INCOMING_STATUSES_TEXT, isIncomingStatus } from '../../../common/rules/incoming-status';
import { nfc } from '../../../common/text/normalize';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { copyIn, removeStored, type Stored } from '../files';
import { inBookFor, inBookKind } from './books';
import { getIncoming, inSearchText } from './rows';
import { isIsoDate, nowIso, todayIso } from '../sql';
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

/** The highest số đến of book `bookId` (0 for an empty book). */
function lastSerial(ctx: Ctx, bookId: number): number {
  const s = ctx.store;
  return Number(s.first(s.db.selectFrom('in_entries').select((eb) => eb.fn.max('serial').as('m')).where('book_id', '=', bookId))?.m ?? 0);
}

/** Registers an incoming document with its attachments; `serial` is given only by imports. */
export function addIncoming(ctx: Ctx, input: InInput, attachmentPaths: string[] = [], serial?: number): InEntry {
  const c = cleanIncoming(input);
  const year = Number(c.receivedDate.slice(0, 4));
  const stored: (Stored & { originalName: string })[] = [];
  try {
    for (const p of attachmentPaths) stored.push(copyIn(ctx.dataDir, 'den', p, year));
    const s = ctx.store;
    return s.transaction(() => {
      const book = inBookFor(ctx, inBookKind(c), year, true);
      const n = serial ?? lastSerial(ctx, book.id) + 1;
      if (serial !== undefined && s.first(s.db.selectFrom('in_entries').select('id').where('book_id', '=', book.id).where('serial', '=', serial))) {
        throw new RegistryError('conflict', `Số đến ${serial} đã có trong ${book.name}.`);
      }
      const at = nowIso();
      const { complaint: _complaint, ...fields } = c;
      const id = s.first(s.db.insertInto('in_entries').values({
        book_id: book.id, serial: n, received_date: fields.receivedDate, sender: fields.sender, sender_number: fields.senderNumber,
        doc_date: fields.docDate, type_name: fields.typeName, summary: fields.summary, secrecy: fields.secrecy, urgency: fields.urgency,
        routed_to: fields.routedTo, deadline: fields.deadline, file_ref: fields.fileRef, notes: fields.notes, status: fields.status,
        search_text: inSearchText({ ...fields, serial: n }), created_at: at,
      }).returning('id'))!.id;
      for (const f of stored) {
        s.run(s.db.insertInto('in_attachments').values({
          entry_id: id, original_name: f.originalName, stored_path: f.relPath, sha256: f.sha256, size: f.size, created_at: at,
        }));
      }
      const entry = getIncoming(ctx, id)!;
      appendAudit(s, { user: ctx.user, action: 'in.add', entity: 'in_entry', entityId: id, after: entry });
      return entry;
    });
  } catch (err) {
    for (const f of stored) removeStored(ctx.dataDir, f.relPath);
    throw err;
  }
}

/** Updates an incoming entry's details (not its book or số đến); audited with before/after. */
export function updateIncoming(ctx: Ctx, id: number, changes: Partial<InInput>, reason = ''): InEntry {
  const fixed = Object.keys(changes).filter((k) => ['receivedDate', 'complaint', 'serial', 'bookId'].includes(k));
  check(fixed.length === 0, 'Không sửa được ngày đến, số đến hoặc sổ của văn bản đã vào sổ.');
  const s = ctx.store;
  return s.transaction(() => {
    // PostgreSQL: the row is locked first, so two clerks changing it queue and each audits what the other left.
    if (s.engine === 'postgres') s.first(s.db.selectFrom('in_entries').select('id').where('id', '=', id).forUpdate());
    const before = getIncoming(ctx, id);
    if (!before) throw new RegistryError('not-found', `Không có văn bản đến mã ${id}.`);
    const c = cleanIncoming({ ...before, ...changes, receivedDate: before.receivedDate });
    s.run(s.db.updateTable('in_entries').set({
      sender: c.sender, sender_number: c.senderNumber, doc_date: c.docDate, type_name: c.typeName, summary: c.summary,
      secrecy: c.secrecy, urgency: c.urgency, routed_to: c.routedTo, deadline: c.deadline, file_ref: c.fileRef, notes: c.notes,
      status: c.status, search_text: inSearchText({ ...c, serial: before.serial }),
    }).where('id', '=', id));
    const after = getIncoming(ctx, id)!;
    appendAudit(s, { user: ctx.user, action: 'in.update', entity: 'in_entry', entityId: id, before, after: { ...after, reason } });
    return after;
  });
}
