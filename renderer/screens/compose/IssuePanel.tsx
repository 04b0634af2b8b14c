/**
 * The issue flow of a draft: "Trình ký" (drafter, when the check finds no error; the editor locks
 * until "Rút lại để sửa" withdraws it), then "Cấp số &
 * đăng ký" (clerk): next number or a reserved one, issue date, final DOCX (and PDF where
 * LibreOffice exists) recorded in the outgoing register, document locked; then the downloads.
 */
import { useState } from 'react';
import type { DraftRecord, ProducedFile } from '../../../common/api';
import type { DraftMeta } from '../../../common/api/domains/editor';
import { civilOf, parseDate, shortDate, toIsoDate } from '../../../common/rules/date-line';
import type { Finding } from '../../../common/rules/check';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';

/** Props of IssuePanel. */
export interface IssuePanelProps {
  record: DraftRecord;
  meta: DraftMeta;
  findings: Finding[];
  saveNow(): Promise<void>;
  onIssued(record: DraftRecord, meta: DraftMeta): void;
}

function today(): string {
  return shortDate(civilOf(new Date()));
}

/** The issue panel. */
export function IssuePanel({ record, meta, findings, saveNow, onIssued }: IssuePanelProps) {
  const busy = useBusy();
  const [date, setDate] = useState(today);
  const [reservation, setReservation] = useState('');
  const errors = findings.filter((f) => f.severity === 'error').length;
  const reserved = useLoad(() => (meta.status === 'submitted' ? window.vanthu.registry.listOutgoing({ status: 'reserved', limit: 100 }) : Promise.resolve(null)), [meta.status]);
  const download = (f: ProducedFile) => busy.run('Tải tệp', () => window.vanthu.files.saveAs({ file: f.file, name: f.name }));
  const submit = (submitted: boolean) => busy.run(submitted ? 'Trình ký' : 'Rút trình ký', async () => {
    await saveNow();
    const m = await window.vanthu.drafts.submit({ id: record.id, submitted });
    onIssued(record, m);
  });
  const issue = () => busy.run('Cấp số và đăng ký', async () => {
    const d = parseDate(date);
    if (!d.ok) throw new Error(d.message);
    await saveNow();
    const r = await window.vanthu.drafts.issue({ id: record.id, date: toIsoDate(d.value), ...(reservation ? { reservationId: Number(reservation) } : {}) });
    onIssued(r.record, { id: record.id, status: 'issued', registeredAs: r.row.number, files: [r.docx, ...(r.pdf ? [r.pdf] : [])] });
  });

  if (meta.status === 'issued') {
    return (
      <div className="compose-issue issued" aria-label="Văn bản đã ban hành">
        <span>Đã cấp số <strong data-number>{meta.registeredAs}</strong> và vào sổ văn bản đi; văn bản đã khóa.</span>
        {meta.files?.map((f) => (
          <button key={f.file} type="button" onClick={() => download(f)}>Tải {f.name.endsWith('.pdf') ? 'PDF' : 'DOCX'}</button>
        ))}
      </div>
    );
  }
  return (
    <div className={`compose-issue ${meta.status}`} aria-label="Trình ký và cấp số">
      {errors > 0 && <span className="error-text">Còn {errors} lỗi thể thức (xem khung Kiểm tra thể thức) — sửa xong mới trình ký, cấp số được.</span>}
      {meta.status === 'draft' && <button type="button" disabled={errors > 0} onClick={() => submit(true)}>Trình ký</button>}
      {meta.status === 'submitted' && (
        <>
          <strong className="compose-locked" role="status">Đã trình ký — văn bản đang khóa</strong>
          <button type="button" className="secondary" onClick={() => submit(false)}>Rút lại để sửa</button>
          <label>Ngày ban hành <input aria-label="Ngày ban hành" value={date} onChange={(e) => setDate(e.target.value)} size={10} /></label>
          <label>Số{' '}
            <select aria-label="Số dùng" value={reservation} onChange={(e) => setReservation(e.target.value)}>
              <option value="">Số kế tiếp trong sổ</option>
              {reserved.data?.rows.map((r) => <option key={r.id} value={r.id}>Số giữ chỗ {r.number}</option>)}
            </select>
          </label>
          <button type="button" disabled={errors > 0} onClick={issue}>Cấp số &amp; đăng ký</button>
        </>
      )}
    </div>
  );
}
