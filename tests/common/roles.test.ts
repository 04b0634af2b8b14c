/**
 * The roles and what each may do (common/rules/roles.ts): every operation of the contract has a
 * rule, the flow steps belong to the right roles, the single seat holds every role, and the table of
 * docs/accounts.md says the same as the code.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, type OpName } from '../../common/api/operations';
import { FLOW_ROLE_CODES, FLOW_ROLE_LABELS, FLOW_STEPS, FLOW_TRANSITIONS, NUMBERING, QUEUE_SPECS, signRefusal } from '../../common/rules/office-flow';
import {
  ACCOUNT_ACTIONS, ACCOUNT_ROLES, FLOW_ACTIONS, FLOW_ROLES, OPERATION_ROLES, ROLE_CODES, ROLE_LABELS, SINGLE_SEAT_ROLES,
  isRoleCode, mayRunOperation, mayTakeAccountAction, mayTakeFlowAction,
} from '../../common/rules/roles';

const ops = Object.keys(OPERATIONS) as OpName[];

describe('permission map', () => {
  it('has a rule for every operation of the contract and none for an operation that is gone', () => {
    expect(Object.keys(OPERATION_ROLES).sort()).toEqual([...ops].sort());
  });

  it('allows every operation to at least one role, naming only real roles', () => {
    for (const op of ops) {
      expect(OPERATION_ROLES[op].length, op).toBeGreaterThan(0);
      for (const r of OPERATION_ROLES[op]) expect(isRoleCode(r), `${op}: ${r}`).toBe(true);
    }
  });

  it('gives each role something to do and a Vietnamese name', () => {
    expect(Object.values(ROLE_LABELS)).toEqual(['Văn thư', 'Chuyên viên', 'Lãnh đạo văn phòng', 'Quản trị']);
    for (const role of ROLE_CODES) expect(ops.some((op) => mayRunOperation([role], op)), role).toBe(true);
  });

  it('a chuyên viên drafts and submits for review but cannot Trình ký straight, number, register incoming, print books or manage books', () => {
    const cv = ['chuyen-vien'] as const;
    for (const op of ['drafts.create', 'drafts.autosave', 'drafts.flowStep'] as const) expect(mayRunOperation(cv, op), op).toBe(true);
    for (const op of ['drafts.submit', 'drafts.issue', 'registry.deskReserve', 'registry.deskRegisterIncoming', 'registry.deskPrint', 'registry.deskCreateBook', 'backup.restore'] as const) {
      expect(mayRunOperation(cv, op), op).toBe(false);
    }
    expect(mayTakeFlowAction(cv, 'number')).toBe(false);
    expect(mayTakeFlowAction(cv, 'approve')).toBe(false);
  });

  it('numbering and the incoming register belong to the văn thư; books, terms, organisation and backups to the quản trị', () => {
    expect(OPERATION_ROLES['drafts.issue']).toEqual(['van-thu']);
    expect(OPERATION_ROLES['registry.deskRegisterIncoming']).toEqual(['van-thu']);
    expect(OPERATION_ROLES['registry.deskPrint']).toEqual(['van-thu']);
    for (const op of ['registry.deskCreateBook', 'registry.deskOpenTerm', 'registry.deskCloseTerm', 'settings.saveOrganisation', 'backup.restore'] as const) {
      expect(OPERATION_ROLES[op], op).toEqual(['quan-tri']);
    }
    expect(mayRunOperation(['quan-tri'], 'drafts.issue')).toBe(false);
    expect(mayRunOperation(['lanh-dao'], 'drafts.autosave')).toBe(false);
  });

  it('a role that is not held gives nothing: an account with no role runs no operation', () => {
    for (const op of ops) expect(mayRunOperation([], op), op).toBe(false);
  });
});

describe('flow and accounts', () => {
  it('gives each step of the flow to its role only', () => {
    expect(FLOW_ROLES).toEqual({ submit: ['chuyen-vien'], withdraw: ['chuyen-vien'], approve: ['lanh-dao'], return: ['lanh-dao'], sign: ['lanh-dao'], number: ['van-thu'] });
    expect(FLOW_ACTIONS.filter((a) => mayTakeFlowAction(['van-thu'], a))).toEqual(['number']);
  });

  it('leaves account management to the quản trị and lets everyone change their own password and log out', () => {
    for (const action of ACCOUNT_ACTIONS) {
      const everyone = action === 'changeOwnPassword' || action === 'logout';
      expect(ACCOUNT_ROLES[action], action).toEqual(everyone ? ROLE_CODES : ['quan-tri']);
      expect(mayTakeAccountAction(['chuyen-vien'], action), action).toBe(everyone);
    }
  });

  it('gives the single seat every role: it may run every operation and take every step', () => {
    expect([...SINGLE_SEAT_ROLES]).toEqual([...ROLE_CODES]);
    for (const op of ops) expect(mayRunOperation(SINGLE_SEAT_ROLES, op), op).toBe(true);
    for (const a of FLOW_ACTIONS) expect(mayTakeFlowAction(SINGLE_SEAT_ROLES, a), a).toBe(true);
  });
});

describe('the office flow (common/rules/office-flow.ts) agrees with the roles', () => {
  it('uses the same role codes and names', () => {
    expect([...FLOW_ROLE_CODES]).toEqual([...ROLE_CODES]);
    for (const r of ROLE_CODES) expect(FLOW_ROLE_LABELS[r], r).toBe(ROLE_LABELS[r].toLowerCase());
  });

  it('reads who takes each step, numbering and the queues from FLOW_ROLES (one source, not a copy)', () => {
    for (const step of FLOW_STEPS) expect(FLOW_TRANSITIONS[step].roles, step).toBe(FLOW_ROLES[step]);
    expect(NUMBERING.roles).toBe(FLOW_ROLES.number);
    expect(QUEUE_SPECS.pending.roles).toBe(FLOW_ROLES.approve);
    expect(QUEUE_SPECS.approved.roles).toBe(FLOW_ROLES.number);
    expect([...FLOW_ACTIONS].sort()).toEqual([...FLOW_STEPS, 'number', 'sign'].sort());
  });

  it('Trình ký is one rule: the operation drafts.submit is allowed to exactly the roles the flow lets sign straight', () => {
    expect(OPERATION_ROLES['drafts.submit']).toBe(FLOW_ROLES.sign);
    expect(OPERATION_ROLES['drafts.issue']).toBe(FLOW_ROLES.number);
    for (const role of ROLE_CODES) {
      const mayRun = mayRunOperation([role], 'drafts.submit');
      expect(signRefusal({ user: 'x', roles: [role] }) === null, role).toBe(mayRun);
      expect(mayTakeFlowAction([role], 'sign'), role).toBe(mayRun);
    }
    expect(mayRunOperation(['chuyen-vien'], 'drafts.submit')).toBe(false);
    expect(mayRunOperation(['lanh-dao'], 'drafts.submit')).toBe(true);
    // drafts.flowStep is open to the roles of its four steps, each then checked on its own.
    expect([...OPERATION_ROLES['drafts.flowStep']].sort()).toEqual(['chuyen-vien', 'lanh-dao']);
  });
});

describe('docs/accounts.md', () => {
  it('lists every operation with the same roles as the code', () => {
    const doc = fs.readFileSync('docs/accounts.md', 'utf8');
    const rows = new Map<string, string[]>();
    for (const m of doc.matchAll(/^\| `([a-zA-Z]+\.[a-zA-Z]+)` \|[^|]*\|([^|]*)\|([^|]*)\|([^|]*)\|([^|]*)\|$/gm)) {
      rows.set(m[1], ROLE_CODES.filter((_, i) => m[i + 2].trim() === '✓'));
    }
    expect([...rows.keys()].sort()).toEqual([...ops].sort());
    for (const op of ops) expect(rows.get(op), op).toEqual(ROLE_CODES.filter((r) => (OPERATION_ROLES[op] as readonly string[]).includes(r)));
  });
});
