/**
 * Opening a draft from outside the compose section (search: "Mở dự thảo"): the id waits here, the
 * frame switches to "Soạn thảo" on the `vanthu:open-section` event, and the compose screen takes
 * the waiting id when it mounts.
 */

/** Event asking the frame to show a section (detail: the section id). */
export const OPEN_SECTION_EVENT = 'vanthu:open-section';

let pending: string | null = null;

/** Asks the app to open draft `id` in the editor. */
export function requestOpenDraft(id: string): void {
  pending = id;
  window.dispatchEvent(new CustomEvent(OPEN_SECTION_EVENT, { detail: 'compose' }));
}

/** The draft waiting to be opened (once), or null. */
export function takePendingDraft(): string | null {
  const id = pending;
  pending = null;
  return id;
}
