/**
 * Plain data types of the registry service (books and outgoing entries; the rest is in
 * ./types-incoming.ts): what its functions take and return. No SQL, no classes — these cross the
 * IPC/HTTP boundary unchanged.
 */
import type { NumberingScope } from '../../common/rules/doc-types';
import type { IncomingStatus as InStatus } from '../../common/rules/incoming-status';
import type { OutgoingStatus as OutStatus } from '../../common/rules/outgoing-status';

export type { NumberingScope };
/** Status of an outgoing register row (OutgoingStatus, the list in common/rules/outgoing-status.ts). */
export type { OutStatus };
/** Handling status of an incoming document (IncomingStatus, the list in common/rules/incoming-status.ts). */
export type { InStatus };

/** Kind of incoming book (spec §5.1): ordinary, secret documents, complaint/denunciation letters. */
export type InBookKind = 'thuong' | 'mat' | 'don-thu';

/** An outgoing book: one issuing body (ký hiệu cơ quan), with its numbering settings. */
export interface OutBook {
  id: number;
  issuerCode: string;
  name: string;
  /** Scope applied to every type unless a type has its own setting (e.g. 'shared' for a congress). */
  defaultScope: NumberingScope | null;
  /** Secret documents numbered in their own sequence instead of their type's (default false, spec §4). */
  secretSeparate: boolean;
  /** Per-type scope settings (type code -> scope) that differ from the defaults. */
  scopes: Record<string, NumberingScope>;
  closed: boolean;
}

/** A term (nhiệm kỳ) of an outgoing book. */
export interface Term {
  id: number;
  bookId: number;
  name: string;
  startDate: string;
  endDate: string | null;
}

/** An incoming book: one kind, one calendar year. */
export interface InBook {
  id: number;
  kind: InBookKind;
  year: number;
  name: string;
}

/** Details of an outgoing document written into its register row. */
export interface OutDetails {
  typeCode: string;
  /** Type id of common/rules/doc-types.ts when known ("nghi-quyet"). */
  typeId?: string | null;
  /** ISO date of the document (yyyy-mm-dd); today when omitted. */
  date?: string;
  summary?: string;
  signer?: string;
  recipients?: string[];
  secrecy?: string;
  urgency?: string;
  draftingUnit?: string;
  copies?: number | null;
  archiveHolder?: string;
  notes?: string;
}

/** One row of the outgoing register. */
export interface OutEntry {
  id: number;
  bookId: number;
  issuerCode: string;
  serial: number;
  /** Formatted symbol, e.g. "04-NQ/TU". */
  number: string;
  typeCode: string;
  typeId: string | null;
  date: string;
  summary: string;
  signer: string;
  recipients: string[];
  secrecy: string;
  urgency: string;
  draftingUnit: string;
  copies: number | null;
  archiveHolder: string;
  notes: string;
  status: OutStatus;
  cancelReason: string | null;
  termId: number | null;
  filePath: string | null;
  sha256: string | null;
  createdAt: string;
}

export type * from './types-incoming';
