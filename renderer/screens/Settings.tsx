/** Danh mục / Cài đặt: the organisation profile, signers and term, and the backups. */
import { useState } from 'react';
import type { SettingsStatus } from '../../common/api';
import { ISSUER_KINDS } from '../../common/org/organisation';
import { Setup } from '../setup/Setup';
import { Backups } from './Backups';
import { viDate } from './format';

/** Props of Settings. */
export interface SettingsProps {
  status: SettingsStatus;
  onChanged(): void;
}

/** The settings section. */
export function Settings({ status, onChanged }: SettingsProps) {
  const [editing, setEditing] = useState(false);
  const org = status.organisation;
  if (editing && org) {
    return <Setup initial={{ organisation: org, term: status.term }} onDone={() => (setEditing(false), onChanged())} onCancel={() => setEditing(false)} />;
  }
  return (
    <div className="two-cols even">
      <div className="card">
        <h2>Cơ quan ban hành</h2>
        {org && (
          <table className="kv">
            <tbody>
              <tr><th>Tên cơ quan</th><td>{org.name}</td></tr>
              {org.superior && <tr><th>Cấp trên</th><td>{org.superior}</td></tr>}
              <tr><th>Ký hiệu</th><td>{org.symbol}</td></tr>
              <tr><th>Loại</th><td>{ISSUER_KINDS[org.kind]}</td></tr>
              <tr><th>Địa danh</th><td>{org.place}</td></tr>
              <tr><th>Nhiệm kỳ</th><td>{status.term ? `${status.term.name} (từ ${viDate(status.term.start)})` : ''}</td></tr>
              <tr><th>Nơi lưu</th><td>{org.archive}</td></tr>
              <tr><th>Người ký</th><td>{org.signers.map((s) => <div key={s.name}>{s.name} – {s.title}</div>)}</td></tr>
            </tbody>
          </table>
        )}
        <div className="actions"><button type="button" className="secondary" onClick={() => setEditing(true)}>Sửa thông tin</button></div>
      </div>
      <Backups />
    </div>
  );
}
