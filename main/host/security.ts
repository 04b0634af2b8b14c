/**
 * The local host's guards besides the session (session.ts): the Host header (no DNS-rebinding
 * page), the Origin and Sec-Fetch-Site headers (no other site) and a custom header on every API
 * call (a cross-site form cannot send one; a cross-origin script would need CORS, which the host
 * never grants).
 */
import type { IncomingMessage } from 'node:http';

/**
 * Header that marks a call as made by the page's own client (renderer/api/web-client.ts sends
 * `X-Vanthu: 1`); its value is no secret, only its presence is checked.
 */
const MARKER_HEADERS = ['x-vanthu'] as const;

/** Message of a request without a valid session (Vietnamese). */
export const NO_SESSION =
  'Trình duyệt này chưa được vanthu mở nên không dùng được dữ liệu. Hãy mở lại vanthu (từ menu của máy hoặc lệnh "npm start").';

/** Message of a request from another OS account of the computer (Vietnamese). */
export const OTHER_ACCOUNT = 'vanthu này thuộc tài khoản khác trên máy tính nên không dùng được từ tài khoản của bạn.';

/** Why a request to the host on `port` is refused for its Host header (Vietnamese), or null. */
export function hostRefusal(req: IncomingMessage, port: number): string | null {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return hosts.includes(String(req.headers.host ?? '')) ? null : 'Địa chỉ máy chủ không hợp lệ.';
}

/** Why an API call is refused for where it comes from (Vietnamese), or null when it may proceed. */
export function apiRefusal(req: IncomingMessage, port: number): string | null {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
    return 'Yêu cầu từ trang web khác bị từ chối.';
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Yêu cầu từ trang web khác bị từ chối.';
  if (!MARKER_HEADERS.some((h) => typeof req.headers[h] === 'string' && req.headers[h] !== '')) {
    return 'Yêu cầu không đến từ trang của vanthu nên bị từ chối.';
  }
  return null;
}
