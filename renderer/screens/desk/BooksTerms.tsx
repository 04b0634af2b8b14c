/** Settings: outgoing books and their terms (open a term, close the current one), and the types with their abbreviations. */
import { useEffect, useState } from 'react';
import type { DeskBook } from '../../../common/api/domains/desk';
import { DOC_TYPES } from '../../../common/rules/doc-types';
import { useBusy } from '../../app/busy';
import { viDate } from '../format';
import { typedDate } from './util';

const SCOPE = { term: 'theo nhiệm kỳ', year: 'theo năm', shared: 'chung' } as const;

/** The books, terms and types card. */
export function BooksTerms() {
  const busy = useBusy();
  const [books, setBooks] = useState<DeskBook[]>([]);
  const [nb, setNb] = useState({ issuerCode: '', name: '' });
  const [term, setTerm] = useState({ name: '', date: '' });
  const reload = () => void window.vanthu.registry.deskBooks().then(setBooks);
  useEffect(reload, []);
  const act = async (label: string, fn: () => Promise<unknown>) => (await busy.run(label, fn)) && reload();
  return (
    <div className="two-cols even">
      <div className="card">
        <h2>Sổ văn bản đi và nhiệm kỳ</h2>
        {books.map((b) => {
          const open = b.terms.find((t) => !t.endDate);
          const date = typedDate(term.date) || '';
          return (
            <div key={b.id} className="book">
              <h3>{b.name} <span className="tag">{b.issuerCode}</span></h3>
              <ul className="rows">{b.terms.map((t) => (
                <li key={t.id} className="row"><span>{t.name}</span><span className="muted">{viDate(t.startDate)} – {t.endDate ? viDate(t.endDate) : 'đang mở'}</span></li>
              ))}</ul>
              <div className="toolbar">
                {!open && <input aria-label="Tên nhiệm kỳ" placeholder="Nhiệm kỳ 2030 – 2035" value={term.name} onChange={(e) => setTerm({ ...term, name: e.target.value })} />}
                <input aria-label="Ngày" className="date" placeholder={open ? 'Ngày kết thúc' : 'Ngày bắt đầu'} value={term.date} onChange={(e) => setTerm({ ...term, date: e.target.value })} />
                {open
                  ? <button type="button" className="secondary" disabled={!date} onClick={() => act('Kết thúc nhiệm kỳ', () => window.vanthu.registry.deskCloseTerm({ bookId: b.id, end: date }))}>Kết thúc nhiệm kỳ</button>
                  : <button type="button" className="secondary" disabled={!date || !term.name} onClick={() => act('Mở nhiệm kỳ', () => window.vanthu.registry.deskOpenTerm({ bookId: b.id, name: term.name, start: date }))}>Mở nhiệm kỳ</button>}
              </div>
            </div>
          );
        })}
        <div className="toolbar">
          <input aria-label="Ký hiệu sổ mới" placeholder="Ký hiệu: ĐUK" className="short" value={nb.issuerCode} onChange={(e) => setNb({ ...nb, issuerCode: e.target.value })} />
          <input aria-label="Tên sổ mới" placeholder="Tên sổ" value={nb.name} onChange={(e) => setNb({ ...nb, name: e.target.value })} />
          <button type="button" className="secondary" disabled={!nb.issuerCode || !nb.name} onClick={() => act('Tạo sổ', () => window.vanthu.registry.deskCreateBook(nb))}>Thêm sổ</button>
        </div>
      </div>
      <div className="card">
        <h2>Loại văn bản và chữ viết tắt</h2>
        <table className="table compact"><thead><tr><th>Loại</th><th>Viết tắt</th><th>Đánh số</th></tr></thead>
          <tbody>{DOC_TYPES.map((t) => <tr key={t.id}><td>{t.name}</td><td className="strong">{t.code}</td><td>{SCOPE[t.scope]}</td></tr>)}</tbody></table>
      </div>
    </div>
  );
}
