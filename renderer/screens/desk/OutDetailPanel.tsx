/** One outgoing entry: number, book, term, its stored DOCX with the SHA-256 re-checked; cancel or release with a reason. */
import { useState } from 'react';
import type { OutDetail } from '../../../common/api/domains/desk';
import { displayDate } from '../../../common/rules/date-line';
import { OUTGOING_STATUS_LABELS } from '../../../common/rules/outgoing-status';
import { useBusy } from '../../app/busy';

/** Props of OutDetailPanel. */
export interface OutDetailProps { detail: OutDetail; onChanged(): void; onClose(): void }

/** The detail panel. */
export function OutDetailPanel({ detail, onChanged, onClose }: OutDetailProps) {
  const busy = useBusy();
  const r = detail.row;
  const [reason, setReason] = useState('');
  const act = async (kind: 'cancel' | 'release') => {
    const ok = await busy.run<unknown>(kind === 'cancel' ? 'Hủy số' : 'Trả số', () => (kind === 'cancel'
      ? window.vanthu.registry.deskCancel({ id: r.id, reason })
      : window.vanthu.registry.deskRelease({ id: r.id, reason })));
    if (ok) (setReason(''), onChanged());
  };
  return (
    <aside className="card detail" aria-label={`Văn bản đi ${r.number}`}>
      <div className="detail-head">
        <h2>{r.number} <span className={`status o-${r.status}`}>{OUTGOING_STATUS_LABELS[r.status]}</span></h2>
        <button type="button" className="link" onClick={onClose}>Đóng</button>
      </div>
      <table className="kv"><tbody>
        <tr><th>Sổ, nhiệm kỳ</th><td>{detail.bookName}{detail.termName && ` · ${detail.termName}`}</td></tr>
        <tr><th>Ngày văn bản</th><td>{displayDate(r.date)}</td></tr>
        <tr><th>Trích yếu</th><td>{r.summary || '—'}</td></tr>
        <tr><th>Người ký</th><td>{r.signer || '—'}</td></tr>
        {detail.recipients.length > 0 && <tr><th>Nơi nhận</th><td>{detail.recipients.join('; ')}</td></tr>}
        {r.cancelReason && <tr><th>Lý do</th><td>{r.cancelReason}</td></tr>}
        <tr><th>Tệp lưu</th><td className="path">{detail.file ?? '—'}</td></tr>
        <tr><th>SHA-256</th><td className="path">{detail.sha256 ?? '—'}</td></tr>
        <tr><th>Kiểm tra tệp</th><td className={detail.check.ok ? 'ok-text' : detail.file ? 'error-text' : 'muted'} data-testid="file-check">{detail.check.message}</td></tr>
      </tbody></table>
      <div className="actions left">
        {detail.file && detail.check.actual && (
          <button type="button" className="secondary" onClick={() => busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file: detail.file!, name: `${r.number.replace(/\//g, '-')}.docx` }))}>Mở tệp DOCX</button>
        )}
        {r.status !== 'cancelled' && (
          <>
            <input aria-label="Lý do" placeholder="Lý do (bắt buộc)" value={reason} onChange={(e) => setReason(e.target.value)} className="grow" />
            {r.status === 'reserved' && <button type="button" className="secondary" disabled={reason.trim().length < 3} onClick={() => act('release')}>Trả số</button>}
            <button type="button" className="primary" disabled={reason.trim().length < 3} onClick={() => act('cancel')}>Hủy số</button>
          </>
        )}
      </div>
    </aside>
  );
}
