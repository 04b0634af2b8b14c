/**
 * The local host: the contract over HTTP on 127.0.0.1 only, on a free port, with a per-launch
 * token, plus the built renderer. Used by `npm run web`, by `npm start` where Electron cannot
 * start, and by the end-to-end tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIMITS, UserError, failure } from '../../common/api';
import { HANDLERS, closeRegistry, createContext, dispatch, type ServiceContext } from '../services';
import { download, upload } from './files';
import { readBody, sendJson, statusOf } from './http-util';
import { newToken, refusal } from './security';
import { serveStatic } from './static';

/** Options of startHost. */
export interface HostOptions {
  dataDir: string;
  /** Folder of the built renderer (index.html). */
  rendererDir: string;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Fixed token (tests); random otherwise. */
  token?: string;
}

/** A running host. */
export interface Host {
  url: string;
  port: number;
  token: string;
  ctx: ServiceContext;
  close(): Promise<void>;
}

async function route(req: http.IncomingMessage, res: http.ServerResponse, ctx: ServiceContext, url: URL): Promise<void> {
  if (url.pathname.startsWith('/api/call/')) {
    const body = (await readBody(req, LIMITS.requestBytes)).toString('utf8');
    let payload: unknown;
    try {
      payload = body ? JSON.parse(body) : {};
    } catch {
      throw new UserError('invalid-input', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
    }
    const result = await dispatch(HANDLERS, ctx, url.pathname.slice(10), payload);
    return sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
  }
  if (url.pathname === '/api/download') return download(req, res, ctx);
  if (url.pathname === '/api/upload') return sendJson(res, 200, { ok: true, value: await upload(req, ctx, url) });
  throw new UserError('unknown-operation', 'Địa chỉ không tồn tại.');
}

/** Starts the host; resolves once it listens. */
export async function startHost(opts: HostOptions): Promise<Host> {
  const token = opts.token ?? newToken();
  const ctx = createContext(opts.dataDir, 'web');
  let port = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = url.pathname.startsWith('/api/');
    const why = refusal(req, port, token, api);
    if (why) return sendJson(res, 403, failure('forbidden', why));
    if (!api) {
      if (req.method !== 'GET') return sendJson(res, 405, failure('forbidden', 'Phương thức không được phép.'));
      try {
        return serveStatic(res, opts.rendererDir, url.pathname, token);
      } catch {
        return sendJson(res, 400, failure('invalid-input', 'Địa chỉ không hợp lệ.'));
      }
    }
    if (req.method !== 'POST') return sendJson(res, 405, failure('forbidden', 'Phương thức không được phép.'));
    route(req, res, ctx, url).catch((e: unknown) => {
      const err = e instanceof UserError ? e : new UserError('internal', 'Lỗi không mong muốn của máy chủ cục bộ.');
      if (!(e instanceof UserError)) console.error('[vanthu host]', e);
      if (!res.headersSent) sendJson(res, statusOf(err.code), failure(err.code, err.message));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  const close = () => new Promise<void>((resolve) => {
    closeRegistry(ctx);
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { url: `http://127.0.0.1:${port}/`, port, token, ctx, close };
}
