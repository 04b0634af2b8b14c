/** Contract of the `registry` domain: the outgoing and incoming registers (sổ văn bản đi, đến). */
import { z } from 'zod';
import { empty, fileRef, id, isoDate, limit, line, offset, optLine, text } from '../fields';
import { op } from '../op';
import { OUTGOING_STATUSES, type OutgoingStatus } from '../../rules/outgoing-status';

/** The register books. */
export interface Books {
  outgoing: { id: number; name: string; issuerCode: string; closed: boolean }[];
  incoming: { id: number; name: string; kind: string; year: number }[];
}

/** One row of the outgoing register. */
export interface OutgoingRow {
  id: number;
  /** "04-NQ/TU". */
  number: string;
  /** yyyy-mm-dd. */
  date: string;
  typeCode: string;
  summary: string;
  signer: string;
  status: OutgoingStatus;
  cancelReason: string | null;
}

/** One row of the incoming register. */
export interface IncomingRow {
  id: number;
  /** Số đến. */
  serial: number;
  year: number;
  receivedDate: string;
  sender: string;
  senderNumber: string;
  docDate: string;
  summary: string;
  routedTo: string;
  deadline: string;
  status: string;
  attachments: number;
}

/** A page of rows. */
export interface Page<T> {
  rows: T[];
  total: number;
}

/** Request to register an incoming document. */
export const incomingInput = z.strictObject({
  receivedDate: isoDate,
  sender: line,
  senderNumber: line,
  docDate: isoDate.optional(),
  typeName: optLine,
  summary: z.string().trim().min(1).max(2000),
  routedTo: optLine,
  deadline: isoDate.optional(),
  notes: text,
  complaint: z.boolean().default(false),
  /** A file chosen with `files.open`; must lie inside the allowed folders. */
  attachment: fileRef.optional(),
});

/** Operations of the registry domain. */
export const registryOps = {
  'registry.books': op<Books>()({ input: empty, label: 'Đọc danh sách sổ' }),
  'registry.listOutgoing': op<Page<OutgoingRow>>()({
    input: z.strictObject({ limit, offset, status: z.enum(OUTGOING_STATUSES).optional() }),
    label: 'Đọc sổ văn bản đi',
  }),
  'registry.listIncoming': op<Page<IncomingRow>>()({
    input: z.strictObject({ limit, offset }),
    label: 'Đọc sổ văn bản đến',
  }),
  'registry.registerDraft': op<OutgoingRow>()({
    input: z.strictObject({ draftId: id, date: isoDate.optional() }),
    label: 'Cấp số và đăng ký văn bản đi',
  }),
  'registry.registerIncoming': op<IncomingRow>()({
    input: incomingInput,
    label: 'Vào sổ văn bản đến',
    paths: ['attachment'],
  }),
};
