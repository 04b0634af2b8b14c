/**
 * The account service of the office server: create accounts with their roles, list, disable and
 * enable them, change one's own password, reset a password (a one-time password, to be changed at
 * the next login), unlock, log in and out, and turn a session cookie back into the person acting.
 * Every action writes an audit record naming the acting user, in the transaction of the change.
 * A refused login always reads LOGIN_REFUSED and costs one scrypt, whether the user name exists,
 * the password is wrong, or the account is locked or disabled.
 */
import type { AccountView } from '../../common/api/domains/accounts';
import crypto from 'node:crypto';
import { UserError } from '../../common/api/errors';
import { ROLE_CODES, type RoleCode, isRoleCode } from '../../common/rules/roles';
import { displayNameProblems, normaliseUserName, passwordProblems, userNameProblems } from './account-fields';
import type { Actor } from './actor';
import type { AccountAuditAction } from './audit';
import { authoriseAccountAction } from './authorise';
import { afterFailure, afterSuccess, CLEAR_LOCKOUT, isLocked, LOCKOUT, unlocked } from './lockout';
import { oneTimePassword } from './one-time-password';
import { hashPassword, needsRehash, SCRYPT_PARAMS, type ScryptParams, verifyPassword } from './password';
import { accountSessionCookie, newSessionRecord, SESSION_POLICY, newSessionToken, sessionExpired, sessionNeedsTouch, tokenDigest } from './sessions';
import type { AccountRecord, AccountStorage } from './storage';

/** The one answer to every refused login (it never says which part was wrong). */
export const LOGIN_REFUSED =
  `Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa. Sau ${LOCKOUT.maxFailures} lần nhập sai, ` +
  `tài khoản bị khóa ${LOCKOUT.lockMs / 60_000} phút; hãy thử lại sau hoặc nhờ quản trị mở khóa.`;


/** A successful login: the token goes to the browser only, in `cookie`. */
export interface LoginResult {
  token: string;
  /** The Set-Cookie value carrying the token. */
  cookie: string;
  actor: Actor;
}

/** A password set by an administrator, shown to them once. */
export interface IssuedPassword {
  account: AccountView;
  /** The one-time password; it must be changed at the first login. */
  oneTimePassword: string;
}

/** Fields of a new account. */
export interface NewAccount {
  userName: string;
  displayName: string;
  roles: readonly string[];
}

/** Options of createAccountService. */
export interface AccountServiceOptions {
  storage: AccountStorage;
  /** Clock in milliseconds (tests). */
  now?: () => number;
  /** scrypt parameters of new hashes (default SCRYPT_PARAMS). */
  params?: ScryptParams;
}

/** The account service over one storage. */
export type AccountService = ReturnType<typeof createAccountService>;

function summaryOf(a: AccountRecord, now: number): AccountView {
  return {
    id: a.id, userName: a.userName, displayName: a.displayName, roles: [...a.roles], disabled: a.disabled,
    lockedUntil: isLocked(a, now) ? a.lockedUntil : null, mustChangePassword: a.mustChangePassword,
  };
}

function actorOf(a: AccountRecord, tokenHash: string): Actor {
  return { accountId: a.id, userName: a.userName, displayName: a.displayName, roles: [...a.roles], mustChangePassword: a.mustChangePassword, tokenHash };
}

function invalid(problems: string[]): void {
  if (problems.length) throw new UserError('invalid-input', problems.join(' '));
}

function checkedRoles(roles: readonly string[]): RoleCode[] {
  const bad = roles.filter((r) => !isRoleCode(r));
  if (bad.length) throw new UserError('invalid-input', `Vai trò không hợp lệ: ${bad.join(', ')}. Chọn trong: ${ROLE_CODES.join(', ')}.`);
  const unique = ROLE_CODES.filter((r) => roles.includes(r));
  if (!unique.length) throw new UserError('invalid-input', 'Vai trò: hãy chọn ít nhất một vai trò cho tài khoản.');
  return unique;
}

