/**
 * Keeps the edit lease of the open draft while the editor shows it: renewed every LEASE_RENEW_MS
 * (common/rules/office-flow.ts), released when the editor closes or the page goes away. A renewal
 * that finds the lease taken (the same user took it over in another window, or this window slept
 * past its expiry and someone else took it) gives the holder's message; the next save of this
 * window is then kept as a copy (the version check), so nothing typed is lost.
 */
import { useEffect, useState } from 'react';
import { LEASE_RENEW_MS } from '../../../common/rules/office-flow';
import { WINDOW_CLIENT_ID } from './client';

/** Renews the lease of draft `id` while `held`; returns the holder's message once it was lost, else null. */
export function useEditLease(id: string, held: boolean): string | null {
  const [lost, setLost] = useState<string | null>(null);
  useEffect(() => {
    if (!held) return;
    const release = () => { void window.vanthu.drafts.editEnd({ id, client: WINDOW_CLIENT_ID }).catch(() => undefined); };
    const timer = setInterval(() => {
      window.vanthu.drafts.editStart({ id, client: WINDOW_CLIENT_ID })
        .then((r) => setLost(r.lease.held ? null : r.lease.message))
        .catch(() => undefined); // unreachable for a moment: the lease lapses, the next save says so
    }, LEASE_RENEW_MS);
    window.addEventListener('pagehide', release);
    return () => { clearInterval(timer); window.removeEventListener('pagehide', release); release(); };
  }, [id, held]);
  return lost;
}
