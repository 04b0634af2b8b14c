/**
 * The banner shown when the office server answers 401 (the session ended, e.g. during an
 * autosave): what the editor holds stays in this window, unsaved, and the banner says so, with a
 * link that opens the login page in a new tab; once the person has signed in again, the next
 * successful call (the next autosave) removes the banner. Plain DOM, so it works whatever screen is open.
 */
import './session-banner.css';

const ID = 'session-ended';

/** Shows the banner with the server's message (idempotent). */
export function showSessionEnded(message: string): void {
  if (document.getElementById(ID)) return;
  const box = document.createElement('div');
  box.id = ID;
  box.className = 'session-ended';
  box.setAttribute('role', 'alert');
  const text = document.createElement('span');
  text.textContent = `${message} Chưa lưu được các thay đổi mới nhất: đừng đóng cửa sổ này.`;
  const link = Object.assign(document.createElement('a'), { href: '/', target: '_blank', rel: 'noopener', textContent: 'Đăng nhập lại (thẻ mới)' });
  box.append(text, link);
  document.body.append(box);
}

/** Removes the banner (a call succeeded again). */
export function hideSessionEnded(): void {
  document.getElementById(ID)?.remove();
}
