/**
 * This window's id for the edit lease (common/api/domains/office-flow.ts): random per opened page,
 * so the same user in two windows holds two leases, and a reload counts as a new window (the old
 * one's lease lapses or is taken over).
 */

/** The id of this window, made once per page load. */
export const WINDOW_CLIENT_ID: string = typeof crypto !== 'undefined' && 'randomUUID' in crypto
  ? crypto.randomUUID()
  : `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
