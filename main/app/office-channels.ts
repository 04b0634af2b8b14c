/**
 * The two IPC channels of the office bridge (`window.vanthuOffice`, preload.ts): open the confirmed
 * office server in the window, or work alone. No payload; answered only for the app's own pages.
 */

/** Channel names. */
export const OFFICE_CHANNELS = { open: 'vanthu-office:open', alone: 'vanthu-office:alone' } as const;

/** The answer of either channel: done (the window loads the next page) or why not (Vietnamese). */
export type OfficeAnswer = { ok: true } | { ok: false; message: string };
