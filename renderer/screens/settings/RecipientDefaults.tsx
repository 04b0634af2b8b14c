/**
 * The default Nơi nhận of each document type: the groups and lines a new draft of the type starts
 * with, in order; a type without a list keeps its template's Nơi nhận.
 */
import { useState } from 'react';
import type { RecipientRef } from '../../../common/api/domains/desk-care';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import type { BookPartProps } from './RecipientBookSettings';

const keyOf = (r: RecipientRef) => ('group' in r ? `g${r.group}` : `e${r.entry}`);

/** The per-type defaults card. */
export function RecipientDefaults({ book, reload }: BookPartProps) {
  const busy = useBusy();
  const templates = useLoad(() => window.vanthu.templates.list());
  const [typeId, setTypeId] = useState('ket-luan');
  const [adding, setAdding] = useState('');
  const list = book.defaults[typeId] ?? [];
  const nameOf = (r: RecipientRef) => ('group' in r
    ? (() => { const g = book.groups.find((x) => x.id === r.group); return g ? `Nhóm: ${g.name}${g.purpose ? ` (${g.purpose})` : ''}` : '?'; })()
    : book.entries.find((x) => x.id === r.entry)?.text ?? '?');
  const store = async (items: RecipientRef[]) => {
    if (await busy.run('Đặt nơi nhận mặc định', () => window.vanthu.registry.deskRecipientDefaults({ typeId, items }))) reload();
  };
  const add = () => {
    if (!adding) return;
    const ref: RecipientRef = adding.startsWith('g') ? { group: Number(adding.slice(1)) } : { entry: Number(adding.slice(1)) };
    if (!list.some((r) => keyOf(r) === adding)) void store([...list, ref]);
    setAdding('');
  };
  const move = (i: number) => { const l = [...list]; [l[i - 1], l[i]] = [l[i], l[i - 1]]; void store(l); };
  return (
    <div className="card">
      <h2>Nơi nhận mặc định theo loại văn bản</h2>
      <div className="toolbar">
        <label>Loại văn bản
          <select aria-label="Loại văn bản" value={typeId} onChange={(e) => setTypeId(e.target.value)}>
            {templates.data?.map((t) => <option key={t.id} value={t.id}>{t.name}{book.defaults[t.id] ? ' ✓' : ''}</option>)}
          </select>
        </label>
      </div>
      {list.length === 0 && <p className="muted">Chưa đặt: dự thảo mới dùng nơi nhận của mẫu (cấp trên "để báo cáo" và nơi nhận thường dùng của cơ quan).</p>}
      <ol className="rows default-list" aria-label="Nơi nhận mặc định">
        {list.map((r, i) => (
          <li key={keyOf(r)} className="row">
            <span>{nameOf(r)}</span>
            <div className="row-actions">
              {i > 0 && <button type="button" className="secondary" aria-label="Lên trên" onClick={() => move(i)}>↑</button>}
              <button type="button" className="link danger" onClick={() => void store(list.filter((_, j) => j !== i))}>Bỏ</button>
            </div>
          </li>
        ))}
      </ol>
      <div className="toolbar">
        <select aria-label="Thêm vào nơi nhận mặc định" className="grow default-add" value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">Chọn nhóm hoặc dòng…</option>
          <optgroup label="Nhóm">{book.groups.map((g) => <option key={g.id} value={`g${g.id}`}>{g.name}</option>)}</optgroup>
          <optgroup label="Dòng">{book.entries.map((e) => <option key={e.id} value={`e${e.id}`}>{e.text}</option>)}</optgroup>
        </select>
        <button type="button" className="primary" disabled={!adding} onClick={add}>Thêm</button>
      </div>
      <p className="muted">Dòng "Lưu …" luôn lấy theo nơi lưu của cơ quan. Dự thảo đã có không thay đổi.</p>
    </div>
  );
}
