/**
 * Who works in this window (settings.accountMe): on the office server the signed-in account, on the
 * single seat its one user. Loaded once per window; null until known (or when it cannot be read).
 */
import { useEffect, useState } from 'react';
import type { Me } from '../../common/api/domains/accounts';

let cached: Promise<Me | null> | null = null;

/** The person of this window, or null until known. */
export function useMe(): Me | null {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= window.vanthu.settings.accountMe().catch(() => null);
    void cached.then((m) => live && setMe(m));
    return () => {
      live = false;
    };
  }, []);
  return me;
}

/** Whether `me` is a signed-in quản trị of the office server (the Tài khoản screen is theirs). */
export function isOfficeAdmin(me: Me | null): boolean {
  return !!me && !me.singleSeat && me.roles.includes('quan-tri');
}
