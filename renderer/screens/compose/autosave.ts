/**
 * Autosave: each change is saved 0.5 s after the user pauses, at least every 2 s while typing
 * goes on, and at once when the window is hidden or closed; a recovery copy goes to localStorage
 * first, so an edit survives a crash of the app between two saves. A version is checkpointed on
 * open and on demand.
 *
 * The recovery copy is also written a moment after each change and synchronously when the page is
 * hidden, closed or unloaded, so closing the window mid-typing loses nothing. A save that fails is
 * kept as `failure` until a save succeeds (the screen shows it as a banner), and the recovery copy
 * stays until then.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Node } from 'prosemirror-model';
import type { Draft } from '../../../common/draft/draft';
import type { SaveConflict } from '../../../common/api/domains/office-flow';

/** Delay after the last keystroke before saving, ms. */
export const SAVE_DELAY_MS = 500;
/** Longest a change waits while the user keeps typing without a pause, ms. */
export const SAVE_MAX_WAIT_MS = 2000;

/** Key of a draft's recovery copy in localStorage. */
export const recoveryKey = (id: string) => `vanthu-recovery-${id}`;
/** Delay of the recovery copy after a change, ms (far shorter than the save's). */
export const RECOVERY_DELAY_MS = 100;

/** Writes a draft's recovery copy; false when the storage refused it (full). */
export function writeRecovery(id: string, draft: Draft): boolean {
  try {
    localStorage.setItem(recoveryKey(id), JSON.stringify({ at: Date.now(), draft }));
    return true;
  } catch {
    return false;
  }
}

/** Delay before saving again when the office server could not be reached ('not-available'), ms. */
export const SAVE_RETRY_MS = 3000;

/** Save state shown in the toolbar. */
export type SaveState = { kind: 'saved'; at: string; title?: string } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string };

/**
 * The office flow's version check of the editor's saves: this window's id (the lease's client),
 * the revision the document started from (updated by each save), and what to do when a save lost
 * (its text is kept as a copy by the registry).
 */
export interface EditSession { client: string; revision: { current: number }; onConflict(c: SaveConflict): void }

/** The autosave of one draft; returns the change handler, a flush and the state. */
export function useAutosave(id: string, envelope: Draft, enabled: boolean, session?: EditSession) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: '' });
  /** The message of the last failed save, until a save succeeds. */
  const [failure, setFailure] = useState<string | null>(null);
  /** Whether the last failure is the office server being away (the save is tried again by itself). */
  const [retrying, setRetrying] = useState(false);
  const failed = useRef(false);
  const latest = useRef<Node | null>(null);
  /** The newest document not yet in the recovery copy. */
  const unrecovered = useRef<Node | null>(null);
  const recoveryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** When the oldest unsaved change was made (0: none). */
  const since = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const flush = useCallback((checkpoint = false): Promise<unknown> => {
    clearTimeout(timer.current);
    since.current = 0;
    const doc = latest.current;
    latest.current = null;
    // This save writes its own recovery copy first.
    if (doc && unrecovered.current === doc) { unrecovered.current = null; clearTimeout(recoveryTimer.current); recoveryTimer.current = undefined; }
    if (!doc && !checkpoint) return chain.current;
    const draft = doc ? { ...envelope, doc: doc.toJSON() } : null;
    chain.current = chain.current.then(async () => {
      if (!draft) return;
      writeRecovery(id, draft); // storage full: the save below still runs
      setState({ kind: 'saving' });
      try {
        const check = session ? { client: session.client, revision: session.revision.current } : {};
        const r = await window.vanthu.drafts.autosave({ id, draft: draft as unknown as Record<string, unknown>, checkpoint, ...check });
        if (session && r.revision !== undefined) session.revision.current = r.revision;
        if (session && r.conflict) { localStorage.removeItem(recoveryKey(id)); session.onConflict(r.conflict); return; } // kept as a copy
        // A change made while this save ran is newer than it: its recovery copy stays.
        if (!latest.current && !unrecovered.current) localStorage.removeItem(recoveryKey(id));
        failed.current = false;
        setFailure(null);
        setRetrying(false);
        setState({ kind: 'saved', at: r.updatedAt, title: r.title });
      } catch (e) {
        // The office server is away (network, or its database: 503): keep this text and try again.
        const away = (e as { code?: string }).code === 'not-available';
        failed.current = true;
        setFailure((e as Error).message);
        setState({ kind: 'error', message: away ? 'máy chủ không liên lạc được, đang thử lại…' : (e as Error).message });
        setRetrying(away);
        if (doc && away && !latest.current) {
          latest.current = doc;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), SAVE_RETRY_MS);
        }
      }
    });
    return chain.current;
  }, [id, envelope, session]);

  /** Writes the recovery copy of the newest change now (page hidden or closing). */
  const recoverNow = useCallback(() => {
    clearTimeout(recoveryTimer.current);
    const doc = unrecovered.current;
    unrecovered.current = null;
    if (doc) writeRecovery(id, { ...envelope, doc: doc.toJSON() } as Draft);
  }, [id, envelope]);

  const onChange = useCallback((doc: Node) => {
    if (!enabled) return;
    latest.current = doc;
    unrecovered.current = doc;
    if (!recoveryTimer.current) recoveryTimer.current = setTimeout(() => { recoveryTimer.current = undefined; recoverNow(); }, RECOVERY_DELAY_MS);
    clearTimeout(timer.current);
    setState((s) => (s.kind === 'pending' ? s : { kind: 'pending' }));
    // After a pause, or every few seconds while the typing goes on.
    const now = Date.now();
    if (!since.current) since.current = now;
    timer.current = setTimeout(() => void flush(), Math.max(0, Math.min(SAVE_DELAY_MS, since.current + SAVE_MAX_WAIT_MS - now)));
  }, [enabled, flush, recoverNow]);

  // Locked (submitted or issued): nothing pending may reach the server, which refuses it anyway.
  useEffect(() => {
    if (enabled) return;
    clearTimeout(timer.current);
    latest.current = null;
  }, [enabled]);

  useEffect(() => {
    const now = () => { recoverNow(); if (latest.current) void flush(); };
    const onHide = () => { if (document.visibilityState === 'hidden') now(); };
    // Leaving the page with work that could not be saved asks first (a browser asks on its own;
    // Electron cancels the close silently, so it is not asked there).
    const onUnload = (e: BeforeUnloadEvent) => {
      now();
      if (failed.current && !/Electron/u.test(navigator.userAgent)) { e.preventDefault(); e.returnValue = ''; }
    };
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onHide);
      now();
    };
  }, [flush, recoverNow]);

  /** Whether there is work not yet saved (a change waiting, a save running, or a save that failed). */
  const unsaved = () => failed.current || !!latest.current || state.kind === 'saving';
  return { onChange, flush, state, failure, retrying, unsaved };
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
