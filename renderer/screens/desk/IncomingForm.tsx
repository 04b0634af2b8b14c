/**
 * Fast registration of an incoming document, keyboard only: Tab through the fields, dates typed as
 * "10/3/21", the sender from the address book, Enter saves and returns to "Cơ quan gửi" with the
 * date received kept. A file dropped on the form (or chosen) is attached; duplicates are flagged.
 * The form checks itself in Vietnamese (no browser messages): each error names its field; a date
 * received earlier than the book's last entry, or in the future, and a document date in the future
 * are asked about ("Vẫn vào sổ") — the registry accepts them.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DuplicateRow, InDetail } from '../../../common/api/domains/desk';
import { displayDate, typedDateIso } from '../../../common/rules/date-line';
import { URGENCY_LABELS, URGENCY_LEVELS } from '../../../common/rules/secrecy-urgency';
import { useBusy } from '../../app/busy';
import { SenderInput } from './SenderInput';
import { SenderHint } from './SenderHint';
import { WordIncoming, fillFromWord } from './WordIncoming';
import { fieldDate, plusDays, uploadDropped } from './util';

const TYPES = ['Công văn', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Kế hoạch', 'Thông báo', 'Báo cáo', 'Tờ trình', 'Giấy mời', 'Hướng dẫn', 'Đơn, thư'];
/** Errors of the form, one per field, each naming its field. */
type Errors = Partial<Record<'receivedDate' | 'sender' | 'docDate' | 'summary' | 'deadline', string>>;
/** The checked fields in the order of the form (the first wrong one gets the focus). */
const FORM_ORDER = ['receivedDate', 'sender', 'docDate', 'summary', 'deadline'] as const;
const EMPTY = { sender: '', senderNumber: '', docDate: '', typeName: 'Công văn', summary: '', urgency: '', unit: '', person: '', deadline: '' };

/** Props of IncomingForm. */
export interface IncomingFormProps { today: string; onSaved(d: InDetail): void }

