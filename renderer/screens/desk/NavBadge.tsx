/** Counts shown next to a navigation entry: overdue / due-soon incoming documents (refreshed on changes). */
import './desk.css';
import { useEffect, useState } from 'react';

/** The badge of section `id` (only "incoming" has one). */
export function NavBadge({ id }: { id: string }) {
  const [t, setT] = useState<{ overdue: number; dueSoon: number } | null>(null);
  useEffect(() => {
    if (id !== 'incoming') return;
    const load = () => void window.vanthu.registry.deskQueues({}).then((q) => setT(q.totals), () => {});
    load();
    window.addEventListener('vanthu:desk-changed', load);
    const timer = setInterval(load, 60_000);
    return () => (window.removeEventListener('vanthu:desk-changed', load), clearInterval(timer));
  }, [id]);
  if (!t || (t.overdue === 0 && t.dueSoon === 0)) return null;
  return (
    <span className="nav-badges" data-testid="nav-badge" aria-label={`${t.overdue} văn bản quá hạn, ${t.dueSoon} sắp đến hạn`}>
      {t.overdue > 0 && <span className="nb late" title="Quá hạn">{t.overdue}</span>}
      {t.dueSoon > 0 && <span className="nb soon" title="Sắp đến hạn">{t.dueSoon}</span>}
    </span>
  );
}
