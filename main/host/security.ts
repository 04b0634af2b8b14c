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

/**
 * Where a host is reached: the Host headers it answers (no DNS rebinding), the Origins its page
 * has, and whether its session cookie needs `Secure` (HTTPS).
 */
export interface Site {
  port: number;
  /** Accepted Host headers, "127.0.0.1:5000". */
  hosts: readonly string[];
  /** Origins of the host's own page, "http://127.0.0.1:5000". */
  origins: readonly string[];
  /** Whether the site is served over HTTPS (the cookie is then `Secure`). */
  secure: boolean;
}

/** The local host on `port`: 127.0.0.1 and localhost over HTTP. */
export function loopbackSite(port: number): Site {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return { port, hosts, origins: hosts.map((h) => `http://${h}`), secure: false };
}

/** Why a request is refused for its Host header (Vietnamese), or null. */
export function hostRefusal(req: IncomingMessage, site: Site): string | null {
  return site.hosts.includes(String(req.headers.host ?? '')) ? null : 'Địa chỉ máy chủ không hợp lệ.';
}

/** Why an API call is refused for where it comes from (Vietnamese), or null when it may proceed. */
export function apiRefusal(req: IncomingMessage, site: Site): string | null {
  const origin = req.headers.origin;
  if (origin !== undefined && !site.origins.includes(origin)) {
    return 'Yêu cầu từ trang web khác bị từ chối.';
  }
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return 'Yêu cầu từ trang web khác bị từ chối.';
  if (!MARKER_HEADERS.some((h) => typeof req.headers[h] === 'string' && req.headers[h] !== '')) {
    return 'Yêu cầu không đến từ trang của vanthu nên bị từ chối.';
  }
  return null;
}
