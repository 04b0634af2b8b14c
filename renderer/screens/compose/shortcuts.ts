/**
 * Shortcuts of the open draft that work wherever the focus is (body, forms, toolbar): Ctrl+S saves
 * now (a field still being typed in is committed first) and confirms with "Đã lưu"; Ctrl+P prints
 * (print-pdf.ts: the exported PDF, or the page view by its print stylesheet).
 */
import { useEffect, useRef } from 'react';

/** What the shortcuts do. */
export interface DraftShortcuts {
  save(): void;
  print(): void;
}

/** Commits the value of a form field being typed in (its "change"), as leaving it would. */
export function commitFocusedField(): void {
  const a = document.activeElement;
  if (a instanceof HTMLInputElement || a instanceof HTMLTextAreaElement) a.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Installs Ctrl+S and Ctrl+P on the window while the draft is open. */
export function useDraftShortcuts(actions: DraftShortcuts): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const k = e.key.toLowerCase();
      if (k !== 's' && k !== 'p') return;
      e.preventDefault();
      e.stopPropagation();
      if (k === 's') { commitFocusedField(); ref.current.save(); } else ref.current.print();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
