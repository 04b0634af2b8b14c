/**
 * The local host: the contract over HTTP on 127.0.0.1 only, on a free port, plus the built
 * renderer. Only a browser opened with a one-time launch address (`launchUrl()`) gets a session
 * (session.ts); every other request gets 403, and on Linux so does every connection from another
 * OS account (peer.ts), session or not. A request never stops the host: every failure
 * becomes a status and a Vietnamese message. Used by `npm run web`, by `npm start` where Electron
 * cannot start, and by the end-to-end tests.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { LIMITS, UserError, failure } from '../../common/api';
import { HANDLERS, closeRegistry, createContext, dispatch, type ServiceContext } from '../services';
import { environmentError } from '../fs';
import { publicFailure } from '../services/dispatch';
import { download, parseJson, upload } from './files';
import { readBody, sendJson, statusOf } from './http-util';
import { sendLockedPage } from './locked-page';
import { fromOtherAccount } from './peer';
import { NO_SESSION, OTHER_ACCOUNT, apiRefusal, hostRefusal } from './security';
import { createSessions, sessionCookie, sessionOf, type SessionOptions } from './session';
import { serveStatic } from './static';

/** Options of startHost. */
export interface HostOptions {
  dataDir: string;
  /** Folder of the built renderer (index.html). */
  rendererDir: string;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Life and clock of launch codes (tests). */
  sessions?: SessionOptions;
}

/** A running host. */
export interface Host {
  /** The host's address (`http://127.0.0.1:<port>/`); opening it without a session gives 403. */
  url: string;
  port: number;
  ctx: ServiceContext;
  /** A one-time address that opens a session in the browser that visits it first. */
  launchUrl(): string;
  close(): Promise<void>;
}

async function route(req: http.IncomingMessage, res: http.ServerResponse, ctx: ServiceContext, url: URL): Promise<void> {
  if (url.pathname.startsWith('/api/call/')) {
    const payload = parseJson(await readBody(req, LIMITS.requestBytes));
    const result = await dispatch(HANDLERS, ctx, url.pathname.slice(10), payload);
    return sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
  }
  if (url.pathname === '/api/download') return download(req, res, ctx);
  if (url.pathname === '/api/upload') return sendJson(res, 200, { ok: true, value: await upload(req, ctx, url) });
  throw new UserError('unknown-operation', 'Địa chỉ không tồn tại.');
}

/** Answers a failure of `route`: a status and a Vietnamese message, or a cut connection mid-file. */
function answerFailure(req: http.IncomingMessage, res: http.ServerResponse, e: unknown): void {
  const f = publicFailure(e, `host ${req.method} ${req.url?.slice(0, 80)}`);
  if (res.headersSent) return void res.destroy();
  req.resume();
  sendJson(res, statusOf(f.error.code), f);
}

/** Starts the host; resolves once it listens. */
export async function startHost(opts: HostOptions): Promise<Host> {
  const ctx = createContext(opts.dataDir, 'web');
  const sessions = createSessions(opts.sessions);
  /** Connections from another OS account (Linux), told once per connection. */
  const foreign = new WeakMap<Socket, boolean>();
  let port = 0;

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = url.pathname.startsWith('/api/');
    const wrongHost = hostRefusal(req, port);
    if (wrongHost) return sendJson(res, 403, failure('forbidden', wrongHost));
    if (foreign.get(req.socket)) {
      req.resume();
      return api ? sendJson(res, 403, failure('forbidden', OTHER_ACCOUNT)) : sendLockedPage(res, 'no-session');
    }
    const session = sessionOf(req, port);
    const code = url.searchParams.get('code');
    if (!api && code !== null && req.method === 'GET') {
      const opened = sessions.redeem(code);
      if (!opened && !sessions.valid(session)) return sendLockedPage(res, 'code-used');
      res.writeHead(303, { Location: '/', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', ...(opened ? { 'Set-Cookie': sessionCookie(port, opened) } : {}) });
      return void res.end();
    }
    if (!sessions.valid(session)) {
      req.resume();
      return api ? sendJson(res, 403, failure('forbidden', NO_SESSION)) : sendLockedPage(res, 'no-session');
    }
    if (!api) {
      if (req.method !== 'GET') return sendJson(res, 405, failure('forbidden', 'Phương thức không được phép.'));
      try {
        return serveStatic(res, opts.rendererDir, url.pathname);
      } catch (e) {
        if (e instanceof URIError) return sendJson(res, 400, failure('invalid-input', 'Địa chỉ không hợp lệ.'));
        return answerFailure(req, res, environmentError(e, 'Không đọc được tệp giao diện', (e as { path?: string }).path) ?? e);
      }
    }
    const elsewhere = apiRefusal(req, port);
    if (elsewhere) return (req.resume(), sendJson(res, 403, failure('forbidden', elsewhere)));
    if (req.method !== 'POST') return (req.resume(), sendJson(res, 405, failure('forbidden', 'Phương thức không được phép.')));
    route(req, res, ctx, url).catch((e: unknown) => answerFailure(req, res, e));
  };

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      answerFailure(req, res, e);
    }
  });
  server.on('connection', (socket: Socket) => foreign.set(socket, fromOtherAccount(socket)));
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  const close = () => new Promise<void>((resolve) => {
    closeRegistry(ctx);
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { url, port, ctx, launchUrl: () => `${url}?code=${sessions.newCode()}`, close };
}
