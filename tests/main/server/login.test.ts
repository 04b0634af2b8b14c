/**
 * Login on `vanthu server` over real TLS (a client pinning the fingerprint), accounts in SQLite in
 * the server's data folder: the login page, login accepted and refused (one sentence for a wrong
 * password and an unknown name), the cookie's attributes, lock-out after repeated failures and the
 * quản trị's unlock, logout, every operation checked against the person's roles (403 with the
 * Vietnamese reason), the audit log naming each person, and a reset forcing a password change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_REFUSED } from '../../../main/accounts/accounts';
import { MUST_CHANGE_MESSAGE } from '../../../main/accounts/authorise';
import { LOCKOUT } from '../../../main/accounts/lockout';
import { initServer } from '../../../main/server/certificate';
import { startServer, type OfficeServer } from '../../../main/server/https';
import { fetchServerCertificate, parseServerAddress, pinnedRequest, type Pin, type ServerAddress } from '../../../main/server/trust';
import { SESSION_ENDED } from '../../../main/host/login-gate';
import org from '../../../templates/organisation.default.json';
import { filledDraft } from '../../helpers/filled-draft';
import { PASSWORD, callOp, login, post, seedAccounts } from './accounts-fixture';
import { removeTemp, tempDir, tinyRenderer } from './fixture';

let server: OfficeServer;
let addr: ServerAddress;
let pin: Pin;

beforeAll(async () => {
  const dir = tempDir();
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  server = await startServer({ dir, rendererDir: tinyRenderer(), port: 0, host: '127.0.0.1' });
  addr = parseServerAddress(`127.0.0.1:${server.port}`);
  const seen = await fetchServerCertificate(addr);
  pin = { fingerprint: seen.fingerprint, pem: seen.pem };
  await seedAccounts(server.accounts.service, {
    vanthu1: ['van-thu'], chuyenvien: ['chuyen-vien'], lanhdao: ['lanh-dao'], khoa: ['chuyen-vien'],
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  removeTemp();
});

const body = (r: { body: string }) => JSON.parse(r.body) as { ok: boolean; value?: never; error?: { code: string; message: string } };

describe('login on the office server', () => {
  it('shows the Vietnamese login page, not the app, to a browser without a session', async () => {
    const page = await pinnedRequest(addr, pin, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Tên đăng nhập');
    expect(page.body).toContain('Mật khẩu');
    expect(page.body).not.toContain('vanthu-app');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'sha256-");
    const api = await callOp(addr, pin, '', 'app.info');
    expect(api.status).toBe(401);
    expect(body(api).error?.message).toBe(SESSION_ENDED);
  });

  it('admits the right password with an HttpOnly, Secure, SameSite=Strict __Host- cookie', async () => {
    const { reply, cookie } = await login(addr, pin, 'vanthu1');
    expect(reply.status).toBe(200);
    expect(body(reply).value).toMatchObject({ userName: 'vanthu1', roles: ['van-thu'], mustChangePassword: false });
    const set = String(reply.headers['set-cookie']);
    expect(set).toMatch(/^__Host-vanthu=[A-Za-z0-9_-]{43}; /);
    for (const part of ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']) expect(set).toContain(part);
    expect(set).not.toContain('Domain');
    const page = await pinnedRequest(addr, pin, { path: '/', headers: { cookie } });
    expect(page.body).toContain('vanthu-app');
    const me = await callOp(addr, pin, cookie, 'settings.accountMe');
    expect(body(me).value).toMatchObject({ singleSeat: false, userName: 'vanthu1', roles: ['van-thu'] });
  });

  it('refuses a wrong password and an unknown name with the same sentence and no cookie', async () => {
    const wrong = await login(addr, pin, 'lanhdao', 'Sai-mat-khau-roi-nhe');
    const unknown = await login(addr, pin, 'khong-co-ai', PASSWORD);
    for (const { reply, cookie } of [wrong, unknown]) {
      expect(reply.status).toBe(403);
      expect(body(reply).error?.message).toBe(LOGIN_REFUSED);
      expect(reply.headers['set-cookie']).toBeUndefined();
      expect(cookie).toBe('');
    }
  });

  it(`locks an account after ${LOCKOUT.maxFailures} wrong passwords (even the right one is refused) until a quản trị unlocks it`, async () => {
    for (let i = 0; i < LOCKOUT.maxFailures; i++) expect((await login(addr, pin, 'khoa', `Sai-mat-khau-so-${i}`)).reply.status).toBe(403);
    const locked = await login(addr, pin, 'khoa');
    expect(locked.reply.status).toBe(403);
    expect(body(locked.reply).error?.message).toBe(LOGIN_REFUSED);
    const admin = (await login(addr, pin, 'quantri')).cookie;
    const list = body(await callOp(addr, pin, admin, 'settings.accountList')).value as unknown as { id: string; userName: string; lockedUntil: string | null }[];
    const khoa = list.find((a) => a.userName === 'khoa');
    expect(khoa?.lockedUntil).not.toBeNull();
    const unlocked = await callOp(addr, pin, admin, 'settings.accountUnlock', { id: khoa?.id });
    expect(body(unlocked).value).toMatchObject({ userName: 'khoa', lockedUntil: null });
    expect((await login(addr, pin, 'khoa')).reply.status).toBe(200);
  });

  it('ends the session at logout: the cookie is cleared and the API answers 401', async () => {
    const { cookie } = await login(addr, pin, 'lanhdao');
    expect((await callOp(addr, pin, cookie, 'app.info')).status).toBe(200);
    const out = await post(addr, pin, '/api/logout', {}, cookie);
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toContain('__Host-vanthu=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0');
    const after = await callOp(addr, pin, cookie, 'app.info');
    expect(after.status).toBe(401);
  });
});

describe('operations checked against the person\'s roles', () => {
  it('refuses a chuyên viên "Cấp số và đăng ký" with 403 naming the action and the role; a văn thư gets past the role check', async () => {
    const cv = (await login(addr, pin, 'chuyenvien')).cookie;
    const refused = await callOp(addr, pin, cv, 'drafts.issue', { id: '20261122-abcdef12', date: '2026-03-06', pdf: false });
    expect(refused.status).toBe(403);
    expect(body(refused).error?.message).toBe('Tài khoản "chuyenvien" (Chuyên viên) không được phép "Cấp số và đăng ký". Việc này dành cho: Văn thư.');
    const vt = (await login(addr, pin, 'vanthu1')).cookie;
    const allowed = await callOp(addr, pin, vt, 'drafts.issue', { id: '20261122-abcdef12', date: '2026-03-06', pdf: false });
    expect(allowed.status).toBe(404);
    expect(body(allowed).error?.message).not.toContain('không được phép');
  });

  it('refuses a chuyên viên Trình ký straight to numbering (Duyệt cannot be skipped)', async () => {
    const cv = (await login(addr, pin, 'chuyenvien')).cookie;
    const r = await callOp(addr, pin, cv, 'drafts.submit', { id: '20261122-abcdef12', submitted: true });
    expect(r.status).toBe(403);
    // One rule: the operation is allowed to the roles of the flow's Trình ký step (FLOW_ROLES.sign).
    expect(body(r).error?.message).toBe('Tài khoản "chuyenvien" (Chuyên viên) không được phép "Trình ký". Việc này dành cho: Lãnh đạo văn phòng.');
  });

  it('refuses the accounts screen to anyone but the quản trị', async () => {
    const cv = (await login(addr, pin, 'chuyenvien')).cookie;
    const r = await callOp(addr, pin, cv, 'settings.accountList');
    expect(r.status).toBe(403);
    expect(body(r).error?.message).toContain('Việc này dành cho: Quản trị.');
  });

  it('names the signed-in person in every audit row of the flow (read back from the audit log)', async () => {
    const admin = (await login(addr, pin, 'quantri')).cookie;
    const saved = await callOp(addr, pin, admin, 'settings.saveOrganisation', { organisation: org, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
    expect(saved.status).toBe(200);
    const cv = (await login(addr, pin, 'chuyenvien')).cookie;
    const created = body(await callOp(addr, pin, cv, 'drafts.create', { templateId: 'cong-van' })).value as unknown as { id: string };
    expect(created.id).toBeTruthy();
    const filled = await callOp(addr, pin, cv, 'drafts.autosave', { id: created.id, draft: filledDraft('cong-van'), checkpoint: true });
    expect(filled.status).toBe(200);
    expect((await callOp(addr, pin, cv, 'drafts.flowStep', { id: created.id, step: 'submit' })).status).toBe(200);
    const ld = (await login(addr, pin, 'lanhdao')).cookie;
    const queue = body(await callOp(addr, pin, ld, 'drafts.queue', { queue: 'pending' })).value as unknown as { id: string; submittedBy: string }[];
    expect(queue.find((q) => q.id === created.id)?.submittedBy).toBe('chuyenvien');
    expect((await callOp(addr, pin, ld, 'drafts.flowStep', { id: created.id, step: 'return', comment: 'Sửa lại trích yếu' })).status).toBe(200);
    const audit = body(await callOp(addr, pin, ld, 'registry.deskAudit', { limit: 50 })).value as unknown as { events: { user: string; action: string; entityId: string }[] };
    const mine = audit.events.filter((e) => e.entityId === created.id).map((e) => `${e.user} ${e.action}`);
    expect(mine).toEqual(expect.arrayContaining([expect.stringMatching(/^chuyenvien draft\./), expect.stringMatching(/^lanhdao draft\./)]));
    expect(audit.events.every((e) => e.user !== 'root' && e.user !== server.files.dir)).toBe(true);
  });
});

describe('the quản trị resets a password', () => {
  it('creates an account whose one-time password must be changed first; a reset forces it again', async () => {
    const admin = (await login(addr, pin, 'quantri')).cookie;
    const made = body(await callOp(addr, pin, admin, 'settings.accountCreate', { userName: 'nguyen.van.b', displayName: 'Nguyễn Văn B', roles: ['chuyen-vien'] })).value as unknown as { account: { id: string }; oneTimePassword: string };
    expect(made.oneTimePassword).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    const first = await login(addr, pin, 'nguyen.van.b', made.oneTimePassword);
    expect(body(first.reply).value).toMatchObject({ mustChangePassword: true });
    const blocked = await callOp(addr, pin, first.cookie, 'drafts.list', {});
    expect(blocked.status).toBe(403);
    expect(body(blocked).error?.message).toBe(MUST_CHANGE_MESSAGE);
    const page = await pinnedRequest(addr, pin, { path: '/', headers: { cookie: first.cookie } });
    expect(page.body).toContain('Mật khẩu mới');
    expect(page.body).toContain('data-mode="change"');
    const changed = await post(addr, pin, '/api/password', { current: made.oneTimePassword, next: 'Mat-khau-cua-anh-B-2026' }, first.cookie);
    expect(changed.status).toBe(200);
    expect((await callOp(addr, pin, first.cookie, 'drafts.list', {})).status).toBe(200);

    const reset = body(await callOp(addr, pin, admin, 'settings.accountReset', { id: made.account.id })).value as unknown as { oneTimePassword: string; account: { mustChangePassword: boolean } };
    expect(reset.account.mustChangePassword).toBe(true);
    expect((await callOp(addr, pin, first.cookie, 'drafts.list', {})).status).toBe(401);
    expect((await login(addr, pin, 'nguyen.van.b', 'Mat-khau-cua-anh-B-2026')).reply.status).toBe(403);
    const again = await login(addr, pin, 'nguyen.van.b', reset.oneTimePassword);
    expect(body(again.reply).value).toMatchObject({ mustChangePassword: true });
  });
});
