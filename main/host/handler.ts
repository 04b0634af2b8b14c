/**
 * The request handling of the host, independent of the transport: sessions opened only by a
 * one-time launch address, the Host/Origin/X-Vanthu guards, the contract, downloads, uploads and
 * the built renderer. The loopback host (server.ts) mounts it on an HTTP server on 127.0.0.1;
 * `vanthu server` (main/server/https.ts) mounts it on an HTTPS server on the LAN. A request never
 * stops the server: every failure becomes a status and a Vietnamese message.
 */
import type http from 'node:http';
import type { Socket } from 'node:net';
import { LIMITS, UserError, failure } from '../../common/api';
import { HANDLERS, closeRegistry, createContext, dispatch, type ServiceContext } from '../services';
import { environmentError } from '../fs';
import { publicFailure } from '../services/dispatch';
import type { AccountService } from '../accounts/accounts';
import type { Actor } from '../accounts/actor';
import { download, parseJson, upload } from './files';
import { readBody, sendJson, statusOf } from './http-util';
import { sendLockedPage } from './locked-page';
import { createLoginGate } from './login-gate';
import { fromOtherAccount } from './peer';
import { NO_SESSION, OTHER_ACCOUNT, apiRefusal, hostRefusal, type Site } from './security';
import { createSessions, sessionCookie, sessionOf, type SessionOptions } from './session';
import { serveStatic } from './static';

/** Options of createHostHandler. */
export interface HandlerOptions {
  dataDir: string;
  /** Folder of the built renderer (index.html). */
  rendererDir: string;
  /** Life and clock of launch codes (tests). */
  sessions?: SessionOptions;
  /**
   * Refuse connections from another OS account of this computer (Linux, peer.ts); default true.
   * Off for the LAN server, whose clients are other machines.
   */
  peerCheck?: boolean;
  /**
   * The office server's accounts: when given, browsers sign in (login-gate.ts) instead of using
   * launch codes, and every operation is checked against the person's roles.
   */
  accounts?: AccountService;
}

/** The handler and what its server needs to wire it. */
export interface HostHandler {
  ctx: ServiceContext;
  /** Answers one request; never throws. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
  /** To be called for every new connection of the server (peer check). */
  onConnection(socket: Socket): void;
  /** Sets where the handler is reached, once its server listens; until then every request is refused. */
  bind(site: Site): void;
  /** A new one-time launch code. */
  newCode(): string;
  /** Closes the registry of the data folder. */
  close(): void;
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

/** Creates the handler over the data folder `opts.dataDir`. */
export function createHostHandler(opts: HandlerOptions): HostHandler {
  const ctx = createContext(opts.dataDir, 'web');
  const sessions = createSessions(opts.sessions);
  const peerCheck = opts.peerCheck ?? true;
  const gate = opts.accounts ? createLoginGate(opts.accounts) : null;
  /** Connections from another OS account (Linux), told once per connection. */
  const foreign = new WeakMap<Socket, boolean>();
  let site: Site = { port: 0, hosts: [], origins: [], secure: false };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const { port } = site;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = url.pathname.startsWith('/api/');
    const wrongHost = hostRefusal(req, site);
    if (wrongHost) return sendJson(res, 403, failure('forbidden', wrongHost));
    if (foreign.get(req.socket)) {
      req.resume();
      return api ? sendJson(res, 403, failure('forbidden', OTHER_ACCOUNT)) : sendLockedPage(res, 'no-session');
    }
    if (gate && opts.accounts) {
      const actor = gate.admit(req, res, url, site);
      if (actor) serve(req, res, url, { ...ctx, office: { actor, accounts: opts.accounts } }, actor);
      return;
    }
    const session = sessionOf(req, port);
    const code = url.searchParams.get('code');
    if (!api && code !== null && req.method === 'GET') {
      const opened = sessions.redeem(code);
      if (!opened && !sessions.valid(session)) return sendLockedPage(res, 'code-used');
      res.writeHead(303, { Location: '/', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', ...(opened ? { 'Set-Cookie': sessionCookie(port, opened, site.secure) } : {}) });
      return void res.end();
    }
    if (!sessions.valid(session)) {
      req.resume();
      return api ? sendJson(res, 403, failure('forbidden', NO_SESSION)) : sendLockedPage(res, 'no-session');
    }
    serve(req, res, url, ctx, null);
  };

  /** Answers a request admitted by its session: the built renderer, or the API as `actor` (server) or the seat. */
  const serve = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, reqCtx: ServiceContext, actor: Actor | null): void => {
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET') return sendJson(res, 405, failure('forbidden', 'Phương thức không được phép.'));
      try {
        return serveStatic(res, opts.rendererDir, url.pathname);
      } catch (e) {
        if (e instanceof URIError) return sendJson(res, 400, failure('invalid-input', 'Địa chỉ không hợp lệ.'));
        return answerFailure(req, res, environmentError(e, 'Không đọc được tệp giao diện', (e as { path?: string }).path) ?? e);
      }
    }
    const elsewhere = apiRefusal(req, site);
    if (elsewhere) return (req.resume(), sendJson(res, 403, failure('forbidden', elsewhere)));
    if (req.method !== 'POST') return (req.resume(), sendJson(res, 405, failure('forbidden', 'Phương thức không được phép.')));
    if (gate && actor && !gate.allowed(res, actor, url.pathname)) return void req.resume();
    route(req, res, reqCtx, url).catch((e: unknown) => answerFailure(req, res, e));
  };

  return {
    ctx,
    handle(req, res) {
      try {
        handle(req, res);
      } catch (e) {
        answerFailure(req, res, e);
      }
    },
    onConnection(socket) {
      if (peerCheck) foreign.set(socket, fromOtherAccount(socket));
    },
    bind(s) {
      site = s;
    },
    newCode: () => sessions.newCode(),
    close: () => closeRegistry(ctx),
  };
}
