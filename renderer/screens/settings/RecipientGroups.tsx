/** Groups of Nơi nhận lines: list, add, edit (name, purpose, one line per row), delete. */
import { useState } from 'react';
import { useBusy } from '../../app/busy';
import type { BookPartProps } from './RecipientBookSettings';

interface Editing { id?: number; name: string; purpose: string; lines: string }

const EMPTY: Editing = { name: '', purpose: '', lines: '' };

/** The groups card. */
export function RecipientGroups({ book, reload }: BookPartProps) {
  const busy = useBusy();
  const [edit, setEdit] = useState<Editing>(EMPTY);
  const save = async () => {
    const lines = edit.lines.split('\n').map((l) => l.trim()).filter(Boolean);
    const r = await busy.run('Lưu nhóm nơi nhận', () => window.vanthu.registry.deskRecipientGroupSave({ id: edit.id, groupName: edit.name, purpose: edit.purpose, lines }));
    if (r) (setEdit(EMPTY), reload());
  };
  return (
    <div className="card">
      <h2>Nhóm nơi nhận <span className="count">({book.groups.length})</span></h2>
      <ul className="rows" aria-label="Nhóm nơi nhận">
        {book.groups.map((g) => (
          <li key={g.id} className="row" data-group={g.name}>
            <div className="row-main">
              <span className="row-title">{g.name}{g.purpose && <span className="muted"> · {g.purpose}</span>}</span>
              <span className="row-sub">{g.members.map((m) => m.text).join('; ') || 'chưa có dòng nào'}</span>
            </div>
            <div className="row-actions">
              <button type="button" className="secondary" onClick={() => setEdit({ id: g.id, name: g.name, purpose: g.purpose, lines: g.members.map((m) => m.text).join('\n') })}>Sửa</button>
              <button type="button" className="link danger" onClick={async () => (await busy.run('Xóa nhóm nơi nhận', () => window.vanthu.registry.deskRecipientGroupRemove({ id: g.id }))) && reload()}>Xóa</button>
            </div>
          </li>
        ))}
      </ul>
      <form className="group-form" aria-label={edit.id ? 'Sửa nhóm' : 'Thêm nhóm'} onSubmit={(e) => (e.preventDefault(), void save())}>
        <h3>{edit.id ? `Sửa nhóm "${edit.name}"` : 'Thêm nhóm'}</h3>
        <label className="field"><span className="field-label">Tên nhóm</span>
          <input aria-label="Tên nhóm" value={edit.name} onChange={(e) => setEdit({ ...edit, name: e.target.value })} placeholder="Ví dụ: Các huyện ủy, thành ủy" /></label>
        <label className="field"><span className="field-label">Mục đích gửi (in sau dấu ngoặc, có thể để trống)</span>
          <input aria-label="Mục đích gửi" value={edit.purpose} onChange={(e) => setEdit({ ...edit, purpose: e.target.value })} placeholder="để báo cáo, để thực hiện…" /></label>
        <label className="field"><span className="field-label">Các dòng nơi nhận (mỗi dòng một nơi)</span>
          <textarea aria-label="Các dòng nơi nhận của nhóm" rows={4} value={edit.lines} onChange={(e) => setEdit({ ...edit, lines: e.target.value })} /></label>
        <div className="actions">
          {edit.id !== undefined && <button type="button" className="secondary" onClick={() => setEdit(EMPTY)}>Thôi</button>}
          <button type="submit" className="primary" disabled={!edit.name.trim()}>{edit.id ? 'Lưu nhóm' : 'Thêm nhóm'}</button>
        </div>
      </form>
    </div>
  );
}
