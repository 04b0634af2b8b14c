/**
 * The processing states of an incoming document (trạng thái xử lý văn bản đến), in the order a
 * document goes through them. The values are stored as they are in the registry (the CHECK of
 * main/registry/schema/v1.ts keeps its own copy, tested equal to this list); every other place
 * reads this list.
 */

/** Every state of an incoming document, in order: not yet handled, being handled, handled. */
export const INCOMING_STATUSES = ['chưa xử lý', 'đang xử lý', 'đã xử lý'] as const;

/** One state of an incoming document. */
export type IncomingStatus = (typeof INCOMING_STATUSES)[number];

/** The state of a newly registered document. */
export const INCOMING_NEW: IncomingStatus = INCOMING_STATUSES[0];

/** The state a routed document moves to. */
export const INCOMING_IN_PROGRESS: IncomingStatus = INCOMING_STATUSES[1];

/** The closing state: a handled document has no open deadline. */
export const INCOMING_DONE: IncomingStatus = INCOMING_STATUSES[2];

/** How screens and printed lists show each state ("Chưa xử lý"). */
export const INCOMING_STATUS_LABELS: Readonly<Record<IncomingStatus, string>> = {
  'chưa xử lý': 'Chưa xử lý',
  'đang xử lý': 'Đang xử lý',
  'đã xử lý': 'Đã xử lý',
};

/** Whether `value` is a state of an incoming document. */
export function isIncomingStatus(value: unknown): value is IncomingStatus {
  return typeof value === 'string' && (INCOMING_STATUSES as readonly string[]).includes(value);
}

/** The states listed for a message: "chưa xử lý, đang xử lý, đã xử lý". */
export const INCOMING_STATUSES_TEXT = INCOMING_STATUSES.join(', ');
