/**
 * Login on the office server (`vanthu server`): instead of the local host's launch codes, a browser
 * signs in with an account (main/accounts). This gate answers the login page, /api/login,
 * /api/logout and /api/password, turns the session cookie into the person acting, and refuses an
 * operation their roles do not allow (common/rules/roles.ts, OPERATION_ROLES) with 403 and a
 * Vietnamese message naming the action and the roles that may do it.
 */
import type http from 'node:http';
import * as z from 'zod';
import { LIMITS, UserError, failure, isOpName } from '../../common/api';
import type { AccountService } from '../accounts/accounts';
import type { Actor } from '../accounts/actor';
import { authoriseOperation } from '../accounts/authorise';
import { clearedSessionCookie, sessionTokenOf } from '../accounts/sessions';
import { parseJson } from './files';
import { readBody, sendJson, statusOf } from './http-util';
import { sendLoginPage } from './login-page';
import { apiRefusal, type Site } from './security';

/** Message of an API call whose session ended or never was (status 401). */
export const SESSION_ENDED =
  'Phiên đăng nhập đã hết hạn hoặc bạn chưa đăng nhập. Nội dung đang soạn vẫn còn trong cửa sổ này: hãy đăng nhập lại, vanthu sẽ lưu tiếp.';

const loginInput = z.strictObject({
  userName: z.string().max(LIMITS.userNameMax * 4),
  password: z.string().max(LIMITS.passwordMax * 4),
});
const passwordInput = z.strictObject({
  current: z.string().max(LIMITS.passwordMax * 4),
  next: z.string().max(LIMITS.passwordMax * 4),
});

/** The gate of one server. */
export interface LoginGate {
  /**
   * Answers what belongs to login (the page, /api/login, /api/logout, /api/password, a request
   * without a session) and returns null; otherwise returns the person acting.
   */
  admit(req: http.IncomingMessage, res: http.ServerResponse, url: URL, site: Site): Actor | null;
  /** Answers 403 and returns false unless `actor` may call the API path `path`. */
  allowed(res: http.ServerResponse, actor: Actor, path: string): boolean;
}

async function body<T>(req: http.IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(parseJson(await readBody(req, 64 * 1024)));
  if (!parsed.success) throw new UserError('invalid-input', 'Hãy điền Tên đăng nhập và Mật khẩu.');
  return parsed.data;
}

function answer(req: http.IncomingMessage, res: http.ServerResponse, work: () => Promise<unknown>, cookie?: () => string | undefined): void {
  work().then((value) => {
    const set = cookie?.();
    res.setHeader('Cache-Control', 'no-store');
    if (set) res.setHeader('Set-Cookie', set);
    sendJson(res, 200, { ok: true, value });
  }).catch((e: unknown) => {
    req.resume();
    if (e instanceof UserError) return sendJson(res, statusOf(e.code), failure(e.code, e.message));
    console.error('[vanthu] login:', e);
    sendJson(res, 500, failure('internal', 'Lỗi không mong muốn khi đăng nhập. Hãy thử lại; nếu vẫn lỗi, báo cho quản trị.'));
  });
}

/** Creates the gate over the account service. */
export function createLoginGate(accounts: AccountService): LoginGate {
  return {
    admit(req, res, url, site) {
      const api = url.pathname.startsWith('/api/');
      const actor = accounts.authenticate(sessionTokenOf(req.headers.cookie));
      const own = ['/api/login', '/api/logout', '/api/password'].includes(url.pathname);
      if (own) {
        const elsewhere = apiRefusal(req, site);
        if (elsewhere || req.method !== 'POST') return (req.resume(), sendJson(res, elsewhere ? 403 : 405, failure('forbidden', elsewhere ?? 'Phương thức không được phép.')), null);
      }
      if (url.pathname === '/api/login') {
        let cookie: string | undefined;
        answer(req, res, async () => {
          const { userName, password } = await body(req, loginInput);
          const r = await accounts.login(userName, password);
          cookie = r.cookie;
          return { userName: r.actor.userName, displayName: r.actor.displayName, roles: r.actor.roles, mustChangePassword: r.actor.mustChangePassword };
        }, () => cookie);
        return null;
      }
      if (url.pathname === '/api/logout') {
        answer(req, res, async () => {
          req.resume();
          if (actor) accounts.logout(actor);
          return { loggedOut: true };
        }, clearedSessionCookie);
        return null;
      }
      if (!actor) {
        req.resume();
        if (api) sendJson(res, 401, failure('forbidden', SESSION_ENDED));
        else if (req.method === 'GET') sendLoginPage(res, 'login');
        else sendJson(res, 405, failure('forbidden', 'Phương thức không được phép.'));
        return null;
      }
      if (url.pathname === '/api/password') {
        answer(req, res, async () => {
          const { current, next } = await body(req, passwordInput);
          const a = await accounts.changeOwnPassword(actor, current, next);
          return { mustChangePassword: a.mustChangePassword };
        });
        return null;
      }
      if (actor.mustChangePassword && !api && req.method === 'GET') {
        sendLoginPage(res, 'change', 200, `Xin chào ${actor.displayName}.`);
        return null;
      }
      return actor;
    },
    allowed(res, actor, path) {
      const op = path.startsWith('/api/call/') ? path.slice(10) : null;
      try {
        if (op !== null && isOpName(op)) authoriseOperation(actor, op);
        else if (actor.mustChangePassword) authoriseOperation(actor, 'app.info');
        return true;
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        sendJson(res, 403, failure('forbidden', e.message));
        return false;
      }
    },
  };
}
