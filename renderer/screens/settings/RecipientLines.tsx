/** Every line of the Nơi nhận address book, with where it came from: add, rename, delete. */
import { useState } from 'react';
import type { RecipientSource } from '../../../common/api/domains/desk-care';
import { foldVietnamese } from '../../../common/text/normalize';
import { useBusy } from '../../app/busy';
import type { BookPartProps } from './RecipientBookSettings';

const SOURCES: Record<RecipientSource, string> = { org: 'hồ sơ cơ quan', register: 'văn bản đã ban hành', user: 'thêm tay' };

/** The lines card. */
export function RecipientLines({ book, reload }: BookPartProps) {
  const busy = useBusy();
  const [text, setText] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; text: string } | null>(null);
  const [query, setQuery] = useState('');
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  const shown = book.entries.filter((e) => words.every((w) => foldVietnamese(e.text).includes(w)));
  const save = async (id: number | undefined, recipient: string) => {
    if (await busy.run('Lưu nơi nhận', () => window.vanthu.registry.deskRecipientSave({ id, recipient }))) (setText(''), setRenaming(null), reload());
  };
  return (
    <div className="card">
      <h2>Các dòng nơi nhận <span className="count">({book.entries.length})</span></h2>
      <p className="muted">Lấy từ hồ sơ cơ quan và từ cột "Nơi nhận" của sổ văn bản đi; thường dùng xếp trước.</p>
      <form className="toolbar" onSubmit={(e) => (e.preventDefault(), void save(undefined, text))}>
        <input aria-label="Dòng nơi nhận mới" placeholder="Ví dụ: Các huyện ủy, thành ủy" value={text} onChange={(e) => setText(e.target.value)} className="grow" />
        <button type="submit" className="primary" disabled={!text.trim()}>Thêm dòng</button>
      </form>
      {book.entries.length > 10 && (
        <input className="search" type="search" aria-label="Tìm dòng nơi nhận" placeholder="Tìm trong sổ nơi nhận (có dấu hay không dấu)…" value={query} onChange={(e) => setQuery(e.target.value)} />
      )}
      <ul className="rows cols2" aria-label="Các dòng nơi nhận">
        {shown.map((e) => (
          <li key={e.id} className="row">
            {renaming?.id === e.id ? (
              <form className="toolbar grow" onSubmit={(ev) => (ev.preventDefault(), void save(e.id, renaming.text))}>
                <input aria-label="Sửa dòng nơi nhận" className="grow" value={renaming.text} onChange={(ev) => setRenaming({ id: e.id, text: ev.target.value })} />
                <button type="submit" className="primary">Lưu</button>
                <button type="button" className="secondary" onClick={() => setRenaming(null)}>Thôi</button>
              </form>
            ) : (
              <>
                <span>{e.text} <span className="muted">· {SOURCES[e.source]}{e.uses ? ` · ${e.uses} văn bản` : ''}</span></span>
                <div className="row-actions">
                  <button type="button" className="link" onClick={() => setRenaming({ id: e.id, text: e.text })}>Sửa</button>
                  <button type="button" className="link danger" onClick={async () => (await busy.run('Xóa nơi nhận', () => window.vanthu.registry.deskRecipientRemove({ id: e.id }))) && reload()}>Xóa</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
