/**
 * The states of a number in an outgoing book (sổ văn bản đi): given to an issued document, held for
 * a document still being signed, or cancelled with a reason. Stored as these codes in the registry
 * (its CHECK in main/registry/schema/v1.ts keeps its own copy, tested equal to this list).
 */

/** Every state of an outgoing entry. */
export const OUTGOING_STATUSES = ['issued', 'reserved', 'cancelled'] as const;

/** One state of an outgoing entry. */
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];

/** How screens show each state. */
export const OUTGOING_STATUS_LABELS: Readonly<Record<OutgoingStatus, string>> = {
  issued: 'Đã cấp số',
  reserved: 'Giữ số',
  cancelled: 'Đã hủy',
};
