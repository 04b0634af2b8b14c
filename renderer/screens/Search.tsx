/** Tìm kiếm: one box over both registers and the drafts, diacritics-insensitive. */
import { useState, type FormEvent } from 'react';
import type { SearchHit } from '../../common/api';
import { useBusy } from '../app/busy';
import { Notice } from './Notice';

const KIND: Record<SearchHit['kind'], string> = { incoming: 'Văn bản đến', outgoing: 'Văn bản đi', draft: 'Dự thảo' };

/** The search section. */
export function Search() {
  const busy = useBusy();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const r = await busy.run('Tìm kiếm', () => window.vanthu.search.query({ text, limit: 100 }));
    if (r) setHits(r);
  };
  return (
    <div className="card">
      <form className="search-bar" onSubmit={submit} role="search">
        <input type="search" aria-label="Từ khóa tìm kiếm" placeholder="Ví dụ: nghi quyet chuyen doi so, 88-KL/TU, dang uy…" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="primary">Tìm</button>
      </form>
      {hits?.length === 0 && <Notice>Không tìm thấy văn bản nào khớp với "{text}".</Notice>}
      {!!hits?.length && (
        <ul className="rows" aria-label="Kết quả tìm kiếm">
          {hits.map((h) => (
            <li key={`${h.kind}-${h.id}`} className="row">
              <div className="row-main">
                <span className="row-title"><span className="tag">{KIND[h.kind]}</span> {h.title}</span>
                <span className="row-sub">{h.snippet}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
