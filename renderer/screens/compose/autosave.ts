/**
 * Autosave: each change is saved 0.5 s after the user pauses, at least every 2 s while typing
 * goes on, and at once when the window is hidden or closed; a recovery copy goes to localStorage
 * first, so an edit survives a crash of the app between two saves. A version is checkpointed on
 * open and on demand.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Node } from 'prosemirror-model';
import type { Draft } from '../../../common/draft/draft';

/** Delay after the last keystroke before saving, ms. */
export const SAVE_DELAY_MS = 500;
/** Longest a change waits while the user keeps typing without a pause, ms. */
export const SAVE_MAX_WAIT_MS = 2000;

/** Key of a draft's recovery copy in localStorage. */
export const recoveryKey = (id: string) => `vanthu-recovery-${id}`;

/** Save state shown in the toolbar. */
export type SaveState = { kind: 'saved'; at: string; title?: string } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string };

/** The autosave of one draft; returns the change handler, a flush and the state. */
export function useAutosave(id: string, envelope: Draft, enabled: boolean) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: '' });
  const latest = useRef<Node | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** When the oldest unsaved change was made (0: none). */
  const since = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const flush = useCallback((checkpoint = false): Promise<unknown> => {
    clearTimeout(timer.current);
    since.current = 0;
    const doc = latest.current;
    latest.current = null;
    if (!doc && !checkpoint) return chain.current;
    const draft = doc ? { ...envelope, doc: doc.toJSON() } : null;
    chain.current = chain.current.then(async () => {
      if (!draft) return;
      try { localStorage.setItem(recoveryKey(id), JSON.stringify({ at: Date.now(), draft })); } catch { /* storage full: the save below still runs */ }
      setState({ kind: 'saving' });
      try {
        const r = await window.vanthu.drafts.autosave({ id, draft: draft as unknown as Record<string, unknown>, checkpoint });
        localStorage.removeItem(recoveryKey(id));
        setState({ kind: 'saved', at: r.updatedAt, title: r.title });
      } catch (e) {
        setState({ kind: 'error', message: (e as Error).message });
      }
    });
    return chain.current;
  }, [id, envelope]);

  const onChange = useCallback((doc: Node) => {
    if (!enabled) return;
    latest.current = doc;
    clearTimeout(timer.current);
    setState((s) => (s.kind === 'pending' ? s : { kind: 'pending' }));
    // After a pause, or every few seconds while the typing goes on.
    const now = Date.now();
    if (!since.current) since.current = now;
    timer.current = setTimeout(() => void flush(), Math.max(0, Math.min(SAVE_DELAY_MS, since.current + SAVE_MAX_WAIT_MS - now)));
  }, [enabled, flush]);

  // Locked (submitted or issued): nothing pending may reach the server, which refuses it anyway.
  useEffect(() => {
    if (enabled) return;
    clearTimeout(timer.current);
    latest.current = null;
  }, [enabled]);

  useEffect(() => {
    const now = () => { if (latest.current) void flush(); };
    const onHide = () => { if (document.visibilityState === 'hidden') now(); };
    window.addEventListener('beforeunload', now);
    document.addEventListener('visibilitychange', onHide);
    return () => { window.removeEventListener('beforeunload', now); document.removeEventListener('visibilitychange', onHide); now(); };
  }, [flush]);

  return { onChange, flush, state };
}

/** A recovery copy newer than the saved draft, if the app stopped before saving it. */
export function pendingRecovery(id: string, savedAt: string): Draft | null {
  try {
    const raw = localStorage.getItem(recoveryKey(id));
    if (!raw) return null;
    const r = JSON.parse(raw) as { at: number; draft: Draft };
    return r.at > Date.parse(savedAt) ? r.draft : null;
  } catch {
    return null;
  }
}
