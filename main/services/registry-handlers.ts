/** Handlers of the registry domain, calling the registry facade. */
import { UserError, type IncomingRow, type OutgoingRow } from '../../common/api';
import type { InEntry, OutEntry } from '../registry/index';
import type { Handlers } from './context';
import { readDraft } from './drafts-store';
import { withRegistry } from './registry';
import { ensureIssuerBooks, readSettings } from './settings';

/** Register row -> contract row. */
export function outRow(e: OutEntry): OutgoingRow {
  return {
    id: e.id, number: e.number, date: e.date, typeCode: e.typeCode, summary: e.summary,
    signer: e.signer, status: e.status, cancelReason: e.cancelReason,
  };
}

/** Register row -> contract row. */
export function inRow(e: InEntry): IncomingRow {
  return {
    id: e.id, serial: e.serial, year: e.year, receivedDate: e.receivedDate, sender: e.sender,
    senderNumber: e.senderNumber, docDate: e.docDate, summary: e.summary, routedTo: e.routedTo,
    deadline: e.deadline, status: e.status, attachments: e.attachments.length,
  };
}

/** Handlers of the registry domain. */
export const registryHandlers: Handlers = {
  'registry.books': (_i, ctx) =>
    withRegistry(ctx, (r) => ({
      outgoing: r.listOutBooks().map((b) => ({ id: b.id, name: b.name, issuerCode: b.issuerCode, closed: b.closed })),
      incoming: r.listInBooks().map((b) => ({ id: b.id, name: b.name, kind: b.kind, year: b.year })),
    })),
  'registry.listOutgoing': ({ limit, offset, status }, ctx) =>
    withRegistry(ctx, (r) => {
      const page = r.listOutgoingPage(status ? { status } : {}, { limit, offset });
      return { rows: page.rows.map(outRow), total: page.total };
    }),
  'registry.listIncoming': ({ limit, offset }, ctx) =>
    withRegistry(ctx, (r) => {
      const all = r.listIncoming({});
      return { rows: all.slice(offset, offset + limit).map(inRow), total: all.length };
    }),
  'registry.registerDraft': async ({ draftId, date }, ctx) => {
    const rec = await readDraft(ctx, draftId);
    if (rec.registeredAs) throw new UserError('conflict', `Dự thảo này đã được cấp số ${rec.registeredAs}; không cấp số lần thứ hai.`);
    // The draft is numbered, dated and locked in the transaction that writes the register row.
    const settings = await readSettings(ctx);
    return withRegistry(ctx, async (r) => {
      if (settings.organisation && settings.term) ensureIssuerBooks(r, settings.organisation, settings.term);
      return outRow(await r.registerDocument(JSON.stringify(rec.draft), { date, draftId }));
    });
  },
  'registry.registerIncoming': ({ attachment, ...input }, ctx) =>
    withRegistry(ctx, (r) => {
      const { docDate, deadline, ...rest } = input;
      const clean = { ...rest, ...(docDate ? { docDate } : {}), ...(deadline ? { deadline } : {}) };
      return inRow(r.addIncoming(clean, attachment ? [attachment] : []));
    }),
};
