/**
 * The account service on the query layer's storage (main/accounts/accounts.ts, store-storage.ts), on
 * SQLite and on a real PostgreSQL: what a person is told, and what ends up in the database.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../../common/api/errors';
import { LOGIN_REFUSED } from '../../../main/accounts/accounts';
import { authoriseFlow, authoriseOperation, MUST_CHANGE_MESSAGE } from '../../../main/accounts/authorise';
import { hashPassword, paramsOf } from '../../../main/accounts/password';
import { tokenDigest } from '../../../main/accounts/sessions';
import { ENGINES, FAST, useAccountEngines } from './helpers';

const MIN = 60_000;

async function refusal(p: Promise<unknown> | (() => unknown)): Promise<UserError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e as UserError;
  }
  throw new Error('not refused');
}

type Rows = (table: string) => Record<string, unknown>[];

function auditRows(rows: Rows) {
  return rows('account_audit').sort((a, b) => Number(a.id) - Number(b.id))
    .map((r) => ({ user: String(r.actor), action: String(r.action), entity_id: String(r.entity_id), after: r.after as string | null }));
}

const { newAccounts, office } = useAccountEngines();

describe.each(ENGINES)('on %s', (engine) => {

describe('login and sessions', () => {
  it('logs in with a session cookie and finds the person again from the token, which is stored only hashed', async () => {
    const { service, rows } = await office(engine);
    const login = await service.login('  VanThu ', 'van-thu-pass-123');
    expect(login.cookie).toBe(`__Host-vanthu=${login.token}; Path=/; HttpOnly; Secure; SameSite=Strict`);
    expect(login.actor).toMatchObject({ userName: 'vanthu', roles: ['van-thu'], mustChangePassword: false });
    expect(service.authenticate(login.token)).toMatchObject({ userName: 'vanthu', tokenHash: tokenDigest(login.token) });
    const dump = JSON.stringify(['account_sessions', 'accounts', 'account_roles', 'account_audit'].map(rows));
    expect(dump).not.toContain(login.token);
    expect(dump).toContain(tokenDigest(login.token));
    expect(service.authenticate('not-a-token')).toBeNull();
  });

  it('gives the same refusal for an unknown name, a wrong password and a disabled account, and records the real reason', async () => {
    const { service, rows, admin, people } = await office(engine);
    const unknown = await refusal(service.login('khongco', 'van-thu-pass-123'));
    const wrong = await refusal(service.login('vanthu', 'sai-mat-khau-123'));
    service.disableAccount(admin, people.lanhdao);
    const disabled = await refusal(service.login('lanhdao', 'lanh-dao-pass-123'));
    for (const e of [unknown, wrong, disabled]) expect({ code: e.code, message: e.message }).toEqual({ code: 'forbidden', message: LOGIN_REFUSED });
    expect(LOGIN_REFUSED).toBe('Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa. Sau 5 lần nhập sai, tài khoản bị khóa 15 phút; hãy thử lại sau hoặc nhờ quản trị mở khóa.');
    const refused = auditRows(rows).filter((r) => r.action === 'session.login-refused').map((r) => [r.user, JSON.parse(r.after!).reason]);
    expect(refused).toEqual([['khongco', 'unknown-user'], ['vanthu', 'wrong-password'], ['lanhdao', 'disabled']]);
  });

  it('ends a session after an hour idle, and after twelve hours even when used', async () => {
    const { service, clock } = await office(engine);
    const idle = await service.login('vanthu', 'van-thu-pass-123');
    clock.t += 59 * MIN;
    expect(service.authenticate(idle.token)).not.toBeNull();
    clock.t += 60 * MIN;
    expect(service.authenticate(idle.token)).toBeNull();
    const busy = await service.login('vanthu', 'van-thu-pass-123');
    for (let h = 1; h <= 12; h++) {
      clock.t += 59 * MIN;
      expect(service.authenticate(busy.token), `${h * 59} minutes after login`).not.toBeNull();
    }
    clock.t += 13 * MIN;
    expect(service.authenticate(busy.token), '721 minutes after login, 13 idle').toBeNull();
  });

  it('removes the rows of ended sessions at the next login, even when their tokens never come back', async () => {
    const { service, clock, rows } = await office(engine);
    const forgotten = await service.login('vanthu', 'van-thu-pass-123');
    clock.t += 61 * MIN;
    await service.login('lanhdao', 'lanh-dao-pass-123');
    expect(rows('account_sessions').map((r) => r.token_hash)).not.toContain(tokenDigest(forgotten.token));
    expect(rows('account_sessions')).toHaveLength(1);
  });

  it('refuses a login whose password was replaced while it was being checked, and keeps the new password', async () => {
    let replace: (() => void) | undefined;
    const env = await office(engine, (storage) => ({
      ...storage,
      accountByName(name) {
        const found = storage.accountByName(name);
        replace?.();
        return found;
      },
    }));
    const other = await hashPassword('mat-khau-quan-tri-dat', FAST);
    replace = () => {
      replace = undefined;
      env.store.run(sql`UPDATE accounts SET password_hash = ${other} WHERE user_name = 'vanthu'`);
    };
    expect((await refusal(env.service.login('vanthu', 'van-thu-pass-123'))).message).toBe(LOGIN_REFUSED);
    expect(env.rows('accounts').find((r) => r.user_name === 'vanthu')!.password_hash).toBe(other);
    expect(auditRows(env.rows).at(-1)).toMatchObject({ user: 'vanthu', action: 'session.login-refused', after: '{"reason":"password-changed"}' });
  });

  it('names who set the server up as the creator of the first administrator', async () => {
    const { rows } = await office(engine);
    expect(auditRows(rows)[0]).toMatchObject({ user: 'caidat', action: 'account.create' });
  });

  it('logs out: the session row is gone and the token opens nothing', async () => {
    const { service, rows } = await office(engine);
    const login = await service.login('chuyenvien', 'chuyen-vien-pass-123');
    service.logout(login.actor);
    expect(service.authenticate(login.token)).toBeNull();
    expect(rows('account_sessions').map((r) => r.token_hash)).not.toContain(tokenDigest(login.token));
  });
});

describe('lock-out', () => {
  it('refuses even the right password after five wrong ones, until 15 minutes pass', async () => {
    const { service, clock, rows } = await office(engine);
    for (let i = 0; i < 5; i++) await refusal(service.login('vanthu', `sai-mat-khau-${i}`));
    expect((await refusal(service.login('vanthu', 'van-thu-pass-123'))).message).toBe(LOGIN_REFUSED);
    expect(auditRows(rows).filter((r) => r.action === 'account.locked').map((r) => r.user)).toEqual(['vanthu']);
    clock.t += 15 * MIN;
    expect((await service.login('vanthu', 'van-thu-pass-123')).actor.userName).toBe('vanthu');
  });

  it('is lifted at once by an administrator', async () => {
    const { service, admin, people } = await office(engine);
    for (let i = 0; i < 5; i++) await refusal(service.login('chuyenvien', `sai-mat-khau-${i}`));
    expect(service.listAccounts(admin).find((a) => a.id === people.chuyenvien)!.lockedUntil).not.toBeNull();
    service.unlockAccount(admin, people.chuyenvien);
    expect((await service.login('chuyenvien', 'chuyen-vien-pass-123')).actor.userName).toBe('chuyenvien');
  });
});

describe('passwords set by an administrator', () => {
  it('a reset gives a one-time password that must be changed before anything else, and ends the old sessions', async () => {
    const { service, admin, people, rows } = await office(engine);
    const before = await service.login('vanthu', 'van-thu-pass-123');
    const reset = await service.resetPassword(admin, people.vanthu);
    expect(reset.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(service.authenticate(before.token)).toBeNull();
    expect((await refusal(service.login('vanthu', 'van-thu-pass-123'))).message).toBe(LOGIN_REFUSED);
    const first = await service.login('vanthu', reset.oneTimePassword);
    expect(first.actor.mustChangePassword).toBe(true);
    const blocked = await refusal(() => authoriseOperation(first.actor, 'registry.deskIncoming'));
    expect(blocked.message).toBe(MUST_CHANGE_MESSAGE);
    expect((await refusal(() => service.listAccounts(first.actor))).message).toBe(MUST_CHANGE_MESSAGE);
    const weak = await refusal(service.changeOwnPassword(first.actor, reset.oneTimePassword, 'ngan'));
    expect(weak.message).toBe('Mật khẩu phải có ít nhất 10 ký tự (hiện có 4).');
    const changed = await service.changeOwnPassword(first.actor, reset.oneTimePassword, 'mat-khau-moi-2026');
    expect(changed.mustChangePassword).toBe(false);
    expect(() => authoriseOperation(service.authenticate(first.token)!, 'registry.deskIncoming')).not.toThrow();
    expect(auditRows(rows).slice(-4).map((r) => [r.user, r.action])).toEqual([
      ['quantri', 'account.reset-password'], ['vanthu', 'session.login-refused'], ['vanthu', 'session.login'], ['vanthu', 'account.change-password'],
    ]);
  });

  it('refuses a wrong current password and an unchanged one', async () => {
    const { service } = await office(engine);
    const { actor } = await service.login('lanhdao', 'lanh-dao-pass-123');
    expect((await refusal(service.changeOwnPassword(actor, 'sai-mat-khau-1', 'mat-khau-moi-2026'))).message).toBe('Mật khẩu hiện tại không đúng; hãy gõ lại.');
    expect((await refusal(service.changeOwnPassword(actor, 'lanh-dao-pass-123', 'lanh-dao-pass-123'))).message).toBe('Mật khẩu mới phải khác mật khẩu hiện tại.');
  });
});

describe('parameters upgrade', () => {
  it('re-hashes a password stored with older parameters at the next login', async () => {
    const old = await newAccounts(engine, FAST);
    const made = await old.service.createFirstAdmin({ userName: 'quantri', displayName: 'Quản Trị' }, 'caidat');
    const raised = await newAccounts(engine, { ...FAST, ln: 11 }, old.location);
    const hashOf = () => String(raised.rows('accounts').find((r) => r.user_name === 'quantri')!.password_hash);
    expect(paramsOf(hashOf())).toEqual(FAST);
    await raised.service.login('quantri', made.oneTimePassword);
    expect(paramsOf(hashOf())).toEqual({ ...FAST, ln: 11 });
    await raised.service.login('quantri', made.oneTimePassword);
    expect(auditRows(raised.rows).filter((r) => r.action === 'session.login').map((r) => r.after)).toEqual(['{"rehashed":true}', null]);
  });
});

describe('roles', () => {
  it('a chuyên viên cannot number, nor manage accounts, and is told who can', async () => {
    const { service } = await office(engine);
    const { actor } = await service.login('chuyenvien', 'chuyen-vien-pass-123');
    expect((await refusal(() => authoriseOperation(actor, 'drafts.issue'))).message)
      .toBe('Tài khoản "chuyenvien" (Chuyên viên) không được phép "Cấp số và đăng ký". Việc này dành cho: Văn thư.');
    expect((await refusal(() => authoriseFlow(actor, 'number'))).code).toBe('forbidden');
    expect(() => authoriseFlow(actor, 'submit')).not.toThrow();
    const e = await refusal(service.createAccount(actor, { userName: 'ke.gian', displayName: 'Kẻ Gian', roles: ['quan-tri'] }));
    expect(e.message).toBe('Tài khoản "chuyenvien" (Chuyên viên) không được phép "Tạo tài khoản". Việc này dành cho: Quản trị.');
    expect(service.listAccounts((await service.login('quantri', 'admin-pass-123')).actor).map((a) => a.userName)).toEqual(['chuyenvien', 'lanhdao', 'quantri', 'vanthu']);
  });

  it('keeps one active administrator and refuses a duplicate name or an unknown role', async () => {
    const { service, admin } = await office(engine);
    expect((await refusal(() => service.disableAccount(admin, admin.accountId))).message).toBe('Không thể tự khóa tài khoản đang dùng; hãy nhờ một quản trị khác.');
    expect((await refusal(() => service.setRoles(admin, admin.accountId, ['van-thu']))).message).toMatch(/^Không thể bỏ quyền Quản trị của "quantri": đây là tài khoản quản trị cuối cùng/);
    expect((await refusal(service.createAccount(admin, { userName: 'VANTHU', displayName: 'Trùng', roles: ['van-thu'] }))).message)
      .toBe('Tên đăng nhập "vanthu" đã có người dùng; hãy chọn tên khác.');
    expect((await refusal(service.createAccount(admin, { userName: 'moi', displayName: 'Mới', roles: ['thu-ky'] }))).message)
      .toBe('Vai trò không hợp lệ: thu-ky. Chọn trong: van-thu, chuyen-vien, lanh-dao, quan-tri.');
    expect((await refusal(service.createFirstAdmin({ userName: 'quantri2', displayName: 'Hai' }, 'caidat'))).code).toBe('forbidden');
  });

  it('disabling an account ends its sessions at once', async () => {
    const { service, admin, people } = await office(engine);
    const login = await service.login('vanthu', 'van-thu-pass-123');
    service.disableAccount(admin, people.vanthu);
    expect(service.authenticate(login.token)).toBeNull();
    service.enableAccount(admin, people.vanthu);
    expect((await service.login('vanthu', 'van-thu-pass-123')).actor.roles).toEqual(['van-thu']);
  });
});

describe('audit', () => {
  it('names the acting user of every action and never stores a password or a hash', async () => {
    const { service, rows, admin, people } = await office(engine);
    const made = await service.createAccount(admin, { userName: 'thu.ky', displayName: 'Thư Ký', roles: ['van-thu', 'chuyen-vien'] });
    service.setRoles(admin, made.account.id, ['van-thu']);
    service.disableAccount(admin, people.lanhdao);
    const audit = auditRows(rows);
    expect(audit.slice(-3).map((r) => [r.user, r.action, r.after])).toEqual([
      ['quantri', 'account.create', '{"userName":"thu.ky","displayName":"Thư Ký","roles":["van-thu","chuyen-vien"]}'],
      ['quantri', 'account.roles', '{"roles":["van-thu"]}'],
      ['quantri', 'account.disable', '{"disabled":true}'],
    ]);
    const text = JSON.stringify(audit);
    expect(text).not.toContain(made.oneTimePassword);
    expect(text).not.toContain('admin-pass-123');
    expect(text).not.toContain('$scrypt$');
  });
});
});
