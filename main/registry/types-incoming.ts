/**
 * Plain data types of the registry service, continued: incoming entries, stamp, search, audit,
 * import reports.
 */
import type { InBookKind, InStatus } from './types';

/** An incoming document as entered by the clerk. */
export interface InInput {
  /** ISO date received; today when omitted. */
  receivedDate?: string;
  sender: string;
  senderNumber?: string;
  docDate?: string;
  typeName?: string;
  summary: string;
  secrecy?: string;
  urgency?: string;
  routedTo?: string;
  deadline?: string;
  fileRef?: string;
  notes?: string;
  status?: InStatus;
  /** A complaint/denunciation letter (đơn, thư khiếu nại, tố cáo): goes to the complaint book. */
  complaint?: boolean;
}

/** An attachment kept with an incoming entry. */
export interface Attachment {
  id: number;
  originalName: string;
  /** Path relative to the data folder. */
  storedPath: string;
  sha256: string;
  size: number;
}

/** One row of an incoming register. */
export interface InEntry extends Required<Omit<InInput, 'complaint'>> {
  id: number;
  bookId: number;
  bookKind: InBookKind;
  year: number;
  serial: number;
  attachments: Attachment[];
  createdAt: string;
}

/** The fields of the received stamp (dấu "VĂN BẢN ĐẾN", spec §5.1), ready to print. */
export interface StampFields {
  bodyLines: string[];
  heading: string;
  number: string;
  date: string;
  routedTo: string;
  fileRef: string;
  /** The stamp as printed lines (main/stamp/lines.ts: "Số: 105   Ngày: 10/3/21"). */
  lines: string[];
}

/** Search filters. */
export interface SearchQuery {
  text?: string;
  register?: 'out' | 'in' | 'all';
  bookId?: number;
  typeCode?: string;
  from?: string;
  to?: string;
  status?: string;
  overdue?: boolean;
  limit?: number;
}

/** One search hit. */
export interface SearchHit {
  register: 'out' | 'in';
  id: number;
  bookId: number;
  number: string;
  date: string;
  summary: string;
  status: string;
}

/** One audit event. */
export interface AuditEvent {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  hash: string;
}

/** Result of verifying the audit chain. */
export type AuditVerdict = { ok: true; count: number } | { ok: false; count: number; brokenAt: number; message: string };
