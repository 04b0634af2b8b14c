/**
 * Display helpers of the screens: sizes, timestamps and status labels in Vietnamese. Dates are shown
 * by common/rules/date-line (displayDate); statuses are labelled from the lists in common/rules.
 */
import { civilOf, shortDate } from '../../common/rules/date-line';
import { INCOMING_STATUS_LABELS, isIncomingStatus } from '../../common/rules/incoming-status';
import { OUTGOING_STATUS_LABELS, type OutgoingStatus } from '../../common/rules/outgoing-status';

/** Bytes as "12,3 KB". */
export function viSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb.toFixed(1).replace('.', ',')} KB` : `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** ISO timestamp as local "22/11/2026 09:26"; '' when it is not a time. */
export function viDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${shortDate(civilOf(d))} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * The label of a status of an incoming or outgoing entry ("đã xử lý" → "Đã xử lý", "reserved" →
 * "Giữ số"), from the lists in common/rules; an unknown status is shown as stored.
 */
export function statusLabel(status: string): string {
  if (isIncomingStatus(status)) return INCOMING_STATUS_LABELS[status];
  return OUTGOING_STATUS_LABELS[status as OutgoingStatus] ?? status;
}
