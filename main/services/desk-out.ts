/** Desk handlers of the outgoing register: pages, reserve, cancel, release, detail with the file check. */
import { UserError } from '../../common/api';
import type { DeskOutRow, OutDetail } from '../../common/api/domains/desk';
import type { OutEntry, RegistryService } from '../registry/index';
import type { Handlers } from './context';
import { deskToday } from './desk-clock';
import { withRegistry } from './registry';

/** Register entry -> desk row. */
export function deskOutRow(e: OutEntry): DeskOutRow {
  return {
    id: e.id, bookId: e.bookId, termId: e.termId, number: e.number, serial: e.serial, date: e.date, typeCode: e.typeCode,
    summary: e.summary, signer: e.signer, status: e.status, cancelReason: e.cancelReason, hasFile: e.filePath !== null,
  };
}

/** The detail of one outgoing entry, its stored file re-hashed. */
export function outDetail(r: RegistryService, id: number): OutDetail {
  const e = r.getOutgoing(id);
  if (!e) throw new UserError('not-found', `Không có văn bản đi mã ${id}.`);
  const book = r.listOutBooks().find((b) => b.id === e.bookId);
  const term = e.termId !== null ? r.listTerms(e.bookId).find((t) => t.id === e.termId) : undefined;
  const check = r.desk.verifyOutgoing(id);
  return {
    row: deskOutRow(e), bookName: book?.name ?? '', termName: term?.name ?? '', recipients: e.recipients, notes: e.notes,
    file: check.file, sha256: e.sha256, check: { ok: check.ok, message: check.message, actual: check.actual },
  };
}

/** Handlers of the desk's outgoing operations. */
export const deskOutHandlers: Handlers = {
  'registry.deskOutgoing': ({ offset, limit, bookId, termId, status }, ctx) =>
    withRegistry(ctx, (r) => r.desk.outgoingPage({ offset, limit, bookId, termId, status })),
  'registry.deskReserve': ({ bookId, typeCode, date, summary, notes }, ctx) =>
    withRegistry(ctx, (r) => deskOutRow(r.reserveNumber(bookId, { typeCode, date: date ?? deskToday(), summary, notes }))),
  'registry.deskCancel': ({ id, reason }, ctx) => withRegistry(ctx, (r) => deskOutRow(r.cancelNumber(id, reason))),
  'registry.deskRelease': ({ id, reason }, ctx) =>
    withRegistry(ctx, (r) => ({ returned: r.releaseReservation(id, reason).returned })),
  'registry.deskOutgoingDetail': ({ id }, ctx) => withRegistry(ctx, (r) => outDetail(r, id)),
};
