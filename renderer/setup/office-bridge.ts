/**
 * The desktop app's office bridge (`window.vanthuOffice`, main/app/preload.ts): present only in the
 * Electron window on the app's own pages. In a browser it is absent: the office server is then
 * opened at its address in the browser itself.
 */

import type { OfficeBridge } from '../../common/api/office-bridge';

declare global {
  interface Window {
    vanthuOffice?: OfficeBridge;
  }
}

/** The bridge, or null outside the desktop app. */
export function officeBridge(): OfficeBridge | null {
  return window.vanthuOffice ?? null;
}
