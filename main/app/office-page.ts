/**
 * The local page the desktop window shows when the confirmed office server cannot be reached (or
 * presents another certificate): what happened, in Vietnamese, with "Thử lại" and "Làm việc một
 * mình". Served by the app's own scheme (protocol.ts) from these strings, under the app's CSP (its
 * script and style are files of the scheme, nothing inline); its buttons call the preload's
 * `window.vanthuOffice` (open / alone), which only the app's own pages get.
 */
import { UNREACHABLE_TITLE } from './office-window';

/** Paths of the page and its two files on the app's scheme. */
export const OFFICE_PAGE_PATHS = {
  html: '/office-unreachable.html',
  script: '/office-unreachable.js',
  style: '/office-unreachable.css',
} as const;

/** What the page says: the failure and whether it is the changed-certificate warning. */
export interface UnreachableState {
  /** The server's origin, "https://192.168.1.10:8443". */
  origin: string;
  /** The Vietnamese sentence of the failure. */
  message: string;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Whether the failure is the impersonation warning (another certificate than the confirmed one). */
export function isCertificateWarning(message: string): boolean {
  return message.startsWith('CẢNH BÁO') || message.includes('chứng chỉ khác');
}

/** The page's HTML for `state`. */
export function unreachableHtml(state: UnreachableState): string {
  const warning = isCertificateWarning(state.message);
  const advice = warning
    ? 'Đừng tiếp tục với máy chủ này. Hãy gọi người quản trị máy chủ văn phòng; trong lúc chờ có thể làm việc một mình trên máy này.'
    : 'Các văn bản đã lưu trên máy chủ vẫn còn nguyên. Hãy kiểm tra dây mạng, máy chủ (lệnh vanthu server đang chạy?) rồi bấm “Thử lại”, ' +
      'hoặc làm việc một mình trên máy này: sổ và dự thảo lưu trên máy này, máy chủ đã xác nhận vẫn được giữ để quay lại sau.';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>vanthu – ${escapeHtml(UNREACHABLE_TITLE)}</title>
<link rel="stylesheet" href="${OFFICE_PAGE_PATHS.style}"></head>
<body><main class="box${warning ? ' warning' : ''}" data-testid="office-unreachable">
<h1>${escapeHtml(UNREACHABLE_TITLE)}</h1>
<p class="server">Máy chủ: <b>${escapeHtml(state.origin)}</b></p>
<p class="reason" role="alert" id="reason">${escapeHtml(state.message)}</p>
<p>${escapeHtml(advice)}</p>
<p class="status" role="status" id="status"></p>
<div class="actions"><button type="button" id="alone" class="secondary">Làm việc một mình</button>
<button type="button" id="retry" class="primary">Thử lại</button></div>
</main><script src="${OFFICE_PAGE_PATHS.script}"></script></body></html>
`;
}

/** The page's script: the two buttons, through the preload's minimal bridge. */
export const UNREACHABLE_SCRIPT = `'use strict';
(function () {
  var office = window.vanthuOffice;
  var status = document.getElementById('status');
  var reason = document.getElementById('reason');
  var buttons = document.querySelectorAll('button');
  function busy(on, text) { buttons.forEach(function (b) { b.disabled = on; }); status.textContent = text || ''; }
  document.getElementById('retry').addEventListener('click', function () {
    busy(true, 'Đang kết nối máy chủ văn phòng…');
    office.open().then(function (r) { if (r && r.ok === false) { reason.textContent = r.message; busy(false, 'Vẫn chưa kết nối được (' + new Date().toLocaleTimeString('vi-VN') + ').'); } },
      function () { busy(false, 'Vẫn chưa kết nối được.'); });
  });
  document.getElementById('alone').addEventListener('click', function () {
    busy(true, 'Đang chuyển sang làm việc một mình…');
    office.alone().then(function (r) { if (r && r.ok === false) { reason.textContent = r.message; busy(false); } }, function () { busy(false); });
  });
})();
`;

/** The page's style. */
export const UNREACHABLE_STYLE = `
body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center; background: #f4f5f7;
  font: 16px/1.5 "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif; color: #1d2330; }
.box { max-width: 640px; margin: 24px; padding: 28px 32px; background: #fff; border-radius: 8px; border-top: 6px solid #c98a00;
  box-shadow: 0 2px 12px rgba(0,0,0,.12); }
.box.warning { border-top-color: #a01818; }
h1 { margin: 0 0 12px; font-size: 22px; }
.server b { font-family: "Liberation Mono", monospace; }
.reason { padding: 10px 12px; background: #fff4d6; border-left: 4px solid #c98a00; font-weight: 600; }
.warning .reason { background: #fde8e8; border-left-color: #a01818; color: #7a0d0d; }
.status { min-height: 1.5em; color: #4a5568; }
.actions { display: flex; gap: 12px; justify-content: flex-end; }
button { font: inherit; padding: 8px 18px; border-radius: 6px; border: 1px solid #1f4e8c; cursor: pointer; }
button.primary { background: #1f4e8c; color: #fff; }
button.secondary { background: #fff; color: #1f4e8c; }
button:disabled { opacity: .6; cursor: default; }
`;
