/**
 * The one list of the registry's methods (`openRegistry(...).x`): each a function of the live
 * context, bound by openRegistry (./bind.ts). The service type (./service.ts) is derived from this
 * list, so a method is declared here and nowhere else. The desk's and the drafts' methods have their
 * own lists (./desk/index.ts, ./drafts/service.ts); the methods tied to the open file (close,
 * backups, restore, integrity) are in ./session.ts.
 */
import { listAudit, verifyAudit } from './audit/log';
import { lazy } from './bind';
import type { Ctx } from './context';
import { assertNumberable, draftFlow, flowQueue, flowTransition, signAs } from './drafts/flow';
import { acquireLease, leaseOf, releaseLease } from './drafts/lease';
import { singleSeatActor } from '../../common/rules/office-flow';
import { listInBooks } from './incoming/books';
import { addIncoming, updateIncoming } from './incoming/incoming';
import { getIncoming, listIncoming } from './incoming/rows';
import { stampOfEntry } from './incoming/stamp';
import { getOrganisation, listOrganisations, saveOrganisation } from './organisations';
import { createOutBook, listOutBooks, setSecretSeparate, setTypeScope } from './outgoing/books';
import { cancelNumber, correctOutgoing, releaseReservation } from './outgoing/changes';
import { issueReserved, registerNumber, reserveNumber } from './outgoing/outgoing';
import { getOutgoing, listOutgoing, listOutgoingPage } from './outgoing/rows';
import { setLastUsed } from './outgoing/sequence';
import { closeTerm, listTerms, openTerm } from './outgoing/terms';
import { search } from './search';

/** Every method of the registry service that works on the live context, by name. */
export const REGISTRY_METHODS = {
  saveOrganisation,
  getOrganisation,
  listOrganisations,

  createOutBook,
  listOutBooks,
  setTypeScope,
  setSecretSeparate,
  listTerms,
  openTerm,
  closeTerm,
  setLastUsed,
  listInBooks,

  registerNumber,
  reserveNumber,
  issueReserved,
  releaseReservation,
  cancelNumber,
  correctOutgoing,
  // Heavy modules (DOCX export, exceljs) load on first use, so opening the registry stays fast.
  /** Registers a signed draft in one action (number, DOCX stored, row), see ./outgoing/register-document.ts. */
  registerDocument: lazy(() => import('./outgoing/register-document'), 'registerDocument'),
  getOutgoing,
  /** The outgoing register, newest first (every matching row; the screens use listOutgoingPage). */
  listOutgoing,
  listOutgoingPage,

  addIncoming,
  updateIncoming,
  getIncoming,
  listIncoming,
  /** The received stamp of an incoming entry. */
  stamp: stampOfEntry,

  search,

  // The office flow of drafts (./drafts/flow.ts, rules in common/rules/office-flow.ts) and the edit lease.
  /** The single seat's actor: this registry's user, holding every role. */
  seatActor: (ctx: Ctx) => singleSeatActor(ctx.user),
  /** Where a draft stands in the office flow, with its review history and revision. */
  draftFlow,
  /** Trình duyệt, Duyệt, Trả lại (comment required), Rút lại: checked by role and state, audited. */
  flowTransition,
  /** The drafts waiting in one queue (Chờ duyệt, Bị trả lại, Chờ cấp số). */
  flowQueue,
  /** Trình ký straight to numbering (only a lãnh đạo văn phòng, or the single seat), or its withdrawal. */
  signDraftAs: signAs,
  /** Refuses numbering a draft not approved, or by someone not văn thư. */
  assertDraftNumberable: assertNumberable,
  /** Takes or renews a draft's edit lease for one window; answers who holds it otherwise. */
  acquireDraftLease: acquireLease,
  /** Releases a window's edit lease (closing the editor). */
  releaseDraftLease: releaseLease,
  /** Who holds a draft's edit lease now, or null. */
  draftLease: leaseOf,

  /** Recomputes the audit chain and the rows it vouches for; names the first difference. */
  auditVerify: (ctx: Ctx) => verifyAudit(ctx.store),
  /** Audit events, newest first. */
  auditLog: (ctx: Ctx, opts?: { entity?: string; entityId?: string; limit?: number }) => listAudit(ctx.store, opts),

  /** Imports a register kept in Excel (.xlsx or .csv). */
  importFile: lazy(() => import('./import/registers'), 'importFile'),
  /** Prints a register for a period as DOCX or XLSX bytes. */
  printRegister: lazy(() => import('./print/register'), 'printRegister'),
};
