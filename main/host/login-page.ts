/**
 * The office server's login page (Vietnamese): Tên đăng nhập and Mật khẩu, then, when the password
 * was set by an administrator, the form to change it. It is served instead of the app to a browser
 * without a session, carries no data, and talks to /api/login and /api/password with the page's
 * marker header. Its style and script are inline, allowed by their hashes in its CSP.
 */
import crypto from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { LIMITS } from '../../common/api/fields';
import { SECURITY_HEADERS } from './http-util';

const STYLE =
  'body{margin:0;font:16px/1.5 "Liberation Sans",Arial,sans-serif;background:#f4f5f7;color:#1d2430}' +
  'main{max-width:26rem;margin:10vh auto 0;padding:2rem 2.5rem;background:#fff;border:1px solid #d5d9e0;border-radius:8px}' +
  'h1{margin:0 0 .25rem;font-size:1.5rem;color:#a01818}p.lead{margin:0 0 1.25rem;color:#505a6b}' +
  'label{display:block;margin:.75rem 0 .25rem;font-weight:bold}input{box-sizing:border-box;width:100%;padding:.5rem;font:inherit;border:1px solid #9aa3b2;border-radius:4px}' +
  'button{margin-top:1.25rem;padding:.55rem 1.2rem;font:inherit;font-weight:bold;color:#fff;background:#a01818;border:0;border-radius:4px;cursor:pointer}' +
  '[role=alert]{margin-top:1rem;color:#a01818}[role=alert]:empty{display:none}.note{color:#505a6b;font-size:.9rem}[hidden]{display:none}';

const SCRIPT = `(() => {
const $ = (id) => document.getElementById(id);
const post = async (path, body) => {
  try {
    const r = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'X-Vanthu': '1', 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return await r.json();
  } catch { return { ok: false, error: { message: 'Không kết nối được máy chủ văn phòng. Hãy kiểm tra mạng rồi thử lại.' } }; }
};
const showChange = () => { $('login').hidden = true; $('change').hidden = false; $('current').focus(); };
if (document.body.dataset.mode === 'change') showChange();
$('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('login-error').textContent = '';
  const r = await post('/api/login', { userName: $('user').value, password: $('password').value });
  if (!r.ok) { $('login-error').textContent = r.error.message; $('password').value = ''; $('password').focus(); return; }
  if (r.value.mustChangePassword) { $('current').value = $('password').value; showChange(); $('next').focus(); return; }
  location.reload();
});
$('change').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('change-error').textContent = '';
  if ($('next').value !== $('again').value) { $('change-error').textContent = 'Hai lần gõ mật khẩu mới không giống nhau; hãy gõ lại.'; return; }
  const r = await post('/api/password', { current: $('current').value, next: $('next').value });
  if (!r.ok) { $('change-error').textContent = r.error.message; return; }
  location.reload();
});
})();`;

const hash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
const CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** Which form the page opens with. */
export type LoginMode = 'login' | 'change';

/** The HTML of the login page. */
export function loginPage(mode: LoginMode, notice = ''): string {
  const max = LIMITS.passwordMax;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vanthu – đăng nhập</title>
<style>${STYLE}</style>
</head>
<body data-mode="${mode}">
<main>
<h1>vanthu – máy chủ văn phòng</h1>
<p class="lead">${notice || 'Đăng nhập bằng tài khoản do quản trị cấp.'}</p>
<form id="login"${mode === 'change' ? ' hidden' : ''}>
<label for="user">Tên đăng nhập</label>
<input id="user" name="user" autocomplete="username" maxlength="${LIMITS.userNameMax}" required autofocus>
<label for="password">Mật khẩu</label>
<input id="password" name="password" type="password" autocomplete="current-password" maxlength="${max}" required>
<button type="submit">Đăng nhập</button>
<div id="login-error" role="alert"></div>
</form>
<form id="change"${mode === 'change' ? '' : ' hidden'}>
<p>Mật khẩu của bạn do quản trị đặt và chỉ dùng một lần. Hãy đặt mật khẩu mới (từ ${LIMITS.passwordMin} đến ${max} ký tự, không chứa tên đăng nhập).</p>
<label for="current">Mật khẩu hiện tại</label>
<input id="current" type="password" autocomplete="current-password" maxlength="${max}" required>
<label for="next">Mật khẩu mới</label>
<input id="next" type="password" autocomplete="new-password" maxlength="${max}" required>
<label for="again">Gõ lại mật khẩu mới</label>
<input id="again" type="password" autocomplete="new-password" maxlength="${max}" required>
<button type="submit">Đổi mật khẩu</button>
<div id="change-error" role="alert"></div>
</form>
<p class="note">Quên mật khẩu hoặc tài khoản bị khóa: hãy nhờ quản trị của văn phòng đặt lại.</p>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** Sends the login page (status 200; `status` 401 when a session just ended). */
export function sendLoginPage(res: ServerResponse, mode: LoginMode, status = 200, notice = ''): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Security-Policy': CSP, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(loginPage(mode, notice));
}
