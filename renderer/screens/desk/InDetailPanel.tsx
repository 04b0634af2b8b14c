/**
 * One incoming document: its fields, the received stamp (shown, printable on its own), attachments
 * (download; PDF: the stamp preview where the clerk places the stamp, and a copy with the stamp on page 1), routing to a unit/person with a deadline, status.
 */
import { useState } from 'react';
import type { InDetail } from '../../../common/api/domains/desk';
import { displayDate, typedDateIso } from '../../../common/rules/date-line';
import { INCOMING_STATUSES } from '../../../common/rules/incoming-status';
import { useBusy } from '../../app/busy';
import { statusLabel } from '../format';
import { StampPlacement } from './StampPlacement';
import { plusDays } from './util';

/** Props of InDetailPanel. */
export interface InDetailProps { detail: InDetail; today: string; onChanged(d: InDetail): void; onClose(): void }

/** The received stamp as a box (the print style shows only this box when printing the stamp). */
export function StampBox({ lines }: { lines: string[] }) {
  const n = lines.length;
  return (
    <div className="stamp" data-testid="stamp">
      {lines.map((l, i) => <div key={i} className={i < n - 4 ? 'stamp-body' : i === n - 4 ? 'stamp-head' : 'stamp-line'}>{l}</div>)}
    </div>
  );
}

/** The detail panel. */
export function InDetailPanel({ detail, today, onChanged, onClose }: InDetailProps) {
  const busy = useBusy();
  const r = detail.row;
  const [route, setRoute] = useState({ unit: '', person: '', deadline: '' });
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<number | null>(null);
  const shownPreview = detail.attachments.find((a) => a.id === preview && a.pdf);
  const doRoute = async () => {
    const dl = /^\+\d+$/.test(route.deadline.trim()) ? plusDays(today, Number(route.deadline.trim().slice(1))) : typedDateIso(route.deadline);
    if (dl === null) return setNote('Hạn xử lý chưa đúng (ví dụ 20/3/26 hoặc +5).');
    const d = await busy.run('Chuyển văn bản', () => window.vanthu.registry.deskRoute({ id: r.id, unit: route.unit, person: route.person, ...(dl ? { deadline: dl } : {}) }));
    if (d) (setRoute({ unit: '', person: '', deadline: '' }), setNote(''), onChanged(d));
  };
  const stampPdf = async (attachmentId: number) => {
    const p = await busy.run('Đóng dấu đến lên bản PDF', () => window.vanthu.registry.deskStampPdf({ id: r.id, attachmentId }));
    if (p) {
      setNote(p.warning ?? `Đã tạo bản có dấu đến: ${p.name}`);
      await busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file: p.file, name: p.name }));
    }
  };
  return (
    <aside className="card detail" aria-label={`Văn bản đến số ${r.serial}`}>
      <div className="detail-head">
        <h2>Số đến {r.serial}/{r.year} <span className={`status s${INCOMING_STATUSES.indexOf(r.status as never)}`}>{statusLabel(r.status)}</span></h2>
        <button type="button" className="link" onClick={onClose}>Đóng</button>
      </div>
      <div className="detail-grid">
        <table className="kv"><tbody>
          <tr><th>Cơ quan gửi</th><td>{r.sender}</td></tr>
          <tr><th>Số, ký hiệu</th><td>{r.senderNumber} {r.docDate && `ngày ${displayDate(r.docDate)}`}</td></tr>
          <tr><th>Trích yếu</th><td>{[r.typeName, r.summary].filter(Boolean).join(' ')}</td></tr>
          <tr><th>Ngày đến</th><td>{displayDate(r.receivedDate)}</td></tr>
          <tr><th>Chuyển</th><td>{r.routedTo || '—'}{r.deadline && ` · hạn ${displayDate(r.deadline)}`}</td></tr>
        </tbody></table>
        <div>
          <StampBox lines={detail.stamp} />
          <button type="button" className="link" onClick={() => window.print()}>In dấu đến</button>
        </div>
      </div>
      {detail.duplicates.length > 0 && <p className="notice error">Có thể trùng với số đến {detail.duplicates.map((d) => `${d.serial}/${d.year}`).join(', ')}.</p>}
      <ul className="rows">
        {detail.attachments.map((a) => (
          <li key={a.id} className="row">
            <span className="row-title">{a.name}</span>
            <span className="row-actions">
              <button type="button" className="secondary" onClick={() => busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file: a.file, name: a.name }))}>Mở tệp</button>
              {a.pdf && <button type="button" className="secondary" onClick={() => setPreview(a.id)}>Xem, đặt dấu đến</button>}
              {a.pdf && <button type="button" className="secondary" onClick={() => stampPdf(a.id)}>Bản PDF có dấu đến</button>}
            </span>
          </li>
        ))}
      </ul>
      {shownPreview && (
        <StampPlacement key={shownPreview.id} entryId={r.id} attachmentId={shownPreview.id} name={shownPreview.name} lines={detail.stamp} onClose={() => setPreview(null)} />
      )}
      <div className="route">
        <input aria-label="Chuyển đến đơn vị" placeholder="Đơn vị" value={route.unit} onChange={(e) => setRoute({ ...route, unit: e.target.value })} />
        <input aria-label="Chuyển đến người" placeholder="Người xử lý" value={route.person} onChange={(e) => setRoute({ ...route, person: e.target.value })} />
        <input aria-label="Hạn giải quyết" className="date" placeholder="Hạn: 20/3/26, +5" value={route.deadline} onChange={(e) => setRoute({ ...route, deadline: e.target.value })} />
        <button type="button" className="primary" onClick={doRoute}>Chuyển</button>
      </div>
      {detail.routes.length > 0 && (
        <p className="muted">Đã chuyển: {detail.routes.map((x) => `${[x.unit, x.person].filter(Boolean).join(' – ')}${x.deadline ? ` (hạn ${displayDate(x.deadline)})` : ''}`).join('; ')}</p>
      )}
      <div className="actions left">
        <span className="muted">Đổi trạng thái:</span>
        {INCOMING_STATUSES.filter((s) => s !== r.status).map((s) => (
          <button key={s} type="button" className="secondary" onClick={async () => {
            const d = await busy.run('Đổi trạng thái', () => window.vanthu.registry.deskStatus({ id: r.id, status: s }));
            if (d) onChanged(d);
          }}>{statusLabel(s)}</button>
        ))}
      </div>
      {note && <p className="notice">{note}</p>}
    </aside>
  );
}
