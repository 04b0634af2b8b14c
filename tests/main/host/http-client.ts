/** A raw HTTP client for the host tests (headers such as Host and Cookie can be forged). */
import http from 'node:http';
import { OPERATIONS } from '../../../common/api';
import type { Host } from '../../../main/host/server';

/** A reply: status, body as text, headers. */
export interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** Options of raw: a body sent at once, or `chunks` of a chunked body sent until the reply comes. */
export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  chunks?: { size: number; total: number };
}

/** Sends one request to the host on `port`; a chunked body stops as soon as the reply starts. */
export function raw(port: number, opts: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let replied = false;
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      replied = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (!opts.chunks) return void req.end(opts.body);
    const { size, total } = opts.chunks;
    const piece = Buffer.alloc(size, 0x78);
    let sent = 0;
    const pump = () => {
      while (!replied && sent < total) {
        sent += size;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** Every API path of the host: one per operation of the contract, plus download and upload. */
export function apiPaths(): string[] {
  return [...Object.keys(OPERATIONS).map((op) => `/api/call/${op}`), '/api/download', '/api/upload'];
}

/** Opens a session with a fresh launch address; returns the Cookie header to send. */
export async function openSession(host: Host): Promise<string> {
  const launch = new URL(host.launchUrl());
  const r = await raw(host.port, { method: 'GET', path: `${launch.pathname}${launch.search}` });
  const set = r.headers['set-cookie']?.[0];
  if (r.status !== 303 || !set) throw new Error(`launch address refused: ${r.status}`);
  return set.split(';')[0]!;
}
