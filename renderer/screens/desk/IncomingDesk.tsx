/**
 * Văn bản đến: tabs "Vào sổ" (fast form + the register, virtualised, newest first) and "Hạn xử lý"
 * (overdue and due-soon queues); a row opens its detail (stamp, attachments, routing, status).
 */
import { useCallback, useEffect, useState } from 'react';
import type { DeskInRow, InDetail, Queues as QueuesData } from '../../../common/api/domains/desk';
import { displayDate } from '../../../common/rules/date-line';
import { INCOMING_DONE } from '../../../common/rules/incoming-status';
import { useBusy } from '../../app/busy';
import { statusLabel } from '../format';
import { BackupBanner } from './BackupBanner';
import { IntegrityBanner } from './IntegrityBanner';
import { InDetailPanel } from './InDetailPanel';
import { IncomingForm } from './IncomingForm';
import { DeadlineQueues } from './DeadlineQueues';
import { VirtualList } from './VirtualList';

const COLS = '56px 88px 1.3fr 118px 2fr 1.2fr 88px 90px';

/** The incoming section. */
export function IncomingDesk() {
  const busy = useBusy();
  const [tab, setTab] = useState<'form' | 'queues'>('form');
  const [today, setToday] = useState('');
  const [version, setVersion] = useState(0);
  const [detail, setDetail] = useState<InDetail | null>(null);
  const [queues, setQueues] = useState<QueuesData | null>(null);
  const [last, setLast] = useState<InDetail | null>(null);
  useEffect(() => void window.vanthu.registry.deskToday().then((t) => setToday(t.today)), []);
  useEffect(() => void window.vanthu.registry.deskQueues({}).then(setQueues), [version]);
  const open = useCallback(async (id: number) => {
    const d = await busy.run('Mở văn bản đến', () => window.vanthu.registry.deskIncomingDetail({ id }));
    if (d) setDetail(d);
  }, [busy]);
  const load = useCallback((offset: number, limit: number) => window.vanthu.registry.deskIncoming({ offset, limit }), []);
  const changed = (d: InDetail) => (setDetail(d), setVersion((x) => x + 1), window.dispatchEvent(new Event('vanthu:desk-changed')));
  if (!today) return <p className="muted">Đang mở sổ…</p>;
  return (
    <>
      <IntegrityBanner />
      <BackupBanner />
      <div className="tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'form'} className={tab === 'form' ? 'tab active' : 'tab'} onClick={() => setTab('form')}>Vào sổ văn bản đến</button>
        <button role="tab" aria-selected={tab === 'queues'} className={tab === 'queues' ? 'tab active' : 'tab'} onClick={() => setTab('queues')}>
          Hạn xử lý {queues && <span className="badge late">{queues.totals.overdue} quá hạn</span>} {queues && <span className="badge soon">{queues.totals.dueSoon} sắp hạn</span>}
        </button>
      </div>
      {detail && <InDetailPanel detail={detail} today={today} onChanged={changed} onClose={() => setDetail(null)} />}
      {tab === 'queues' && queues && <DeadlineQueues data={queues} onOpen={open} />}
      {tab === 'form' && (
        <>
          <IncomingForm today={today} onSaved={(d) => (setLast(d), setVersion((x) => x + 1), window.dispatchEvent(new Event('vanthu:desk-changed')))} />
          {last && (
            <p className="notice saved" role="status" data-testid="saved">
              Đã vào sổ: số đến <strong>{last.row.serial}</strong> ngày {displayDate(last.row.receivedDate)} — {last.row.senderNumber || last.row.sender}.{' '}
              <button type="button" className="link" onClick={() => setDetail(last)}>Xem dấu đến, chuyển xử lý</button>
            </p>
          )}
          <VirtualList<DeskInRow> label="Sổ đăng ký văn bản đến" version={String(version)} load={load} columns={COLS} height={360}
            rowKey={(r) => r.id} onOpen={(r) => void open(r.id)} rowClass={(r) => (r.deadline && r.deadline < today && r.status !== INCOMING_DONE ? 'late' : '')}
            header={['Số đến', 'Ngày đến', 'Cơ quan gửi', 'Số, ký hiệu', 'Trích yếu', 'Chuyển cho', 'Hạn', 'Trạng thái'].map((h) => <span key={h} role="columnheader">{h}</span>)}
            row={(r) => (
              <>
                <span role="cell">{r.serial}</span><span role="cell">{displayDate(r.receivedDate)}</span><span role="cell" title={r.sender}>{r.sender}</span>
                <span role="cell">{r.senderNumber}</span>
                <span role="cell" title={r.summary}>{r.summary}{r.attachments > 0 && <span className="tag">tệp</span>}</span>
                <span role="cell" title={r.routedTo}>{r.routedTo}</span><span role="cell">{displayDate(r.deadline)}</span><span role="cell">{statusLabel(r.status)}</span>
              </>
            )} />
        </>
      )}
    </>
  );
}
