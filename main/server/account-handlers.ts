/**
 * Handlers of the accounts operations (common/api/domains/accounts.ts) on the office server: each
 * runs the account service (main/accounts) as the signed-in person of the request, which checks the
 * role again and writes the audit record. On the single seat there are no accounts: `accountMe`
 * names the seat's one user, the rest answer that accounts exist on the office server only.
 */
import os from 'node:os';
import { UserError } from '../../common/api/errors';
import { SINGLE_SEAT_ROLES } from '../../common/rules/roles';
import type { Actor } from '../accounts/actor';
import type { AccountService } from '../accounts/accounts';
import type { Handlers, ServiceContext } from '../services/context';

function office(ctx: ServiceContext): { actor: Actor; accounts: AccountService } {
  if (!ctx.office) throw new UserError('not-available', 'Tài khoản chỉ có trên máy chủ văn phòng; khi làm việc một mình thì không cần đăng nhập.');
  return ctx.office;
}

function seatName(): string {
  try { return os.userInfo().username; } catch { return 'vanthu'; }
}

/** A handler of an operation on one account (`{ id }`): `act` runs as the signed-in person. */
function onAccount<T>(act: (accounts: AccountService, actor: Actor, id: string) => T) {
  return async ({ id }: { id: string }, ctx: ServiceContext): Promise<Awaited<T>> => {
    const { actor, accounts } = office(ctx);
    return await act(accounts, actor, id);
  };
}

/** Handlers of the accounts operations. */
export const accountHandlers: Handlers = {
  'settings.accountMe': async (_i, ctx) => {
    if (!ctx.office) return { singleSeat: true, userName: seatName(), displayName: seatName(), roles: [...SINGLE_SEAT_ROLES] };
    const { actor } = ctx.office;
    return { singleSeat: false, userName: actor.userName, displayName: actor.displayName, roles: [...actor.roles] };
  },
  'settings.accountList': async (_i, ctx) => {
    const { actor, accounts } = office(ctx);
    return accounts.listAccounts(actor);
  },
  'settings.accountCreate': async (input, ctx) => {
    const { actor, accounts } = office(ctx);
    return accounts.createAccount(actor, input);
  },
  'settings.accountReset': onAccount((accounts, actor, id) => accounts.resetPassword(actor, id)),
  'settings.accountDisable': onAccount((accounts, actor, id) => accounts.disableAccount(actor, id)),
  'settings.accountEnable': onAccount((accounts, actor, id) => accounts.enableAccount(actor, id)),
  'settings.accountUnlock': onAccount((accounts, actor, id) => accounts.unlockAccount(actor, id)),
};
