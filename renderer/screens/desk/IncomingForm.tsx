/**
 * Fast registration of an incoming document, keyboard only: Tab through the fields, dates typed as
 * "10/3/21", the sender from the address book, Enter saves and returns to "Cơ quan gửi" with the
 * date received kept. A file dropped on the form (or chosen) is attached; duplicates are flagged.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DuplicateRow, InDetail } from '../../../common/api/domains/desk';
import { useBusy } from '../../app/busy';
import { SenderInput } from './SenderInput';
import { plusDays, shownDate, typedDate, uploadDropped } from './util';

const TYPES = ['Công văn', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Kế hoạch', 'Thông báo', 'Báo cáo', 'Tờ trình', 'Giấy mời', 'Hướng dẫn', 'Đơn, thư'];
const EMPTY = { sender: '', senderNumber: '', docDate: '', typeName: 'Công văn', summary: '', urgency: '', unit: '', person: '', deadline: '' };

/** Props of IncomingForm. */
export interface IncomingFormProps { today: string; onSaved(d: InDetail): void }

/** The registration form. */
export function IncomingForm({ today, onSaved }: IncomingFormProps) {
  const busy = useBusy();
  const [v, setV] = useState({ ...EMPTY, receivedDate: shownDate(today) });
  const [files, setFiles] = useState<{ file: string; name: string }[]>([]);
  const [dups, setDups] = useState<DuplicateRow[]>([]);
  const [err, setErr] = useState('');
  const [drag, setDrag] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const field = (k: keyof typeof v, label: string, extra: Record<string, unknown> = {}, cls = '') => (
    <label className={`field ${cls}`}><span className="field-label">{label}</span>
      <input value={v[k]} aria-label={label} onChange={(e) => set(k)(e.target.value)} {...extra} /></label>
  );
  useEffect(() => {
    const d = typedDate(v.docDate);
    if (!v.senderNumber.trim() || d === null) return setDups([]);
    let live = true;
    const t = setTimeout(() => void window.vanthu.registry.deskDuplicates({ senderNumber: v.senderNumber, docDate: d }).then((x) => live && setDups(x), () => {}), 200);
    return () => (live = false, clearTimeout(t));
  }, [v.senderNumber, v.docDate]);
  const attach = async (list: File[]) => {
    for (const f of list) {
      const up = await busy.run('Tải tệp đính kèm', () => uploadDropped(f));
      if (up) setFiles((o) => [...o, up]);
    }
  };
  const pick = async () => {
    const f = await busy.run('Tải tệp đính kèm', () => window.vanthu.files.open({ kind: 'attachment' }));
    if (f?.file) setFiles((o) => [...o, { file: f.file!, name: f.name }]);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const received = typedDate(v.receivedDate), doc = typedDate(v.docDate);
    const deadline = /^\+\d+$/.test(v.deadline.trim()) ? plusDays(received || today, Number(v.deadline.trim().slice(1))) : typedDate(v.deadline);
    if (!received || doc === null || deadline === null) return setErr('Ngày chưa đúng: gõ theo dạng ngày/tháng/năm, ví dụ 10/3/21; hạn xử lý có thể gõ +5 (5 ngày).');
    setErr('');
    const d = await busy.run('Vào sổ văn bản đến', () => window.vanthu.registry.deskRegisterIncoming({
      receivedDate: received, sender: v.sender, senderNumber: v.senderNumber, typeName: v.typeName, summary: v.summary,
      urgency: v.urgency, unit: v.unit, person: v.person, attachments: files.map((f) => f.file), attachmentNames: files.map((f) => f.name),
      ...(doc ? { docDate: doc } : {}), ...(deadline ? { deadline } : {}),
    }));
    if (!d) return;
    setV({ ...EMPTY, receivedDate: v.receivedDate });
    setFiles([]);
    setDups([]);
    first.current?.focus();
    onSaved(d);
  };
  return (
    <form className={`card inform ${drag ? 'drag' : ''}`} onSubmit={submit} aria-label="Vào sổ văn bản đến"
      onDragOver={(e) => (e.preventDefault(), setDrag(true))} onDragLeave={() => setDrag(false)}
      onDrop={(e) => (e.preventDefault(), setDrag(false), void attach([...e.dataTransfer.files]))}>
      <h2>Vào sổ văn bản đến <span className="count">Tab để chuyển ô · Enter để vào sổ · kéo thả tệp quét vào đây</span></h2>
      <div className="grid6">
        {field('receivedDate', 'Ngày đến', { required: true, className: 'date' })}
        <SenderInput value={v.sender} onChange={set('sender')} inputRef={first} />
        {field('senderNumber', 'Số và ký hiệu', { placeholder: '88-CV/VPTW' })}
        {field('docDate', 'Ngày văn bản', { placeholder: '6/3/26', className: 'date' })}
        <label className="field"><span className="field-label">Tên loại</span>
          <select value={v.typeName} aria-label="Tên loại" onChange={(e) => set('typeName')(e.target.value)}>{TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
        <label className="field"><span className="field-label">Độ khẩn</span>
          <select value={v.urgency} aria-label="Độ khẩn" onChange={(e) => set('urgency')(e.target.value)}>
            {['', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'].map((t) => <option key={t} value={t}>{t || 'Thường'}</option>)}</select></label>
        {field('summary', 'Trích yếu nội dung', { required: true, placeholder: 'V/v …' }, 'span2')}
        {field('unit', 'Chuyển cho', { placeholder: 'Ban Tổ chức' })}
        {field('person', 'Người xử lý', { placeholder: 'đ/c Nguyễn Thị Lan' }, 'span2')}
        {field('deadline', 'Hạn xử lý', { placeholder: '20/3/26, +5' })}
      </div>
      {dups.length > 0 && (
        <p className="notice error" role="alert">Có thể trùng: văn bản {v.senderNumber} đã vào sổ số đến {dups.map((d) => `${d.serial}/${d.year} (${shownDate(d.receivedDate)})`).join(', ')}.</p>
      )}
      {err && <p className="notice error" role="alert">{err}</p>}
      <div className="actions">
        <span className="file-name">{files.length ? `Tệp đính kèm: ${files.map((f) => f.name).join(', ')}` : 'Chưa có tệp đính kèm — kéo thả tệp PDF/DOCX vào khung này'}</span>
        <button type="button" className="secondary" onClick={pick}>Chọn tệp…</button>
        <button type="submit" className="primary">Vào sổ</button>
      </div>
    </form>
  );
}
