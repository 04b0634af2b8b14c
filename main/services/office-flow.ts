/**
 * Handlers of the office flow (common/api/domains/office-flow.ts): who acts, a draft's place in
 * the flow, the steps, the queues and the edit lease. The single seat acts as its one implicit
 * user holding every role (the registry's `seatActor`); the office server passes its session's
 * actor to the same registry methods. Trình duyệt is refused, like Trình ký, while the format check
 * finds errors.
 */
import { UserError } from '../../common/api';
import { describeBlockers, issueBlockers } from '../../common/rules/issue-gate';
import { queuesOf } from '../../common/rules/office-flow';
import type { FlowActor } from '../../common/rules/office-flow';
import type { RegistryService } from '../registry/index';
import type { Handlers, ServiceContext } from './context';
import { readDraft } from './drafts-store';
import { withRegistry } from './registry';

/** Who acts in the flow: the office server's signed-in person (their roles), or the single seat's user. */
function actorOf(ctx: ServiceContext, r: RegistryService): FlowActor {
  const a = ctx.office?.actor;
  return a ? { user: a.userName, roles: a.roles } : r.seatActor();
}

/** Handlers of the office flow's operations. */
export const officeFlowHandlers: Handlers = {
  'drafts.flowActor': async (_i, ctx) => withRegistry(ctx, (r) => {
    const a = actorOf(ctx, r);
    return { user: a.user, roles: [...a.roles], singleSeat: !ctx.office, queues: queuesOf(a) };
  }),
  'drafts.flow': async ({ id }, ctx) => withRegistry(ctx, (r) => r.draftFlow(id)),
  'drafts.flowStep': async ({ id, step, comment, client }, ctx) => {
    if (step === 'submit') {
      const blockers = issueBlockers((await readDraft(ctx, id)).draft);
      if (blockers.length) throw new UserError('invalid-input', describeBlockers('Trình duyệt', blockers));
    }
    return withRegistry(ctx, (r) => r.flowTransition(actorOf(ctx, r), id, step, { comment, client }));
  },
  'drafts.queue': async ({ queue }, ctx) => withRegistry(ctx, (r) => r.flowQueue(actorOf(ctx, r), queue)),
  'drafts.editStart': async ({ id, client, takeOver }, ctx) => withRegistry(ctx, (r) => ({
    lease: r.acquireDraftLease(id, client, { takeOver }), flow: r.draftFlow(id),
  })),
  'drafts.editEnd': async ({ id, client }, ctx) => withRegistry(ctx, (r) => ({ released: r.releaseDraftLease(id, client) })),
  'drafts.share': async ({ id, shared }, ctx) => withRegistry(ctx, (r) => ({ id, shared: r.drafts.share(id, shared).shared })),
};
