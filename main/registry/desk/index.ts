/**
 * The clerk's desk part of the registry service (`registry.desk`): address book, routing, deadline
 * queues, register pages, desk search, report figures, stored-file checks. SQL stays in main/registry.
 */
import { bindAll, type Bound } from '../bind';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { getOutgoing } from '../outgoing/rows';
import { listAddresses, removeAddress, suggestSenders, touchSender } from './address';
import { incomingPage, outgoingPage, type InPageQuery, type OutPageQuery } from './pages';
import { deadlineQueues, type QueueOptions } from './queues';
import { findDuplicates, routeIncoming, routesOf, setStatus, type RouteInput } from './routing';
import { deskSearch, type DeskSearchQuery } from './search';
import { deskStats } from './stats';
import { printPreview, type PrintPreview } from './print-preview';
import { setStampPlace, setStampSize, stampPlace, stampSize } from './stamp-places';
import { createRecipientBook, type RecipientBookService } from './recipient-book';
import { verifyStoredFile, type StoredFileCheck } from './verify';

export type { PrintPreview, InPageQuery, OutPageQuery, QueueOptions, RouteInput, DeskSearchQuery, StoredFileCheck };
export { addDays } from './queues';
export { routeLabel } from './routing';

/** The stored DOCX of outgoing entry `id` checked against its SHA-256. */
function verifyOutgoing(ctx: Ctx, id: number): StoredFileCheck {
  const e = getOutgoing(ctx, id);
  if (!e) throw new RegistryError('not-found', `Không có văn bản đi mã ${id}.`);
  return verifyStoredFile(ctx.dataDir, e);
}

/** Every desk method of the registry service (`registry.desk.x`), by name: the one list they come from. */
export const DESK_METHODS = {
  suggestSenders,
  touchSender,
  listAddresses,
  removeAddress,
  duplicates: findDuplicates,
  route: routeIncoming,
  routes: routesOf,
  setStatus,
  queues: deadlineQueues,
  incomingPage,
  outgoingPage,
  search: deskSearch,
  stats: deskStats,
  verifyOutgoing,
  printPreview,
  /** The received stamp's size setting (mm), null for the default (./stamp-places). */
  stampSize,
  setStampSize,
  /** The place the clerk dragged the stamp to on an attachment's preview, null when automatic. */
  stampPlace,
  setStampPlace,
};

/** The desk methods of the registry service. */
export type DeskService = Bound<typeof DESK_METHODS> & {
  /** The Nơi nhận address book of outgoing documents (./recipient-book). */
  recipients: RecipientBookService;
};

/** Builds the desk methods over a live registry context. */
export function createDesk(live: () => Ctx): DeskService {
  return { ...bindAll(DESK_METHODS, live), recipients: createRecipientBook(live) };
}
