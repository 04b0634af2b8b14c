/**
 * Tài khoản (quản trị of the office server): every account with its roles and state, creating one
 * (tên đăng nhập, họ và tên, vai trò), resetting a password, disabling and enabling, unlocking.
 * A one-time password is shown once, in a box the quản trị closes after writing it down.
 */
import { useState } from 'react';
import type { AccountView, IssuedPasswordView } from '../../../common/api/domains/accounts';
import { LIMITS } from '../../../common/api/fields';
import { ROLE_CODES, ROLE_DUTIES, ROLE_LABELS, roleNames, type RoleCode } from '../../../common/rules/roles';
import { useBusy } from '../../app/busy';
import { useLoad } from '../../app/use-load';
import { useMe } from '../../app/use-me';
import { viDateTime } from '../format';
import { Notice } from '../Notice';
import './accounts.css';

function stateOf(a: AccountView): string {
  if (a.disabled) return 'Đã khóa tài khoản';
  if (a.lockedUntil) return `Tạm khóa đăng nhập đến ${viDateTime(a.lockedUntil)}`;
  if (a.mustChangePassword) return 'Chờ đổi mật khẩu dùng một lần';
  return 'Đang hoạt động';
}

/** The one-time password, shown once. */
function Issued({ issued, onClose }: { issued: IssuedPasswordView; onClose(): void }) {
  return (
    <div className="notice issued" role="status" data-testid="one-time-password">
      <p>Mật khẩu dùng một lần của <b>{issued.account.userName}</b> ({issued.account.displayName}):</p>
      <p className="otp">{issued.oneTimePassword}</p>
      <p className="muted">Mật khẩu này chỉ hiện một lần: hãy ghi lại và trao tận tay. Ở lần đăng nhập đầu, người dùng phải đổi mật khẩu.</p>
      <div className="actions"><button type="button" className="primary" onClick={onClose}>Đã ghi lại</button></div>
    </div>
  );
}

/** The form creating an account. */
function CreateForm({ onCreated }: { onCreated(i: IssuedPasswordView): void }) {
  const busy = useBusy();
  const [userName, setUserName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<RoleCode[]>(['chuyen-vien']);
  const toggle = (r: RoleCode) => setRoles((now) => (now.includes(r) ? now.filter((x) => x !== r) : [...now, r]));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const made = await busy.run('Tạo tài khoản', () => window.vanthu.settings.accountCreate({ userName, displayName, roles }));
    if (made) {
      setUserName('');
      setDisplayName('');
      onCreated(made);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Tạo tài khoản">
      <h2>Tạo tài khoản</h2>
      <label className="field">
        <span className="field-label">Tên đăng nhập</span>
        <input value={userName} onChange={(e) => setUserName(e.target.value)} maxLength={LIMITS.userNameMax} required placeholder="nguyen.van.a" />
        <span className="field-hint">Chữ không dấu, chữ số, dấu . _ - ; từ {LIMITS.userNameMin} đến {LIMITS.userNameMax} ký tự.</span>
      </label>
      <label className="field">
        <span className="field-label">Họ và tên</span>
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={LIMITS.line} required placeholder="Nguyễn Văn A" />
      </label>
      <fieldset className="roles">
        <legend className="field-label">Vai trò</legend>
        {ROLE_CODES.map((r) => (
          <label key={r} className="role">
            <input type="checkbox" checked={roles.includes(r)} onChange={() => toggle(r)} />
            <span><b>{ROLE_LABELS[r]}</b> <span className="field-hint">{ROLE_DUTIES[r]}</span></span>
          </label>
        ))}
      </fieldset>
      <div className="actions"><button type="submit" className="primary" disabled={!roles.length}>Tạo tài khoản</button></div>
    </form>
  );
}

/** The Tài khoản screen. */
export function Accounts() {
  const busy = useBusy();
  const me = useMe();
  const list = useLoad(() => window.vanthu.settings.accountList());
  const [issued, setIssued] = useState<IssuedPasswordView | null>(null);
  const act = async (label: string, fn: () => Promise<unknown>) => {
    if (await busy.run(label, fn)) list.reload();
  };
  const reset = async (a: AccountView) => {
    if (!window.confirm(`Đặt lại mật khẩu của "${a.userName}"? Mật khẩu cũ hết dùng được, các phiên đang mở của người này kết thúc.`)) return;
    const r = await busy.run('Đặt lại mật khẩu', () => window.vanthu.settings.accountReset({ id: a.id }));
    if (r) {
      setIssued(r);
      list.reload();
    }
  };
  return (
    <div className="accounts two-cols">
      <div className="card">
        <h2>Danh sách tài khoản</h2>
        {issued && <Issued issued={issued} onClose={() => setIssued(null)} />}
        {list.error && <Notice kind="error">{list.error}</Notice>}
        <ul className="rows scroll" aria-label="Tài khoản">
          {list.data?.map((a) => (
            <li key={a.id} className={a.disabled ? 'row disabled' : 'row'} data-account={a.userName}>
              <div className="row-main">
                <span className="row-title">{a.displayName} <span className="muted">({a.userName})</span></span>
                <span className="row-sub">{roleNames(a.roles)} · {stateOf(a)}</span>
              </div>
              <div className="row-actions">
                {a.lockedUntil && <button type="button" className="secondary" onClick={() => act('Mở khóa đăng nhập', () => window.vanthu.settings.accountUnlock({ id: a.id }))}>Mở khóa</button>}
                <button type="button" className="secondary" onClick={() => void reset(a)}>Đặt lại mật khẩu</button>
                {a.userName === me?.userName ? null : a.disabled
                  ? <button type="button" className="link" onClick={() => act('Mở lại tài khoản', () => window.vanthu.settings.accountEnable({ id: a.id }))}>Mở lại</button>
                  : <button type="button" className="link" onClick={() => act('Khóa tài khoản', () => window.vanthu.settings.accountDisable({ id: a.id }))}>Khóa</button>}
              </div>
            </li>
          ))}
        </ul>
      </div>
      <CreateForm onCreated={(i) => (setIssued(i), list.reload())} />
    </div>
  );
}
