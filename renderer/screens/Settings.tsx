/**
 * Danh mục / Cài đặt: tabs for the organisation profile and backups, the layout of documents (guide
 * and uncertain values), books and terms with the types and abbreviations, the Nơi nhận address
 * book, the address book of sender bodies, and the audit log with its verification.
 */
import { useState } from 'react';
import type { SettingsStatus } from '../../common/api';
import { ISSUER_KINDS } from '../../common/org/organisation';
import { displayDate } from '../../common/rules/date-line';
import { Setup } from '../setup/Setup';
import { Backups } from './Backups';
import { AddressBook } from './desk/AddressBook';
import { AuditLog } from './desk/AuditLog';
import { BooksTerms } from './desk/BooksTerms';
import { LayoutSettings } from './settings/LayoutSettings';
import { RecipientBookSettings } from './settings/RecipientBookSettings';
import { RegisterImport } from './settings/RegisterImport';
import './settings/settings.css';

/** Props of Settings. */
export interface SettingsProps {
  status: SettingsStatus;
  onChanged(): void;
}

const TABS = [
  ['org', 'Cơ quan và sao lưu'], ['layout', 'Thể thức văn bản'], ['books', 'Sổ, nhiệm kỳ, loại văn bản'],
  ['recipients', 'Nơi nhận'], ['address', 'Sổ địa chỉ'], ['import', 'Nhập sổ từ Excel'], ['audit', 'Nhật ký thao tác'],
] as const;

/** The settings section. */
export function Settings({ status, onChanged }: SettingsProps) {
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<(typeof TABS)[number][0]>('org');
  const org = status.organisation;
  if (editing && org) {
    return <Setup initial={{ organisation: org, term: status.term }} onDone={() => (setEditing(false), onChanged())} onCancel={() => setEditing(false)} />;
  }
  return (
    <>
      <div className="tabs" role="tablist">
        {TABS.map(([id, label]) => <button key={id} role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>{label}</button>)}
      </div>
      {tab === 'layout' && <LayoutSettings status={status} onChanged={onChanged} />}
      {tab === 'recipients' && <RecipientBookSettings />}
      {tab === 'books' && <BooksTerms />}
      {tab === 'address' && <AddressBook />}
      {tab === 'import' && <RegisterImport />}
      {tab === 'audit' && <AuditLog />}
      {tab === 'org' && (
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
                  <tr><th>Nhiệm kỳ</th><td>{status.term ? `${status.term.name} (từ ${displayDate(status.term.start)})` : ''}</td></tr>
                  <tr><th>Nơi lưu</th><td>{org.archive}</td></tr>
                  <tr><th>Thẩm quyền ký T/U, Q.</th><td>{org.extraAuthorities ? 'Có cho chọn' : 'Không (chỉ T/M, K/T, T/L)'}</td></tr>
                  <tr><th>Người ký</th><td>{org.signers.map((s) => <div key={s.name}>{s.name} – {s.title}</div>)}</td></tr>
                </tbody>
              </table>
            )}
            <div className="actions"><button type="button" className="secondary" onClick={() => setEditing(true)}>Sửa thông tin</button></div>
          </div>
          <Backups />
        </div>
      )}
    </>
  );
}
