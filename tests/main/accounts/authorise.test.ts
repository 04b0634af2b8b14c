/** Refusals by role (main/accounts/authorise.ts) and the single seat's implicit user (actor.ts). */
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../../common/api/errors';
import { OPERATIONS, type OpName } from '../../../common/api/operations';
import { FLOW_ACTIONS } from '../../../common/rules/roles';
import type { Actor } from '../../../main/accounts/actor';
import { singleSeatUser } from '../../../main/accounts/actor';
import { authoriseAccountAction, authoriseFlow, authoriseOperation, MUST_CHANGE_MESSAGE } from '../../../main/accounts/authorise';

function person(userName: string, roles: Actor['roles'], mustChangePassword = false): Actor {
  return { accountId: userName, userName, displayName: userName, roles, mustChangePassword };
}

function refusal(work: () => void): UserError {
  try {
    work();
  } catch (e) {
    return e as UserError;
  }
  throw new Error('not refused');
}

describe('authorise', () => {
  it('lets the single seat do everything, without a login', () => {
    const me = singleSeatUser('nguyenvana');
    expect(me).toMatchObject({ accountId: 'single-seat', userName: 'nguyenvana', mustChangePassword: false });
    for (const op of Object.keys(OPERATIONS) as OpName[]) expect(() => authoriseOperation(me, op), op).not.toThrow();
    for (const a of FLOW_ACTIONS) expect(() => authoriseFlow(me, a), a).not.toThrow();
    expect(() => authoriseAccountAction(me, 'create')).not.toThrow();
  });

  it('refuses in Vietnamese, naming the person, their roles, the operation and who may do it', () => {
    const e = refusal(() => authoriseOperation(person('lanhdao', ['lanh-dao']), 'registry.deskCreateBook'));
    expect({ code: e.code, message: e.message }).toEqual({
      code: 'forbidden', message: 'Tài khoản "lanhdao" (Lãnh đạo văn phòng) không được phép "Tạo sổ văn bản đi". Việc này dành cho: Quản trị.',
    });
    expect(refusal(() => authoriseFlow(person('vanthu', ['van-thu']), 'approve')).message)
      .toBe('Tài khoản "vanthu" (Văn thư) không được phép "Duyệt". Việc này dành cho: Lãnh đạo văn phòng.');
    expect(refusal(() => authoriseOperation(person('trong', []), 'app.info')).message)
      .toBe('Tài khoản "trong" (không có vai trò nào) không được phép "Thông tin phiên bản". Việc này dành cho: Văn thư, Chuyên viên, Lãnh đạo văn phòng, Quản trị.');
  });

  it('a person with two roles may do what either allows', () => {
    const both = person('thuky', ['van-thu', 'quan-tri']);
    expect(() => authoriseOperation(both, 'drafts.issue')).not.toThrow();
    expect(() => authoriseOperation(both, 'backup.restore')).not.toThrow();
    expect(refusal(() => authoriseOperation(both, 'drafts.autosave')).code).toBe('forbidden');
  });

  it('until a one-time password is changed, allows only changing it and logging out', () => {
    const fresh = person('quantri', ['quan-tri'], true);
    expect(refusal(() => authoriseOperation(fresh, 'app.info')).message).toBe(MUST_CHANGE_MESSAGE);
    expect(refusal(() => authoriseFlow(fresh, 'submit')).message).toBe(MUST_CHANGE_MESSAGE);
    expect(refusal(() => authoriseAccountAction(fresh, 'create')).message).toBe(MUST_CHANGE_MESSAGE);
    expect(() => authoriseAccountAction(fresh, 'changeOwnPassword')).not.toThrow();
    expect(() => authoriseAccountAction(fresh, 'logout')).not.toThrow();
  });
});
