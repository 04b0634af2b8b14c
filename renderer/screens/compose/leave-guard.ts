/**
 * Leaving an open draft whose work could not be saved asks first: the app's navigation (a section
 * of the left bar, or its Alt+key) is held back unless the user confirms. The guard listens in the
 * capture phase, before the navigation's own handlers, so the frame needs no change.
 */
import { useEffect, useRef } from 'react';

/** The question asked before leaving unsaved work. */
export const LEAVE_QUESTION = 'Dự thảo còn phần chưa lưu được (xem thông báo đỏ phía trên). Rời khỏi dự thảo thì phần đó chỉ còn trong bản tạm trên máy này. Vẫn rời đi?';

/** Asks before leaving; true when the user may leave. `mustAsk` says whether there is unsaved work. */
export function confirmLeave(mustAsk: boolean): boolean {
  return !mustAsk || window.confirm(LEAVE_QUESTION);
}

/** Guards the app's navigation while `mustAsk()` is true. */
export function useLeaveGuard(mustAsk: () => boolean): void {
  const ref = useRef(mustAsk);
  ref.current = mustAsk;
  useEffect(() => {
    const leaving = (e: Event) => {
      if (confirmLeave(ref.current())) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    const onClick = (e: MouseEvent) => {
      const t = e.target as Element | null;
      if (t?.closest?.('nav .nav-item:not(.active)')) leaving(e);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && /^[2-9]$/u.test(e.key)) leaving(e); // Alt+1 is Soạn thảo itself
    };
    window.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKey, true);
    return () => { window.removeEventListener('click', onClick, true); window.removeEventListener('keydown', onKey, true); };
  }, []);
}
