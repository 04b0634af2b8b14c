/**
 * The page a browser without a session gets (status 403): it carries no secret and says, in
 * Vietnamese, how to open vanthu. Its only style is inline, allowed by its hash in the CSP.
 */
import crypto from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './http-util';
import { LAUNCH_CODE_TTL_MS } from './session';

/** Why the page is shown. */
export type LockedReason = 'no-session' | 'code-used';

const STYLE =
  'body{margin:0;font:16px/1.5 "Liberation Sans",Arial,sans-serif;background:#f4f5f7;color:#1d2430}' +
  'main{max-width:40rem;margin:12vh auto 0;padding:2rem 2.5rem;background:#fff;border:1px solid #d5d9e0;border-radius:8px}' +
  'h1{margin:0 0 1rem;font-size:1.5rem;color:#a01818}li{margin:.4rem 0}code{background:#eef0f4;padding:0 .3rem;border-radius:3px}' +
  '.note{color:#505a6b;font-size:.9rem;margin-top:1.5rem}';

const CSP = `default-src 'none'; style-src 'sha256-${crypto.createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const LEADS: Record<LockedReason, string> = {
  'no-session': 'Vì an toàn, dữ liệu của vanthu chỉ mở trong trình duyệt mà chính vanthu đã mở ra trên máy này.',
  'code-used': 'Địa chỉ mở này đã được dùng hoặc đã hết hạn. Mỗi địa chỉ mở chỉ dùng được một lần, trong vòng ' +
    `${Math.round(LAUNCH_CODE_TTL_MS / 1000)} giây.`,
};

/** The HTML of the page. */
export function lockedPage(reason: LockedReason): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vanthu – cần mở lại</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Hãy mở vanthu từ máy của bạn</h1>
<p>${LEADS[reason]}</p>
<p>Để mở vanthu:</p>
<ul>
<li>chọn <b>vanthu</b> trong menu của máy (hoặc biểu tượng trên màn hình), hoặc</li>
<li>trong thư mục của vanthu, chạy lệnh <code>npm start</code>.</li>
</ul>
<p>Nếu vanthu đang chạy trong cửa sổ dòng lệnh, nhấn <b>Enter</b> ở cửa sổ đó để nhận một địa chỉ mở mới.</p>
<p class="note">Trang này không chứa dữ liệu nào của bạn.</p>
</main>
</body>
</html>
`;
}

/** Sends the page with status 403. */
export function sendLockedPage(res: ServerResponse, reason: LockedReason): void {
  res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Security-Policy': CSP, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(lockedPage(reason));
}
