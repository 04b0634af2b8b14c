/** Small HTTP helpers of the local host: bounded body reading and JSON replies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UserError, type ApiErrorCode } from '../../common/api';

/** Security headers sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
    // frame-src blob: lets Ctrl+P load the document's PDF (fetched through the session) into a hidden frame.
    "frame-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * Reads a request body of at most `limit` bytes (declared or chunked); a larger body is refused with
 * 'too-large'. The rest of an oversized body is drained, not reset, so the client reads the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooBig = () => new UserError('too-large', `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1048576)} MB).`);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return reject(tooBig());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      req.off('data', onData);
      chunks.length = 0;
      req.resume();
      reject(tooBig());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    // A client that hangs up mid-body: settle (nobody reads the answer) so nothing is kept waiting.
    req.on('close', () => !req.complete && reject(new UserError('invalid-input', 'Yêu cầu bị ngắt giữa chừng.')));
  });
}

/** Sends a JSON reply; a 413 also closes the connection (the rest of the body is not wanted). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    ...(status === 413 ? { Connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}

/** HTTP status of each error code of the contract. */
const STATUS: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  forbidden: 403,
  'path-not-allowed': 403,
  'not-found': 404,
  'unknown-operation': 404,
  conflict: 409,
  'not-configured': 409,
  'too-large': 413,
  internal: 500,
  'not-available': 503,
};

/** HTTP status for an error code of the contract (500 for anything unknown). */
export function statusOf(code: string): number {
  return (STATUS as Record<string, number>)[code] ?? 500;
}
