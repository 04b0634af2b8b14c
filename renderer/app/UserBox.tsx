/**
 * The signed-in person at the foot of the navigation (office server only): full name, roles and
 * Đăng xuất, which ends the session and returns to the login page.
 */
import { roleNames } from '../../common/rules/roles';
import type { Me } from '../../common/api/domains/accounts';
import { API_HEADERS } from '../api/web-client';
import './user-box.css';

/** Logs out and shows the login page. */
async function logout(): Promise<void> {
  try {
    await fetch('/api/logout', { method: 'POST', credentials: 'same-origin', headers: { ...API_HEADERS, 'Content-Type': 'application/json' }, body: '{}' });
  } finally {
    window.location.assign('/');
  }
}

/** The person and the logout button; nothing on the single seat. */
export function UserBox({ me }: { me: Me | null }) {
  if (!me || me.singleSeat) return null;
  return (
    <div className="nav-user" data-testid="nav-user">
      <span className="nav-user-name" title={me.userName}>{me.displayName}</span>
      <span className="nav-user-roles">{roleNames(me.roles)}</span>
      <button type="button" className="nav-about" onClick={() => void logout()}>Đăng xuất</button>
    </div>
  );
}
