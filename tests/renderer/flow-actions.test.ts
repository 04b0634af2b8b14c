/**
 * What the screens offer by role (common/rules/flow-actions.ts, read by the issue panel, the flow
 * bar's Chia sẻ and the drafts list): an action is shown exactly when the office server would run
 * it for the same roles (OPERATION_ROLES), the single seat gets everything, and the Chia sẻ control
 * renders for the owner and the quản trị only, saying the state.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { issueActionsOf, mayShareDraft, ownerText, shareStateText } from '../../common/rules/flow-actions';
import { ROLE_CODES, SINGLE_SEAT_ROLES, mayRunOperation, type RoleCode } from '../../common/rules/roles';
import { ShareControl, type ShareControlProps } from '../../renderer/screens/flow/ShareControl';

/** Every non-empty set of roles. */
const roleSets: RoleCode[][] = Array.from({ length: 2 ** ROLE_CODES.length - 1 }, (_, i) => ROLE_CODES.filter((_, b) => ((i + 1) >> b) & 1));

describe('issue panel actions by role', () => {
  it('a chuyên viên gets no Trình ký, no Rút lại of Trình ký and no Cấp số', () => {
    expect(issueActionsOf(['chuyen-vien'], 'draft')).toEqual({ sign: false, unsign: false, number: false });
    expect(issueActionsOf(['chuyen-vien'], 'submitted')).toEqual({ sign: false, unsign: false, number: false });
  });

  it('a lãnh đạo văn phòng may Trình ký and withdraw it, a văn thư numbers an approved draft', () => {
    expect(issueActionsOf(['lanh-dao'], 'draft')).toEqual({ sign: true, unsign: false, number: false });
    expect(issueActionsOf(['lanh-dao'], 'submitted')).toEqual({ sign: false, unsign: true, number: false });
    expect(issueActionsOf(['van-thu'], 'submitted')).toEqual({ sign: false, unsign: false, number: true });
    expect(issueActionsOf(['van-thu'], 'draft')).toEqual({ sign: false, unsign: false, number: false });
  });

  it('the single seat\'s user holds every role: Trình ký, then Rút lại and Cấp số, as before', () => {
    expect(issueActionsOf(SINGLE_SEAT_ROLES, 'draft')).toEqual({ sign: true, unsign: false, number: false });
    expect(issueActionsOf(SINGLE_SEAT_ROLES, 'submitted')).toEqual({ sign: false, unsign: true, number: true });
  });

  it('an issued draft offers nothing to anyone', () => {
    for (const roles of roleSets) expect(issueActionsOf(roles, 'issued')).toEqual({ sign: false, unsign: false, number: false });
  });

  it('for every set of roles, a button is shown exactly when the server would run its operation', () => {
    for (const roles of roleSets) {
      expect(issueActionsOf(roles, 'draft').sign, roles.join('+')).toBe(mayRunOperation(roles, 'drafts.submit'));
      expect(issueActionsOf(roles, 'submitted').unsign, roles.join('+')).toBe(mayRunOperation(roles, 'drafts.submit'));
      expect(issueActionsOf(roles, 'submitted').number, roles.join('+')).toBe(mayRunOperation(roles, 'drafts.issue'));
    }
  });
});

describe('sharing by owner and role', () => {
  it('the owner who is a chuyên viên may share; another chuyên viên may not; a chuyên viên who is also quản trị may', () => {
    expect(mayShareDraft({ user: 'an', roles: ['chuyen-vien'] }, 'an')).toBe(true);
    expect(mayShareDraft({ user: 'binh', roles: ['chuyen-vien'] }, 'an')).toBe(false);
    expect(mayShareDraft({ user: 'binh', roles: ['chuyen-vien', 'quan-tri'] }, 'an')).toBe(true);
    expect(mayShareDraft({ user: 'binh', roles: ['chuyen-vien'] }, '')).toBe(false); // no recorded owner: already seen by all
  });

  it('roles the server refuses drafts.share to get no control, even on their own name', () => {
    for (const roles of roleSets) {
      if (!mayRunOperation(roles, 'drafts.share')) expect(mayShareDraft({ user: 'an', roles }, 'an'), roles.join('+')).toBe(false);
    }
  });

  it('says the state and whose draft it is in Vietnamese', () => {
    expect(shareStateText(true)).toBe('Đã chia sẻ với các chuyên viên');
    expect(shareStateText(false)).toContain('Chưa chia sẻ');
    expect(ownerText('an', 'an')).toBe('Của bạn');
    expect(ownerText('an', 'binh')).toBe('Của an');
    expect(ownerText('', 'binh')).toBe('');
  });
});

describe('the Chia sẻ control', () => {
  const html = (p: Omit<ShareControlProps, 'id'>) => renderToStaticMarkup(createElement(ShareControl, { id: 'd1', ...p }));
  const office = (user: string, roles: RoleCode[]) => ({ user, roles, singleSeat: false });

  it('the owner sees the state and the button to share, or to stop sharing', () => {
    const off = html({ owner: 'an', shared: false, person: office('an', ['chuyen-vien']) });
    expect(off).toContain('Của bạn');
    expect(off).toContain('Chưa chia sẻ');
    expect(off).toContain('>Chia sẻ với các chuyên viên</button>');
    const on = html({ owner: 'an', shared: true, person: office('an', ['chuyen-vien']) });
    expect(on).toContain('Đã chia sẻ với các chuyên viên');
    expect(on).toContain('>Thôi chia sẻ</button>');
  });

  it('another chuyên viên on a shared draft sees whose it is, and no button', () => {
    const out = html({ owner: 'an', shared: true, person: office('binh', ['chuyen-vien']) });
    expect(out).toContain('Của an');
    expect(out).toContain('Đã chia sẻ với các chuyên viên');
    expect(out).not.toContain('<button');
  });

  it('a lãnh đạo on an unshared draft sees only whose it is', () => {
    const out = html({ owner: 'an', shared: false, person: office('lanhdao', ['lanh-dao']) });
    expect(out).toContain('Của an');
    expect(out).not.toContain('chia sẻ:');
    expect(out).not.toContain('<button');
  });

  it('shows nothing on the single seat or before the person is known', () => {
    expect(html({ owner: 'an', shared: false, person: { user: 'an', roles: [...SINGLE_SEAT_ROLES], singleSeat: true } })).toBe('');
    expect(html({ owner: 'an', shared: false, person: null })).toBe('');
  });
});
