/** Small HTTP helpers of the local host: bounded body reading and JSON replies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UserError } from '../../common/api';

/** Security headers sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Reads a request body of at most `limit` bytes; a larger body is refused with 'too-large'. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooBig = () => new UserError('too-large', `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1048576)} MB).`);
    if (declared > limit) return reject(tooBig());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.destroy();
        reject(tooBig());
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Sends a JSON reply. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** HTTP status for an error code of the contract. */
export function statusOf(code: string): number {
  const map: Record<string, number> = {
    forbidden: 403, 'too-large': 413, internal: 500, 'unknown-operation': 404, 'invalid-input': 400, 'path-not-allowed': 400,
  };
  return map[code] ?? 200;
}