/** Creates the account service over `opts.storage`. */
export function createAccountService(opts: AccountServiceOptions) {
  const { storage } = opts;
  const now = opts.now ?? Date.now;
  const params = opts.params ?? SCRYPT_PARAMS;
  // A hash to check refused logins against, made at once so the first refusal takes no longer than the next.
  const decoy = hashPassword(crypto.randomBytes(16).toString('hex'), params);
  const iso = () => new Date(now()).toISOString();

  function audit(user: string, action: AccountAuditAction, entityId: string, after?: Record<string, unknown>): void {
    storage.appendAudit({ at: iso(), user, action, entity: 'account', entityId, after });
  }

  /** The account with this id; inside a transaction, its row is locked for the change that follows. */
  function mustFind(id: string, forUpdate = false): AccountRecord {
    const a = forUpdate ? storage.accountForUpdate(id) : storage.accountById(id);
    if (!a) throw new UserError('not-found', 'Không tìm thấy tài khoản này; có thể nó vừa bị xóa. Hãy tải lại danh sách tài khoản.');
    return a;
  }

  function activeAdmins(except: string): number {
    return storage.listAccounts().filter((a) => a.id !== except && !a.disabled && a.roles.includes('quan-tri')).length;
  }

  function keepOneAdmin(target: AccountRecord, roles: readonly RoleCode[], disabled: boolean): void {
    const stillAdmin = !disabled && roles.includes('quan-tri');
    if (!stillAdmin && target.roles.includes('quan-tri') && !target.disabled && activeAdmins(target.id) === 0) {
      throw new UserError('conflict', `Không thể bỏ quyền Quản trị của "${target.userName}": đây là tài khoản quản trị cuối cùng còn hoạt động. Hãy tạo hoặc mở lại một tài khoản quản trị khác trước.`);
    }
  }

  async function freshPassword(userName: string): Promise<{ password: string; hash: string }> {
    let password = oneTimePassword();
    while (passwordProblems(password, userName).length) password = oneTimePassword();
    return { password, hash: await hashPassword(password, params) };
  }

  /** Spends one scrypt on a refused login so it takes as long as a checked one. */
  async function spendDecoy(password: string): Promise<void> {
    await verifyPassword(password, await decoy);
  }

  /** Creates an account; `actor` null: the first administrator, created by `by` (the setup's OS account). */
  async function create(actor: Actor | null, input: NewAccount, by = ''): Promise<IssuedPassword> {
    const userName = normaliseUserName(input.userName);
    invalid([...userNameProblems(userName), ...displayNameProblems(input.displayName)]);
    const roles = checkedRoles(input.roles);
    const { password, hash } = await freshPassword(userName);
    const at = iso();
    const account: AccountRecord = {
      id: crypto.randomUUID(), userName, displayName: input.displayName.trim(), roles, passwordHash: hash,
      mustChangePassword: true, disabled: false, createdAt: at, updatedAt: at, ...CLEAR_LOCKOUT,
    };
    storage.transaction(() => {
      if (storage.accountByName(userName)) throw new UserError('conflict', `Tên đăng nhập "${userName}" đã có người dùng; hãy chọn tên khác.`);
      if (!actor && storage.listAccounts().length) throw new UserError('forbidden', 'Máy chủ đã có tài khoản; hãy đăng nhập bằng tài khoản quản trị để tạo thêm.');
      storage.insertAccount(account);
      audit(actor?.userName ?? by, 'account.create', account.id, { userName, displayName: account.displayName, roles });
    });
    return { account: summaryOf(account, now()), oneTimePassword: password };
  }

  /** Changes one account, ends its sessions when asked (all, or all but `keep`), and records it, in one transaction. */
  function change(actor: Actor, id: string, action: AccountAuditAction, edit: (a: AccountRecord) => AccountRecord,
    after: (a: AccountRecord) => Record<string, unknown>, endSessions: false | { keep?: string }): AccountView {
    return storage.transaction(() => {
      const next = { ...edit(mustFind(id, true)), updatedAt: iso() };
      storage.updateAccount(next);
      if (endSessions) storage.deleteSessionsOf(id, endSessions.keep);
      audit(actor.userName, action, id, after(next));
      return summaryOf(next, now());
    });
  }

  return {
    /**
     * Creates the first administrator of an empty server (refused once any account exists); `by` is
     * who ran the setup (the OS account of `vanthu server`), written in the audit record.
     */
    async createFirstAdmin(input: Omit<NewAccount, 'roles'>, by: string): Promise<IssuedPassword> {
      return create(null, { ...input, roles: ['quan-tri'] }, by);
    },

    /** Creates an account with its roles and a one-time password (quản trị only). */
    async createAccount(actor: Actor, input: NewAccount): Promise<IssuedPassword> {
      authoriseAccountAction(actor, 'create');
      return create(actor, input);
    },

    /** Every account, by user name (quản trị only). */
    listAccounts(actor: Actor): AccountView[] {
      authoriseAccountAction(actor, 'list');
      const t = now();
      return storage.listAccounts().map((a) => summaryOf(a, t));
    },

    /** Replaces the roles of an account (quản trị only; the last active administrator keeps Quản trị). */
    setRoles(actor: Actor, id: string, roles: readonly string[]): AccountView {
      authoriseAccountAction(actor, 'setRoles');
      const checked = checkedRoles(roles);
      return change(actor, id, 'account.roles', (a) => {
        keepOneAdmin(a, checked, a.disabled);
        return { ...a, roles: checked };
      }, (a) => ({ roles: a.roles }), false);
    },

    /** Disables an account and ends its sessions (quản trị only; never one's own account). */
    disableAccount(actor: Actor, id: string): AccountView {
      authoriseAccountAction(actor, 'disable');
      if (id === actor.accountId) throw new UserError('conflict', 'Không thể tự khóa tài khoản đang dùng; hãy nhờ một quản trị khác.');
      return change(actor, id, 'account.disable', (a) => {
        keepOneAdmin(a, a.roles, true);
        return { ...a, disabled: true };
      }, () => ({ disabled: true }), {});
    },

    /** Enables a disabled account again (quản trị only). */
    enableAccount(actor: Actor, id: string): AccountView {
      authoriseAccountAction(actor, 'enable');
      return change(actor, id, 'account.enable', (a) => ({ ...a, disabled: false }), () => ({ disabled: false }), false);
    },

    /** Lifts a lock-out (quản trị only). */
    unlockAccount(actor: Actor, id: string): AccountView {
      authoriseAccountAction(actor, 'unlock');
      return change(actor, id, 'account.unlock', (a) => ({ ...a, ...unlocked() }), () => ({ lockedUntil: null }), false);
    },

    /** Gives an account a one-time password, unlocks it and ends its sessions (quản trị only). */
    async resetPassword(actor: Actor, id: string): Promise<IssuedPassword> {
      authoriseAccountAction(actor, 'resetPassword');
      const { password, hash } = await freshPassword(mustFind(id).userName);
      const account = change(actor, id, 'account.reset-password',
        (a) => ({ ...a, ...unlocked(), passwordHash: hash, mustChangePassword: true }), () => ({ mustChangePassword: true }), {});
      return { account, oneTimePassword: password };
    },

    /** Changes the acting person's own password; their other sessions end. */
    async changeOwnPassword(actor: Actor, current: string, next: string): Promise<Actor> {
      authoriseAccountAction(actor, 'changeOwnPassword');
      const account = mustFind(actor.accountId);
      if (!(await verifyPassword(current, account.passwordHash))) throw new UserError('invalid-input', 'Mật khẩu hiện tại không đúng; hãy gõ lại.');
      invalid(passwordProblems(next, account.userName));
      if (next.normalize('NFC') === current.normalize('NFC')) throw new UserError('invalid-input', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
      const hash = await hashPassword(next, params);
      change(actor, actor.accountId, 'account.change-password', (a) => ({ ...a, passwordHash: hash, mustChangePassword: false }), () => ({ mustChangePassword: false }), { keep: actor.tokenHash });
      return { ...actor, mustChangePassword: false };
    },

    /** Logs in: a new session, or a 'forbidden' UserError reading LOGIN_REFUSED. */
    async login(rawUserName: string, password: string): Promise<LoginResult> {
      const userName = normaliseUserName(String(rawUserName)).slice(0, 200);
      const found = storage.accountByName(userName);
      if (!found || found.disabled || isLocked(found, now())) {
        await spendDecoy(password);
        const reason = !found ? 'unknown-user' : found.disabled ? 'disabled' : 'locked';
        storage.transaction(() => audit(userName, 'session.login-refused', found?.id ?? userName, { reason }));
        throw new UserError('forbidden', LOGIN_REFUSED);
      }
      if (!(await verifyPassword(password, found.passwordHash))) {
        storage.transaction(() => {
          const fresh = mustFind(found.id, true);
          const next = { ...fresh, ...afterFailure(fresh, now()) };
          storage.updateAccount(next);
          audit(userName, 'session.login-refused', found.id, { reason: 'wrong-password' });
          if (!isLocked(fresh, now()) && isLocked(next, now())) audit(userName, 'account.locked', found.id, { lockedUntil: next.lockedUntil });
        });
        throw new UserError('forbidden', LOGIN_REFUSED);
      }
      const rehash = needsRehash(found.passwordHash, params) ? await hashPassword(password, params) : null;
      const token = newSessionToken();
      const session = newSessionRecord(token, found.id, now());
      const account = storage.transaction(() => {
        const fresh = mustFind(found.id, true);
        // Disabled, locked or given another password while scrypt ran: the password checked is no longer the account's.
        const changed = fresh.disabled ? 'disabled' : isLocked(fresh, now()) ? 'locked' : fresh.passwordHash !== found.passwordHash ? 'password-changed' : null;
        if (changed) {
          audit(userName, 'session.login-refused', found.id, { reason: changed });
          return null;
        }
        const next = { ...fresh, ...afterSuccess(), passwordHash: rehash ?? fresh.passwordHash, updatedAt: iso() };
        storage.updateAccount(next);
        const t = now();
        storage.deleteExpiredSessions(new Date(t - SESSION_POLICY.idleMs).toISOString(), new Date(t - SESSION_POLICY.absoluteMs).toISOString());
        storage.insertSession(session);
        audit(userName, 'session.login', found.id, rehash ? { rehashed: true } : undefined);
        return next;
      });
      if (!account) throw new UserError('forbidden', LOGIN_REFUSED);
      return { token, cookie: accountSessionCookie(token), actor: actorOf(account, session.tokenHash) };
    },

    /** The person a session token belongs to, or null when the session is unknown, ended or its account disabled. */
    authenticate(token: string | undefined): Actor | null {
      if (!token) return null;
      const hash = tokenDigest(token);
      const session = storage.sessionByHash(hash);
      if (!session) return null;
      const t = now();
      const account = storage.accountById(session.accountId);
      if (!account || account.disabled || sessionExpired(session, t)) {
        storage.transaction(() => storage.deleteSession(hash));
        return null;
      }
      if (sessionNeedsTouch(session, t)) storage.transaction(() => storage.touchSession(hash, new Date(t).toISOString()));
      return actorOf(account, hash);
    },

    /** Ends the acting person's session. */
    logout(actor: Actor): void {
      authoriseAccountAction(actor, 'logout');
      storage.transaction(() => {
        if (actor.tokenHash) storage.deleteSession(actor.tokenHash);
        audit(actor.userName, 'session.logout', actor.accountId);
      });
    },
  };
}
