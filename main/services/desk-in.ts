/** Desk handlers of incoming documents: registration, detail, routing, status (the stamp on PDFs: ./desk-stamp.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api';
import type { DeskInRow, InDetail } from '../../common/api/domains/desk';
import type { RegistryService } from '../registry/index';
import { resolveStored } from '../registry/files';
import { folders, type Handlers, type ServiceContext } from './context';
import { deskToday } from './desk-clock';
import { checkPath } from './paths';
import { withRegistry } from './registry';

/** The full detail of one incoming entry. */
export function inDetail(r: RegistryService, id: number): InDetail {
  const e = r.getIncoming(id);
  if (!e) throw new UserError('not-found', `Không có văn bản đến mã ${id}.`);
  const row: DeskInRow = {
    id: e.id, serial: e.serial, year: e.year, bookKind: e.bookKind, receivedDate: e.receivedDate, sender: e.sender,
    senderNumber: e.senderNumber, docDate: e.docDate, typeName: e.typeName, summary: e.summary, secrecy: e.secrecy, urgency: e.urgency,
    routedTo: e.routedTo, deadline: e.deadline, fileRef: e.fileRef, notes: e.notes, status: e.status, attachments: e.attachments.length,
  };
  return {
    row,
    attachments: e.attachments.map((a) => ({
      id: a.id, name: a.originalName, file: resolveStored(r.dataDir, a.storedPath), size: a.size, pdf: /\.pdf$/i.test(a.originalName),
    })),
    routes: r.desk.routes(id),
    stamp: r.stamp(id).lines,
    duplicates: e.senderNumber ? r.desk.duplicates(e.senderNumber, e.docDate, id) : [],
  };
}

/**
 * Checks that each attachment is an upload, and gives it back its original name (the registry keeps
 * the file name it is given): a copy in a fresh sub-folder of uploads, named as the user's file.
 */
function uploadsOnly(ctx: ServiceContext, files: string[], names: string[]): string[] {
  const uploads = folders(ctx.dataDir).uploads;
  return files.map((f, i) => {
    const file = checkPath(f, ctx.dataDir, [uploads]);
    const name = (names[i] ?? '').replace(/[/\\:*?"<>|\0]/g, '_').trim();
    if (!name || path.extname(name).toLowerCase() !== path.extname(file).toLowerCase()) return file;
    const dir = fs.mkdtempSync(path.join(uploads, 'ten-goc-'));
    fs.copyFileSync(file, path.join(dir, name));
    return path.join(dir, name);
  });
}

/** Handlers of the desk's incoming operations. */
export const deskInHandlers: Handlers = {
  'registry.deskToday': async () => ({ today: deskToday() }),
  'registry.deskIncoming': ({ offset, limit, status, from, to }, ctx) =>
    withRegistry(ctx, (r) => r.desk.incomingPage({ offset, limit, status, from, to })),
  'registry.deskRegisterIncoming': ({ attachments, attachmentNames, unit, person, deadline, docDate, ...input }, ctx) => {
    const files = uploadsOnly(ctx, attachments, attachmentNames);
    return withRegistry(ctx, (r) => {
      const e = r.addIncoming({ ...input, ...(docDate ? { docDate } : {}) }, files);
      r.desk.touchSender(e.sender);
      if (unit || person) r.desk.route(e.id, { unit, person, deadline });
      else if (deadline) r.updateIncoming(e.id, { deadline }, 'Hạn xử lý khi vào sổ');
      return inDetail(r, e.id);
    });
  },
  'registry.deskIncomingDetail': ({ id }, ctx) => withRegistry(ctx, (r) => inDetail(r, id)),
  'registry.deskSenders': ({ query, limit }, ctx) => withRegistry(ctx, (r) => r.desk.suggestSenders(query, limit)),
  'registry.deskDuplicates': ({ senderNumber, docDate }, ctx) => withRegistry(ctx, (r) => r.desk.duplicates(senderNumber, docDate)),
  'registry.deskRoute': ({ id, unit, person, deadline, note }, ctx) =>
    withRegistry(ctx, (r) => (r.desk.route(id, { unit, person, deadline, note }), inDetail(r, id))),
  'registry.deskStatus': ({ id, status }, ctx) => withRegistry(ctx, (r) => (r.desk.setStatus(id, status), inDetail(r, id))),
  'registry.deskQueues': ({ soonDays, unit, person }, ctx) =>
    withRegistry(ctx, (r) => r.desk.queues({ today: deskToday(), soonDays, unit: unit || undefined, person: person || undefined })),
};
