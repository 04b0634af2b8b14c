/**
 * Rows of the printed registers (print module of main/registry/print): the outgoing book, the
 * incoming book and the follow-up book of incoming documents, mapped from register entries.
 */
import { cancelledOutgoingRow, type FollowUpPrintRow, type IncomingPrintRow, type OutgoingPrintRow } from './columns';
import type { InEntry, OutEntry } from '../types';

const both = (a: string, b: string): string => [a, b].filter(Boolean).join(', ');

/** One outgoing row; a cancelled number keeps its number and date and says why in Ghi chú. */
export function outgoingRow(e: OutEntry): OutgoingPrintRow {
  if (e.status === 'cancelled') return cancelledOutgoingRow(e.number, e.date, e.cancelReason ?? '');
  return {
    number: e.number, date: e.date, summary: e.summary, signer: e.signer, recipients: e.recipients.join('\n'),
    archiveHolder: e.archiveHolder, copies: e.copies === null ? '' : String(e.copies), secrecyUrgency: both(e.secrecy, e.urgency),
    notes: e.status === 'reserved' ? both('Số đang giữ chỗ', e.notes) : e.notes,
  };
}

/** One incoming row. */
export function incomingRow(e: InEntry): IncomingPrintRow {
  return {
    receivedDate: e.receivedDate, serial: String(e.serial), sender: e.sender, number: e.senderNumber, date: e.docDate,
    summary: [e.typeName, e.summary].filter(Boolean).join(' '), secrecyUrgency: both(e.secrecy, e.urgency), routedTo: e.routedTo,
    deadline: e.deadline, receipt: '', fileRef: e.fileRef, notes: e.notes,
  };
}

/** One follow-up row (sổ theo dõi giải quyết văn bản đến). */
export function followUpRow(e: InEntry): FollowUpPrintRow {
  return {
    serial: String(e.serial), receivedDate: e.receivedDate,
    document: [e.sender, e.senderNumber, [e.typeName, e.summary].filter(Boolean).join(' ')].filter(Boolean).join(' — '),
    routedTo: e.routedTo, deadline: e.deadline, progress: e.status, notes: e.notes,
  };
}
