/**
 * The desktop app's office bridge (`window.vanthuOffice`, main/app/preload.ts): present only in the
 * Electron window on the app's own pages. In a browser it is absent: the office server is then
 * opened at its address in the browser itself.
 */

/** The answer of the bridge: done (the window loads the next page) or why not (Vietnamese). */
export type OfficeAnswer = { ok: true } | { ok: false; message: string };

/** What the preload exposes. */
export interface OfficeBridge {
  /** Opens the confirmed office server in this window (login page of the server). */
  open(): Promise<OfficeAnswer>;
  /** Works alone from now on (the confirmation is kept). */
  alone(): Promise<OfficeAnswer>;
}

declare global {
  interface Window {
    vanthuOffice?: OfficeBridge;
  }
}

/** The bridge, or null outside the desktop app. */
export function officeBridge(): OfficeBridge | null {
  return window.vanthuOffice ?? null;
}
