/**
 * The local host's guards: a random token per launch, required on every API call, and checks of
 * the Host and Origin headers so that no other site (and no DNS-rebinding page) can call the API.
 */
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh random token (256 bits, URL-safe). */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Constant-time comparison of the token a request carries. */
export function tokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Why a request is refused (Vietnamese), or null when it may proceed. */
export function refusal(req: IncomingMessage, port: number, token: string, api: boolean): string | null {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(String(req.headers.host ?? ''))) return 'Địa chỉ máy chủ không hợp lệ.';
  if (!api) return null;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) {
    return 'Yêu cầu từ trang web khác bị từ chối.';
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Yêu cầu từ trang web khác bị từ chối.';
  if (!tokenMatches(token, req.headers['x-vanthu-token'])) return 'Thiếu hoặc sai mã phiên làm việc. Hãy mở lại vanthu từ địa chỉ đã in ra.';
  return null;
}
