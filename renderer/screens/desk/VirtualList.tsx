/**
 * A virtualised register list: fixed-height rows, only the visible ones (plus a margin) in the DOM,
 * rows fetched in pages of 200 as the user scrolls. ARIA table roles so rows read as a table.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

const PAGE = 200;
const ROW = 34;

/** Props of VirtualList. */
export interface VirtualListProps<T> {
  label: string;
  /** Loads rows [offset, offset + limit) and the total. */
  load(offset: number, limit: number): Promise<{ rows: T[]; total: number }>;
  /** Changes when the list must reload (filters, a new entry). */
  version: string;
  header: ReactNode;
  /** CSS grid columns shared by the header and the rows. */
  columns: string;
  row(item: T): ReactNode;
  rowKey(item: T): number | string;
  onOpen?(item: T): void;
  rowClass?(item: T): string;
  height?: number;
}

/** The list. */
export function VirtualList<T>(p: VirtualListProps<T>) {
  const [total, setTotal] = useState<number | null>(null);
  const [top, setTop] = useState(0);
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const [, setTick] = useState(0);
  const fetchPage = useCallback((n: number) => {
    if (pages.current.has(n) || pending.current.has(n)) return;
    pending.current.add(n);
    void p.load(n * PAGE, PAGE).then((r) => {
      pending.current.delete(n);
      pages.current.set(n, r.rows);
      setTotal(r.total);
      setTick((t) => t + 1);
    });
  }, [p]);
  useEffect(() => {
    pages.current = new Map();
    pending.current = new Set();
    fetchPage(0);
  }, [p.version]);
  const height = p.height ?? 420;
  const first = Math.max(0, Math.floor(top / ROW) - 10);
  const last = Math.min(total ?? 0, Math.ceil((top + height) / ROW) + 10);
  useEffect(() => {
    if (total === null) return;
    for (let n = Math.floor(first / PAGE); n <= Math.floor(Math.max(first, last - 1) / PAGE); n++) fetchPage(n);
  }, [first, last, total, fetchPage]);
  const items: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = pages.current.get(Math.floor(i / PAGE))?.[i % PAGE];
    items.push(item === undefined
      ? <div key={`x${i}`} role="row" className="vrow loading" style={{ top: i * ROW, gridTemplateColumns: p.columns }}><span role="cell">…</span></div>
      : (
        <div key={p.rowKey(item)} role="row" tabIndex={0} className={`vrow ${p.rowClass?.(item) ?? ''}`}
          style={{ top: i * ROW, gridTemplateColumns: p.columns }}
          onClick={() => p.onOpen?.(item)} onKeyDown={(e) => e.key === 'Enter' && p.onOpen?.(item)}>
          {p.row(item)}
        </div>
      ));
  }
  return (
    <div role="table" aria-label={p.label} aria-rowcount={total ?? undefined} className="vtable">
      <div role="row" className="vhead" style={{ gridTemplateColumns: p.columns }}>{p.header}</div>
      <div className="vbody" data-testid="vbody" style={{ height }} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
        <div style={{ height: (total ?? 0) * ROW, position: 'relative' }}>{items}</div>
        {total === 0 && <p className="vempty">Chưa có mục nào.</p>}
      </div>
    </div>
  );
}
