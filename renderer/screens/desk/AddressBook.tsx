/** Settings: the address book of sender bodies (filled as documents are registered; add and remove by hand). */
import { useEffect, useState } from 'react';
import type { AddressRow } from '../../../common/api/domains/desk';
import { useBusy } from '../../app/busy';

/** The address book card. */
export function AddressBook() {
  const busy = useBusy();
  const [rows, setRows] = useState<AddressRow[]>([]);
  const [name, setName] = useState('');
  const reload = () => void window.vanthu.registry.deskAddresses().then(setRows);
  useEffect(reload, []);
  const add = async () => {
    if (await busy.run('Thêm cơ quan gửi', () => window.vanthu.registry.deskAddressSave({ name }))) (setName(''), reload());
  };
  return (
    <div className="card">
      <h2>Sổ địa chỉ cơ quan gửi <span className="count">({rows.length})</span></h2>
      <p className="muted">Các cơ quan gửi văn bản đến (gợi ý khi vào sổ văn bản đến). Nơi nhận của văn bản đi ở thẻ "Nơi nhận".</p>
      <form className="toolbar" onSubmit={(e) => (e.preventDefault(), void add())}>
        <input aria-label="Tên cơ quan" placeholder="Tên cơ quan gửi văn bản đến" value={name} onChange={(e) => setName(e.target.value)} className="grow" />
        <button type="submit" className="primary" disabled={!name.trim()}>Thêm</button>
      </form>
      <ul className="rows cols2">
        {rows.map((a) => (
          <li key={a.id} className="row">
            <span>{a.name} <span className="muted">· {a.uses} văn bản</span></span>
            <button type="button" className="link danger" onClick={async () => (await busy.run('Xóa', () => window.vanthu.registry.deskAddressRemove({ id: a.id }))) && reload()}>Xóa</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
