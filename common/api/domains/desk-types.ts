/** Data types of the clerk's desk (issue 6): register pages, queues, routes, search hits, reports. */
import type { OutgoingStatus } from '../../rules/outgoing-status';

/** One row of the incoming register as the desk lists it. */
export interface DeskInRow {
  id: number; serial: number; year: number; bookKind: string; receivedDate: string; sender: string; senderNumber: string;
  docDate: string; typeName: string; summary: string; secrecy: string; urgency: string; routedTo: string; deadline: string;
  fileRef: string; notes: string; status: string; attachments: number;
}

/** One row of the outgoing register as the desk lists it. */
export interface DeskOutRow {
  id: number; bookId: number; termId: number | null; number: string; serial: number; date: string; typeCode: string;
  summary: string; signer: string; status: OutgoingStatus; cancelReason: string | null; hasFile: boolean;
}

/** A page of register rows and the total matching. */
export interface DeskPage<T> { rows: T[]; total: number }

/** One entry of a deadline queue. */
export interface QueueRow {
  id: number; serial: number; year: number; sender: string; senderNumber: string; summary: string;
  unit: string; person: string; deadline: string; status: string;
  /** Days until the deadline (negative when overdue). */
  daysLeft: number;
}

/** Counts of open documents with a deadline, per unit and person. */
export interface QueueCount { unit: string; person: string; overdue: number; dueSoon: number }

/** The deadline queues of the home screen. */
export interface Queues {
  today: string;
  overdue: QueueRow[];
  dueSoon: QueueRow[];
  counts: QueueCount[];
  totals: { overdue: number; dueSoon: number };
}

/** One routing (chuyển) of an incoming document. */
export interface RouteRow { id: number; unit: string; person: string; deadline: string; note: string; routedAt: string }

/** An earlier entry with the same sender number and document date. */
export interface DuplicateRow { id: number; serial: number; year: number; receivedDate: string; sender: string; summary: string }

/** One search result over both registers and the drafts. */
export interface DeskHit {
  register: 'in' | 'out' | 'draft';
  id: string;
  /** Number (outgoing), sender number or số đến (incoming), title (draft). */
  number: string;
  date: string;
  summary: string;
  sender: string;
  status: string;
  /** A stored file (attachment, registered DOCX) can be opened. */
  hasFile: boolean;
  /** Fields beyond number, summary and sender that hold a query word ("Chuyển: Ban Tổ chức"), shown under the hit. */
  also?: { label: string; text: string }[];
  /** The draft an outgoing entry was issued from ("Mở dự thảo"). */
  draftId?: string;
}

/** Figures of the reports screen. */
export interface DeskStats {
  year: number;
  /** Documents per type and month (1–12), per register. */
  byTypeMonth: { register: 'in' | 'out'; type: string; month: number; count: number }[];
  inByStatus: { status: string; count: number }[];
  inByUnit: { unit: string; count: number; overdue: number }[];
}

/** One entry of the address book of sender bodies. */
export interface AddressRow { id: number; name: string; uses: number }
