/** Desk handlers of search (both registers and the drafts) and of settings and care (books, terms, address book, audit). */
import type { DeskBook, DeskHit } from '../../common/api/domains/desk';
import { foldVietnamese } from '../../common/text/normalize';
import type { RegistryService } from '../registry/index';
import { queryPhrases, textMatches } from '../registry/search';
import type { Handlers, ServiceContext } from './context';
import { listDraftSummaries } from './drafts-store';
import { withRegistry } from './registry';

function book(r: RegistryService, id: number): DeskBook {
  const b = r.listOutBooks().find((x) => x.id === id)!;
  return { id: b.id, issuerCode: b.issuerCode, name: b.name, closed: b.closed, terms: r.listTerms(b.id) };
}

/**
 * Drafts not yet issued whose title holds the query (the rule of main/registry/search.ts); an issued
 * draft is found as its outgoing entry instead, with the register's date and a link back to it.
 */
async function draftHits(ctx: ServiceContext, text: string): Promise<DeskHit[]> {
  const phrases = queryPhrases(text);
  return (await listDraftSummaries(ctx)).filter((d) => !d.registeredAs && textMatches(d.title, phrases)).map((d) => ({
    register: 'draft' as const, id: d.id, number: 'Dự thảo', date: d.updatedAt.slice(0, 10), summary: d.title,
    sender: '', status: 'dự thảo', hasFile: false,
  }));
}

function auditSummary(action: string, after: unknown): string {
  const a = (after ?? {}) as Record<string, unknown>;
  const what = [a.number, a.serial !== undefined ? `số đến ${String(a.serial)}` : '', a.summary].filter(Boolean).join(' · ');
  return `${action}${what ? `: ${String(what).slice(0, 140)}` : ''}`;
}

/** Handlers of the desk's search and care operations. */
export const deskCareHandlers: Handlers = {
  'registry.deskSearch': async ({ text, register, typeCode, sender, from, to, status, limit }, ctx) => {
    const words = foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const hits = register === 'draft' ? [] : await withRegistry(ctx, (r) => r.desk.search({
      text, register, typeCode: typeCode || undefined, sender: sender || undefined, from, to, status: status || undefined, limit,
    }));
    const drafts = (register === 'all' || register === 'draft') && text.trim() && !typeCode && !sender && !status ? await draftHits(ctx, text) : [];
    return { hits: [...drafts, ...hits].slice(0, limit), words };
  },
  'registry.deskBooks': (_i, ctx) => withRegistry(ctx, (r) => r.listOutBooks().map((b) => book(r, b.id))),
  'registry.deskCreateBook': ({ issuerCode, name }, ctx) => withRegistry(ctx, (r) => book(r, r.createOutBook({ issuerCode, name }).id)),
  'registry.deskOpenTerm': ({ bookId, name, start }, ctx) => withRegistry(ctx, (r) => (r.openTerm(bookId, name, start), book(r, bookId))),
  'registry.deskCloseTerm': ({ bookId, end }, ctx) => withRegistry(ctx, (r) => (r.closeTerm(bookId, end), book(r, bookId))),
  'registry.deskAddresses': (_i, ctx) => withRegistry(ctx, (r) => r.desk.listAddresses()),
  'registry.deskAddressSave': ({ name }, ctx) => withRegistry(ctx, (r) => r.desk.touchSender(name, false)),
  'registry.deskAddressRemove': ({ id }, ctx) => withRegistry(ctx, (r) => (r.desk.removeAddress(id), { removed: true })),
  'registry.deskAudit': ({ limit }, ctx) => withRegistry(ctx, (r) => {
    const v = r.auditVerify();
    return {
      events: r.auditLog({ limit }).map((e) => ({
        id: e.id, at: e.at, user: e.user, action: e.action, entity: e.entity, entityId: e.entityId, summary: auditSummary(e.action, e.after),
      })),
      verdict: v.ok ? { ok: true, count: v.count, message: `Chuỗi nhật ký nguyên vẹn (${v.count} sự kiện).` }
        : { ok: false, count: v.count, message: v.message },
    };
  }),
  'registry.deskIntegrity': (_i, ctx) => withRegistry(ctx, (r) => {
    const { state, problems, checkedAt } = r.integrity();
    return { state, problems, checkedAt };
  }),
  'registry.deskBackupProblem': (_i, ctx) => withRegistry(ctx, (r) => {
    const problem = r.backupProblem();
    return { message: problem?.message ?? null, at: problem?.at ?? null };
  }),
};
