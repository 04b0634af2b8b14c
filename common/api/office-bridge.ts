/**
 * The desktop app's office bridge (`window.vanthuOffice`): two IPC channels, shared by the main
 * process (main/app/office.ts), the preload (main/app/preload.ts) and the renderer
 * (renderer/setup/office-bridge.ts). Open the confirmed office server in the window, or work alone.
 * No payload; answered only for the app's own pages.
 */

/** Channel names. */
export const OFFICE_CHANNELS = { open: 'vanthu-office:open', alone: 'vanthu-office:alone' } as const;

/** The answer of either channel: done (the window loads the next page) or why not (Vietnamese). */
export type OfficeAnswer = { ok: true } | { ok: false; message: string };

/** What the preload exposes as `window.vanthuOffice`. */
export interface OfficeBridge {
  /** Opens the confirmed office server in this window (login page of the server). */
  open(): Promise<OfficeAnswer>;
  /** Works alone from now on (the confirmation is kept). */
  alone(): Promise<OfficeAnswer>;
}
