/**
 * Văn bản đi: the register per book and term (virtualised, newest first) with reservations and
 * cancellations and their reasons, a reservation form, and the tabs for printing and reports.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DeskBook, DeskOutRow, OutDetail } from '../../../common/api/domains/desk';
import { displayDate } from '../../../common/rules/date-line';
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { OUTGOING_STATUS_LABELS, type OutgoingStatus } from '../../../common/rules/outgoing-status';
import { useBusy } from '../../app/busy';
import { BackupBanner } from './BackupBanner';
import { IntegrityBanner } from './IntegrityBanner';
import { OutDetailPanel } from './OutDetailPanel';
import { PrintDesk } from './PrintDesk';
import { Reports } from './Reports';
import { VirtualList } from './VirtualList';

const COLS = '120px 96px 2.4fr 1fr 100px 1.6fr';
const CODES = [...new Set(DOC_TYPES.map((t) => t.code))];

/** The outgoing section. */
export function OutgoingDesk() {
  const busy = useBusy();
  const [tab, setTab] = useState<'register' | 'print' | 'reports'>('register');
  const [books, setBooks] = useState<DeskBook[]>([]);
  const [f, setF] = useState<{ bookId?: number; termId?: number; status?: OutgoingStatus }>({});
  const [version, setVersion] = useState(0);
  const [detail, setDetail] = useState<OutDetail | null>(null);
  const [res, setRes] = useState({ typeCode: 'CV', summary: '' });
  useEffect(() => void window.vanthu.registry.deskBooks().then((b) => (setBooks(b), b[0] && setF((o) => ({ bookId: o.bookId ?? b[0].id, ...o })))), []);
  const load = useCallback((offset: number, limit: number) => window.vanthu.registry.deskOutgoing({ offset, limit, ...f }), [f]);
  const open = async (id: number) => {
    const d = await busy.run('Mở văn bản đi', () => window.vanthu.registry.deskOutgoingDetail({ id }));
    if (d) setDetail(d);
  };
  const reserve = async () => {
    const bookId = f.bookId ?? books[0]?.id;
    if (!bookId) return;
    const row = await busy.run('Giữ số', () => window.vanthu.registry.deskReserve({ bookId, typeCode: res.typeCode, summary: res.summary }));
    if (row) (setRes({ ...res, summary: '' }), setVersion((v) => v + 1), void open(row.id));
  };
  const book = books.find((b) => b.id === f.bookId);
  const tabs = [['register', 'Sổ văn bản đi'], ['print', 'In sổ'], ['reports', 'Báo cáo, thống kê']] as const;
  return (
    <>
      <IntegrityBanner />
      <BackupBanner />
      <div className="tabs" role="tablist">
        {tabs.map(([id, label]) => <button key={id} role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>{label}</button>)}
      </div>
      {tab === 'print' && <PrintDesk />}
      {tab === 'reports' && <Reports />}
      {tab === 'register' && (
        <>
          <div className="toolbar">
            <label>Sổ <select value={f.bookId ?? ''} onChange={(e) => setF({ ...f, bookId: Number(e.target.value) || undefined, termId: undefined })}>
              {books.length === 0 && <option value="">(chưa có sổ)</option>}
              {books.map((b) => <option key={b.id} value={b.id}>{b.name} ({b.issuerCode})</option>)}</select></label>
            <label>Nhiệm kỳ <select value={f.termId ?? ''} onChange={(e) => setF({ ...f, termId: Number(e.target.value) || undefined })}>
              <option value="">Tất cả</option>{book?.terms.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></label>
            <label>Trạng thái <select value={f.status ?? ''} onChange={(e) => setF({ ...f, status: (e.target.value || undefined) as never })}>
              <option value="">Tất cả</option>{Object.entries(OUTGOING_STATUS_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}</select></label>
            <span className="spacer" />
            <label>Loại <select aria-label="Loại văn bản giữ số" value={res.typeCode} onChange={(e) => setRes({ ...res, typeCode: e.target.value })}>
              {CODES.map((c) => <option key={c}>{c}</option>)}</select></label>
            <input aria-label="Trích yếu số giữ" placeholder="Trích yếu (không bắt buộc)" value={res.summary} onChange={(e) => setRes({ ...res, summary: e.target.value })} />
            <button type="button" className="primary" disabled={!books.length} onClick={reserve}>Giữ số</button>
          </div>
          {detail && <OutDetailPanel detail={detail} onClose={() => setDetail(null)} onChanged={() => (setVersion((v) => v + 1), void open(detail.row.id))} />}
          <VirtualList<DeskOutRow> label="Sổ đăng ký văn bản đi" version={`${version}|${JSON.stringify(f)}`} load={load} columns={COLS}
            height={detail ? 250 : 470} rowKey={(r) => r.id} onOpen={(r) => void open(r.id)} rowClass={(r) => r.status}
            header={['Số, ký hiệu', 'Ngày', 'Trích yếu', 'Người ký', 'Trạng thái', 'Ghi chú'].map((h) => <span key={h} role="columnheader">{h}</span>)}
            row={(r) => (
              <>
                <span role="cell" className="strong">{r.number}</span><span role="cell">{displayDate(r.date)}</span><span role="cell" title={r.summary}>{r.summary}</span>
                <span role="cell">{r.signer}</span><span role="cell">{OUTGOING_STATUS_LABELS[r.status]}</span><span role="cell" title={r.cancelReason ?? ''}>{r.cancelReason ?? ''}</span>
              </>
            )} />
        </>
      )}
    </>
  );
}
