/**
 * Search across both registers and the drafts: one box, diacritics-insensitive, results as you type
 * with the matched words highlighted (in every field a hit matched: number, summary, sender, and the
 * other fields listed under it), filters, opening the attachment or document, and "Mở dự thảo" for a
 * draft or the draft an outgoing entry was issued from (an issued document is listed once, as its entry).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DeskHit } from '../../../common/api/domains/desk';
import { displayDate, typedDateIso } from '../../../common/rules/date-line';
import { INCOMING_STATUSES } from '../../../common/rules/incoming-status';
import { OUTGOING_STATUSES } from '../../../common/rules/outgoing-status';
import { useBusy } from '../../app/busy';
import { statusLabel } from '../format';
import { requestOpenDraft } from './open-draft';
import { highlight } from './util';

const KIND = { in: 'Đến', out: 'Đi', draft: 'Dự thảo' } as const;
/** Results drawn at first (the rest on demand), so results show quickly while typing. */
const SHOWN = 40;

function Marked({ text, words }: { text: string; words: string[] }) {
  return <>{highlight(text, words).map((p, i) => (p.hit ? <mark key={i}>{p.t}</mark> : <span key={i}>{p.t}</span>))}</>;
}

/** The search section. */
export function SearchDesk() {
  const busy = useBusy();
  const [q, setQ] = useState({ text: '', register: 'all' as 'all' | 'in' | 'out' | 'draft', typeCode: '', sender: '', from: '', to: '', status: '' });
  const [res, setRes] = useState<{ hits: DeskHit[]; words: string[] } | null>(null);
  const seq = useRef(0);
  const run = async () => {
    const n = ++seq.current;
    const from = typedDateIso(q.from) || undefined, to = typedDateIso(q.to) || undefined;
    const r = await window.vanthu.registry.deskSearch({ ...q, from, to, limit: 100 });
    if (n === seq.current) setRes(r);
  };
  const [shown, setShown] = useState(SHOWN);
  useEffect(() => {
    // No debounce: each keystroke asks (a local FTS query takes a few ms); only the newest answer is shown.
    setShown(SHOWN);
    void run().catch(() => {});
  }, [q]);
  const openHit = async (h: DeskHit) => {
    if (h.register === 'in') {
      const d = await busy.run('Mở văn bản đến', () => window.vanthu.registry.deskIncomingDetail({ id: Number(h.id) }));
      const a = d?.attachments[0];
      if (a) await busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file: a.file, name: a.name }));
    } else if (h.register === 'out') {
      const d = await busy.run('Mở văn bản đi', () => window.vanthu.registry.deskOutgoingDetail({ id: Number(h.id) }));
      const file = d?.file;
      if (file) await busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file, name: `${h.number.replace(/\//g, '-')}.docx` }));
    }
  };
  const set = (k: keyof typeof q) => (e: { target: { value: string } }) => setQ({ ...q, [k]: e.target.value });
  return (
    <div className="card">
      <form className="search-bar" onSubmit={(e: FormEvent) => (e.preventDefault(), void run())}>
        <input aria-label="Từ khóa tìm kiếm" autoFocus placeholder="Gõ có dấu hay không dấu: chuyen doi so, 88-CV/VPTW…" value={q.text} onChange={set('text')} />
        <button type="submit" className="primary">Tìm</button>
      </form>
      <div className="toolbar">
        <select aria-label="Sổ" value={q.register} onChange={set('register')}>
          <option value="all">Cả sổ văn bản và dự thảo</option><option value="in">Văn bản đến</option><option value="out">Văn bản đi</option><option value="draft">Dự thảo</option></select>
        <input aria-label="Loại (ký hiệu)" placeholder="Loại: NQ, CV…" value={q.typeCode} onChange={set('typeCode')} className="short" />
        <input aria-label="Cơ quan gửi" placeholder="Cơ quan gửi" value={q.sender} onChange={set('sender')} />
        <input aria-label="Từ ngày" placeholder="Từ ngày" value={q.from} onChange={set('from')} className="date" />
        <input aria-label="Đến ngày" placeholder="Đến ngày" value={q.to} onChange={set('to')} className="date" />
        <select aria-label="Trạng thái" value={q.status} onChange={set('status')}>
          <option value="">Mọi trạng thái</option>
          {[...INCOMING_STATUSES, ...OUTGOING_STATUSES].map((st) => <option key={st} value={st}>{statusLabel(st)}</option>)}</select>
      </div>
      {res && <p className="muted" data-testid="hit-count">{res.hits.length === 0 ? 'Không tìm thấy văn bản nào.' : `${res.hits.length} kết quả${res.hits.length === 100 ? ' (100 mới nhất)' : ''}`}</p>}
      <ul className="rows" aria-label="Kết quả tìm kiếm">
        {res?.hits.slice(0, shown).map((h) => (
          <li key={`${h.register}${h.id}`} className="row">
            <span className="row-main">
              <span className="row-title"><span className={`tag k-${h.register}`}>{KIND[h.register]}</span><Marked text={h.number} words={res.words} /> · {displayDate(h.date)}</span>
              <span className="row-sub"><Marked text={h.summary} words={res.words} /></span>
              {h.sender && <span className="row-sub"><Marked text={h.sender} words={res.words} /></span>}
              {h.also?.map((f) => <span key={f.label} className="row-sub" data-also>{f.label}: <Marked text={f.text} words={res.words} /></span>)}
            </span>
            <span className="row-actions">
              <span className="muted">{statusLabel(h.status)}</span>
              {h.hasFile && <button type="button" className="secondary" onClick={() => openHit(h)}>Mở tệp</button>}
              {(h.draftId || h.register === 'draft') && (
                <button type="button" className="secondary" onClick={() => requestOpenDraft(h.draftId ?? h.id)}>Mở dự thảo</button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {res && res.hits.length > shown && (
        <div className="actions left"><button type="button" className="secondary" onClick={() => setShown(res.hits.length)}>Hiện thêm {res.hits.length - shown} kết quả</button></div>
      )}
    </div>
  );
}
