/**
 * Accounts for the server tests: a first quản trị and accounts of each role, each with a known
 * password (its one-time password changed through the service, as a first login does), and
 * logging in over the pinned HTTPS connection.
 */
import type { RoleCode } from '../../../common/rules/roles';
import type { AccountService } from '../../../main/accounts/accounts';
import { pinnedRequest, type Pin, type ServerAddress } from '../../../main/server/trust';

/** The password every seeded account ends with. */
export const PASSWORD = 'Mat-khau-thu-nghiem-2026';

/** Creates the first quản trị `admin` and then each of `others` with its roles; all get PASSWORD. */
export async function seedAccounts(service: AccountService, others: Record<string, RoleCode[]>, admin = 'quantri'): Promise<void> {
  const first = await service.createFirstAdmin({ userName: admin, displayName: 'Quản trị viên' }, 'test');
  const session = await service.login(admin, first.oneTimePassword);
  const actor = await service.changeOwnPassword(session.actor, first.oneTimePassword, PASSWORD);
  for (const [userName, roles] of Object.entries(others)) {
    const made = await service.createAccount(actor, { userName, displayName: `Người dùng ${userName}`, roles });
    const own = await service.login(userName, made.oneTimePassword);
    await service.changeOwnPassword(own.actor, made.oneTimePassword, PASSWORD);
  }
}

/** A reply of the server. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** POSTs JSON to `path` with the page's marker header (and `cookie`). */
export function post(addr: ServerAddress, pin: Pin, path: string, body: unknown, cookie = ''): Promise<Reply> {
  return pinnedRequest(addr, pin, {
    method: 'POST', path, body: JSON.stringify(body),
    headers: { 'x-vanthu': '1', 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  }) as Promise<Reply>;
}

/** Logs in; returns the reply and the Cookie header to send afterwards ('' when refused). */
export async function login(addr: ServerAddress, pin: Pin, userName: string, password = PASSWORD): Promise<{ reply: Reply; cookie: string }> {
  const reply = await post(addr, pin, '/api/login', { userName, password });
  const set = reply.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  return { reply, cookie: reply.status === 200 && first ? first.split(';')[0] ?? '' : '' };
}

/** Calls operation `op` with `input` as the holder of `cookie`. */
export function callOp(addr: ServerAddress, pin: Pin, cookie: string, op: string, input: unknown = {}): Promise<Reply> {
  return post(addr, pin, `/api/call/${op}`, input, cookie);
}
