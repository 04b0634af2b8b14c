/**
 * Settings: outgoing books and their terms (open a term, close the current one), and the types with
 * their abbreviations. A button that cannot be used yet says why, under it (aria-describedby).
 */
import { useEffect, useState } from 'react';
import type { DeskBook } from '../../../common/api/domains/desk';
import { displayDate } from '../../../common/rules/date-line';
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { useBusy } from '../../app/busy';
import { fieldDate } from './util';

const SCOPE = { term: 'theo nhiệm kỳ', year: 'theo năm', shared: 'chung' } as const;

/** The books, terms and types card. */
export function BooksTerms() {
  const busy = useBusy();
  const [books, setBooks] = useState<DeskBook[]>([]);
  const [nb, setNb] = useState({ issuerCode: '', name: '' });
  const [term, setTerm] = useState({ name: '', date: '' });
  const reload = () => void window.vanthu.registry.deskBooks().then(setBooks);
  useEffect(reload, []);
  const bookWhy = [!nb.issuerCode.trim() ? 'Ký hiệu sổ: chưa ghi (ví dụ ĐUK).' : '', !nb.name.trim() ? 'Tên sổ: chưa ghi.' : ''].filter(Boolean).join(' ');
  const act = async (label: string, fn: () => Promise<unknown>) => (await busy.run(label, fn)) && reload();
  return (
    <div className="two-cols even">
      <div className="card">
        <h2>Sổ văn bản đi và nhiệm kỳ</h2>
        {books.map((b) => {
          const open = b.terms.find((t) => !t.endDate);
          const label = open ? 'Ngày kết thúc' : 'Ngày bắt đầu';
          const d = fieldDate(term.date, label, true);
          const why = [!open && !term.name.trim() ? 'Tên nhiệm kỳ: chưa ghi.' : '', term.date.trim() ? d.error ?? '' : `${label}: chưa ghi ngày.`].filter(Boolean).join(' ');
          const whyId = `term-why-${b.id}`;
          return (
            <div key={b.id} className="book">
              <h3>{b.name} <span className="tag">{b.issuerCode}</span></h3>
              <ul className="rows">{b.terms.map((t) => (
                <li key={t.id} className="row"><span>{t.name}</span><span className="muted">{displayDate(t.startDate)} – {t.endDate ? displayDate(t.endDate) : 'đang mở'}</span></li>
              ))}</ul>
              <div className="toolbar">
                {!open && <input aria-label="Tên nhiệm kỳ" placeholder="Nhiệm kỳ 2030 – 2035" value={term.name} onChange={(e) => setTerm({ ...term, name: e.target.value })} />}
                <input aria-label={label} className="date" placeholder={label} value={term.date} onChange={(e) => setTerm({ ...term, date: e.target.value })}
                  aria-invalid={term.date.trim() && d.error ? true : undefined} aria-describedby={why ? whyId : undefined} />
                {open
                  ? <button type="button" className="secondary" disabled={Boolean(why)} aria-describedby={why ? whyId : undefined}
                    onClick={() => act('Kết thúc nhiệm kỳ', () => window.vanthu.registry.deskCloseTerm({ bookId: b.id, end: d.iso }))}>Kết thúc nhiệm kỳ</button>
                  : <button type="button" className="secondary" disabled={Boolean(why)} aria-describedby={why ? whyId : undefined}
                    onClick={() => act('Mở nhiệm kỳ', () => window.vanthu.registry.deskOpenTerm({ bookId: b.id, name: term.name, start: d.iso }))}>Mở nhiệm kỳ</button>}
              </div>
              {why && <span className="why" id={whyId}>{open ? 'Để kết thúc nhiệm kỳ: ' : 'Để mở nhiệm kỳ: '}{why}</span>}
            </div>
          );
        })}
        <div className="toolbar">
          <input aria-label="Ký hiệu sổ mới" placeholder="Ký hiệu: ĐUK" className="short" value={nb.issuerCode} onChange={(e) => setNb({ ...nb, issuerCode: e.target.value })} />
          <input aria-label="Tên sổ mới" placeholder="Tên sổ" value={nb.name} onChange={(e) => setNb({ ...nb, name: e.target.value })} />
          <button type="button" className="secondary" disabled={Boolean(bookWhy)} aria-describedby={bookWhy ? 'book-why' : undefined}
            onClick={() => act('Tạo sổ', () => window.vanthu.registry.deskCreateBook(nb))}>Thêm sổ</button>
        </div>
        {bookWhy && <span className="why" id="book-why">Để thêm sổ: {bookWhy}</span>}
      </div>
      <div className="card">
        <h2>Loại văn bản và chữ viết tắt</h2>
        <table className="table compact"><thead><tr><th>Loại</th><th>Viết tắt</th><th>Đánh số</th></tr></thead>
          <tbody>{DOC_TYPES.map((t) => <tr key={t.id}><td>{t.name}</td><td className="strong">{t.code}</td><td>{SCOPE[t.scope]}</td></tr>)}</tbody></table>
      </div>
    </div>
  );
}