/** The registration form. */
export function IncomingForm({ today, onSaved }: IncomingFormProps) {
  const busy = useBusy();
  const [v, setV] = useState({ ...EMPTY, receivedDate: displayDate(today) });
  const [files, setFiles] = useState<{ file: string; name: string }[]>([]);
  const [dups, setDups] = useState<DuplicateRow[]>([]);
  const [errs, setErrs] = useState<Errors>({});
  const [warn, setWarn] = useState<string[] | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [drag, setDrag] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const field = (k: keyof typeof v, label: string, extra: Record<string, unknown> = {}, cls = '') => {
    const error = errs[k as keyof Errors];
    return (
      <label className={`field ${cls}`}><span className="field-label">{label}</span>
        <input id={`in-${k}`} value={v[k]} aria-label={label} aria-invalid={error ? true : undefined} aria-describedby={error ? `in-${k}-error` : undefined}
          onChange={(e) => (set(k)(e.target.value), setWarn(null))} {...extra} />
        {error && <span className="field-error" id={`in-${k}-error`}>{error}</span>}
      </label>
    );
  };
  useEffect(() => {
    const d = typedDateIso(v.docDate);
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
  /** Reads the fields; each error names its field. */
  const check = (): { errors: Errors; received: string; doc: string; deadline: string } => {
    const errors: Errors = {};
    const date = (k: 'receivedDate' | 'docDate', label: string, required: boolean): string => {
      const r = fieldDate(v[k], label, required, today);
      if (r.error) errors[k] = r.error;
      return r.iso;
    };
    const received = date('receivedDate', 'Ngày đến', true);
    const doc = date('docDate', 'Ngày văn bản', false);
    if (!v.sender.trim()) errors.sender = 'Cơ quan gửi: chưa ghi cơ quan gửi văn bản.';
    if (!v.summary.trim()) errors.summary = 'Trích yếu nội dung: chưa ghi trích yếu.';
    let deadline = '';
    if (/^\+\d+$/.test(v.deadline.trim())) deadline = plusDays(received || today, Number(v.deadline.trim().slice(1)));
    else {
      const r = fieldDate(v.deadline, 'Hạn xử lý', false, today, ' (hoặc +5: năm ngày sau ngày đến)');
      if (r.error) errors.deadline = r.error;
      deadline = r.iso;
    }
    return { errors, received, doc, deadline };
  };
  /** Dates that are possible but unusual: the clerk confirms them before saving (the registry accepts them). */
  const unusual = async (received: string, doc: string): Promise<string[]> => {
    const out: string[] = [];
    const year = received.slice(0, 4);
    const last = (await window.vanthu.registry.deskIncoming({ offset: 0, limit: 1, from: `${year}-01-01`, to: `${year}-12-31` })).rows[0];
    if (last && received < last.receivedDate) {
      out.push(`Ngày đến ${displayDate(received)} sớm hơn ngày đến của văn bản vào sổ gần nhất (số đến ${last.serial}, ngày ${displayDate(last.receivedDate)}).`);
    }
    if (received > today) out.push(`Ngày đến ${displayDate(received)} ở tương lai (hôm nay ${displayDate(today)}).`);
    if (doc && doc > today) out.push(`Ngày văn bản ${displayDate(doc)} ở tương lai (hôm nay ${displayDate(today)}).`);
    return out;
  };
  const submit = async (e: FormEvent, confirmed = false) => {
    e.preventDefault();
    const { errors, received, doc, deadline } = check();
    setErrs(errors);
    const firstBad = FORM_ORDER.find((k) => errors[k]);
    if (firstBad) {
      setWarn(null);
      return void (firstBad === 'sender' ? first.current?.focus() : document.getElementById(`in-${firstBad}`)?.focus());
    }
    if (!confirmed) {
      const w = await busy.run('Kiểm tra ngày', () => unusual(received, doc));
      if (w?.length) return setWarn(w);
    }
    setWarn(null);
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
  useEffect(() => { if (warn) confirmRef.current?.focus(); }, [warn]);
  return (
    <form className={`card inform ${drag ? 'drag' : ''}`} onSubmit={(e) => void submit(e)} noValidate aria-label="Vào sổ văn bản đến"
      onDragOver={(e) => (e.preventDefault(), setDrag(true))} onDragLeave={() => setDrag(false)}
      onDrop={(e) => (e.preventDefault(), setDrag(false), void attach([...e.dataTransfer.files]))}>
      <h2>Vào sổ văn bản đến <span className="count">Tab để chuyển ô · Enter để vào sổ · kéo thả tệp quét vào đây</span></h2>
      <div className="grid6">
        {field('receivedDate', 'Ngày đến', { 'aria-required': true, className: 'date' })}
        <SenderInput value={v.sender} onChange={(x) => (set('sender')(x), setWarn(null))} inputRef={first} error={errs.sender} />
        <div className="field-with-hint">
          {field('senderNumber', 'Số và ký hiệu', { placeholder: '88-CV/VPTW', 'aria-describedby': 'in-senderNumber-hint' })}
          <SenderHint number={v.senderNumber} docDate={typedDateIso(v.docDate) ?? ''} sender={v.sender}
            onUse={(name) => (set('sender')(name), setWarn(null), document.getElementById('in-docDate')?.focus())} />
        </div>
        {field('docDate', 'Ngày văn bản', { placeholder: '6/3/26', className: 'date' })}
        <label className="field"><span className="field-label">Tên loại</span>
          <select value={v.typeName} aria-label="Tên loại" onChange={(e) => set('typeName')(e.target.value)}>{TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
        <label className="field"><span className="field-label">Độ khẩn</span>
          <select value={v.urgency} aria-label="Độ khẩn" onChange={(e) => set('urgency')(e.target.value)}>
            {URGENCY_LEVELS.map((l) => <option key={l} value={l && URGENCY_LABELS[l]}>{URGENCY_LABELS[l]}</option>)}</select></label>
        {field('summary', 'Trích yếu nội dung', { 'aria-required': true, placeholder: 'V/v …' }, 'span2')}
        {field('unit', 'Chuyển cho', { placeholder: 'Ban Tổ chức' })}
        {field('person', 'Người xử lý', { placeholder: 'đ/c Nguyễn Thị Lan' }, 'span2')}
        {field('deadline', 'Hạn xử lý', { placeholder: '20/3/26, +5' })}
      </div>
      {dups.length > 0 && (
        <p className="notice error" role="alert">Có thể trùng: văn bản {v.senderNumber} đã vào sổ số đến {dups.map((d) => `${d.serial}/${d.year} (${displayDate(d.receivedDate)})`).join(', ')}.</p>
      )}
      {Object.keys(errs).length > 0 && (
        <div className="notice error" role="alert" data-testid="form-errors">
          Chưa vào sổ được: {FORM_ORDER.filter((k) => errs[k]).map((k) => <span key={k} className="error-line">{errs[k]}</span>)}
        </div>
      )}
      {warn && (
        <div className="notice warn" role="alert" data-testid="date-warnings">
          {warn.map((m) => <span key={m} className="error-line">{m}</span>)}
          <span className="error-line">Nếu đúng như vậy, bấm "Vẫn vào sổ"; nếu nhầm, sửa lại ngày.</span>
          <button type="button" ref={confirmRef} className="primary" onClick={(e) => void submit(e, true)}>Vẫn vào sổ</button>{' '}
          <button type="button" className="secondary" onClick={() => (setWarn(null), document.getElementById('in-receivedDate')?.focus())}>Sửa lại ngày</button>
        </div>
      )}
      <WordIncoming files={files} onFill={(f) => setV((o) => fillFromWord(o, f, TYPES))} />
      <div className="actions">
        <span className="file-name">{files.length ? `Tệp đính kèm: ${files.map((f) => f.name).join(', ')}` : 'Chưa có tệp đính kèm — kéo thả tệp PDF/DOCX vào khung này'}</span>
        <button type="button" className="secondary" onClick={pick}>Chọn tệp…</button>
        <button type="submit" className="primary">Vào sổ</button>
      </div>
    </form>
  );
}
