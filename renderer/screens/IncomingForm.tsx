/** The quick form to register an incoming document (vào sổ văn bản đến). */
import { useState, type FormEvent } from 'react';
import { useBusy } from '../app/busy';
import { DateField } from '../setup/DateField';
import { Field } from '../setup/Field';
import { todayIso } from './format';

const EMPTY = { sender: '', senderNumber: '', docDate: '', summary: '', routedTo: '', deadline: '' };

/** Registers one incoming document, then calls `onSaved`. */
export function IncomingForm({ onSaved }: { onSaved(): void }) {
  const busy = useBusy();
  const [v, setV] = useState({ ...EMPTY, receivedDate: todayIso() });
  const [file, setFile] = useState<{ file: string; name: string } | null>(null);
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const pick = async () => {
    const f = await busy.run('Tải tệp đính kèm', () => window.vanthu.files.open({ kind: 'attachment' }));
    if (f?.file) setFile({ file: f.file, name: f.name });
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const row = await busy.run('Vào sổ văn bản đến', () =>
      window.vanthu.registry.registerIncoming({
        receivedDate: v.receivedDate, sender: v.sender, senderNumber: v.senderNumber, summary: v.summary,
        routedTo: v.routedTo, ...(v.docDate ? { docDate: v.docDate } : {}), ...(v.deadline ? { deadline: v.deadline } : {}),
        ...(file ? { attachment: file.file } : {}),
      }));
    if (row) {
      setV({ ...EMPTY, receivedDate: v.receivedDate });
      setFile(null);
      onSaved();
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Vào sổ văn bản đến">
      <h2>Vào sổ văn bản đến</h2>
      <div className="grid3">
        <DateField label="Ngày đến" required value={v.receivedDate} onChange={set('receivedDate')} />
        <Field label="Cơ quan gửi" required value={v.sender} onChange={set('sender')} placeholder="Văn phòng Trung ương Đảng" />
        <Field label="Số và ký hiệu" required value={v.senderNumber} onChange={set('senderNumber')} placeholder="88-CV/VPTW" />
        <DateField label="Ngày văn bản" value={v.docDate} onChange={set('docDate')} />
        <Field label="Chuyển cho" value={v.routedTo} onChange={set('routedTo')} placeholder="Ban Tổ chức" />
        <DateField label="Hạn xử lý" value={v.deadline} onChange={set('deadline')} />
      </div>
      <label className="field">
        <span className="field-label">Trích yếu nội dung</span>
        <textarea required rows={2} value={v.summary} onChange={(e) => set('summary')(e.target.value)} />
      </label>
      <div className="actions">
        <span className="file-name">{file ? `Tệp đính kèm: ${file.name}` : 'Chưa có tệp đính kèm'}</span>
        <button type="button" className="secondary" onClick={pick}>Chọn tệp…</button>
        <button type="submit" className="primary">Vào sổ</button>
      </div>
    </form>
  );
}
