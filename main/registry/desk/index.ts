/**
 * The clerk's desk part of the registry service (`registry.desk`): address book, routing, deadline
 * queues, register pages, desk search, report figures, stored-file checks. SQL stays in main/registry.
 */
import type {
  AddressRow, DeskHit, DeskInRow, DeskOutRow, DeskPage, DeskStats, DuplicateRow, Queues, RouteRow,
} from '../../../common/api/domains/desk-types';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import { getOutgoing } from '../outgoing/rows';
import type { InEntry, InStatus } from '../types';
import { listAddresses, removeAddress, suggestSenders, touchSender } from './address';
import { incomingPage, outgoingPage, type InPageQuery, type OutPageQuery } from './pages';
import { deadlineQueues, type QueueOptions } from './queues';
import { findDuplicates, routeIncoming, routesOf, setStatus, type RouteInput } from './routing';
import { deskSearch, type DeskSearchQuery } from './search';
import { deskStats } from './stats';
import { printPreview, type PrintPreview } from './print-preview';
import { setStampPlace, setStampSize, stampPlace, stampSize, type StampPlaceMm, type StampSizeMm } from './stamp-places';
import { createRecipientBook, type RecipientBookService } from './recipient-book';
import { verifyStoredFile, type FileCheck } from './verify';

export type { PrintPreview, InPageQuery, OutPageQuery, QueueOptions, RouteInput, DeskSearchQuery, FileCheck };
export { addDays } from './queues';
export { routeLabel } from './routing';

/** The desk methods of the registry service. */
export interface DeskService {
  suggestSenders(query: string, limit?: number): AddressRow[];
  touchSender(name: string, count?: boolean): AddressRow;
  listAddresses(): AddressRow[];
  removeAddress(id: number): void;
  duplicates(senderNumber: string, docDate: string, exceptId?: number): DuplicateRow[];
  route(entryId: number, route: RouteInput): InEntry;
  routes(entryId: number): RouteRow[];
  setStatus(entryId: number, status: InStatus, reason?: string): InEntry;
  queues(opts: QueueOptions): Queues;
  incomingPage(q: InPageQuery): DeskPage<DeskInRow>;
  outgoingPage(q: OutPageQuery): DeskPage<DeskOutRow>;
  search(q: DeskSearchQuery): DeskHit[];
  stats(year: number, today: string): DeskStats;
  verifyOutgoing(id: number): FileCheck;
  printPreview(kind: 'in' | 'out' | 'follow-up', from: string, to: string): PrintPreview;
  /** The received stamp's size setting (mm), null for the default (./stamp-places). */
  stampSize(): StampSizeMm | null;
  setStampSize(size: StampSizeMm | null): void;
  /** The place the clerk dragged the stamp to on an attachment's preview, null when automatic. */
  stampPlace(attachmentId: number): StampPlaceMm | null;
  setStampPlace(attachmentId: number, place: StampPlaceMm | null): void;
  /** The Nơi nhận address book of outgoing documents (./recipient-book). */
  recipients: RecipientBookService;
}

/** Builds the desk methods over a live registry context. */
export function createDesk(live: () => Ctx): DeskService {
  return {
    suggestSenders: (q, limit) => suggestSenders(live(), q, limit),
    touchSender: (name, count) => touchSender(live(), name, count),
    listAddresses: () => listAddresses(live()),
    removeAddress: (id) => removeAddress(live(), id),
    duplicates: (n, d, x) => findDuplicates(live(), n, d, x),
    route: (id, r) => routeIncoming(live(), id, r),
    routes: (id) => routesOf(live(), id),
    setStatus: (id, s, reason) => setStatus(live(), id, s, reason),
    queues: (o) => deadlineQueues(live(), o),
    incomingPage: (q) => incomingPage(live(), q),
    outgoingPage: (q) => outgoingPage(live(), q),
    search: (q) => deskSearch(live(), q),
    stats: (year, today) => deskStats(live(), year, today),
    printPreview: (kind, from, to) => printPreview(live(), kind, from, to),
    stampSize: () => stampSize(live()),
    setStampSize: (size) => setStampSize(live(), size),
    stampPlace: (id) => stampPlace(live(), id),
    setStampPlace: (id, place) => setStampPlace(live(), id, place),
    recipients: createRecipientBook(live),
    verifyOutgoing(id) {
      const ctx = live();
      const e = getOutgoing(ctx, id);
      if (!e) throw new RegistryError('not-found', `Không có văn bản đi mã ${id}.`);
      return verifyStoredFile(ctx.dataDir, e);
    },
  };
}
