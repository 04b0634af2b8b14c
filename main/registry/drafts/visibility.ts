/**
 * Who sees which draft (issue 14 item 3; the rule: `mayViewDraft` of common/rules/office-flow.ts):
 * on the office server each request runs for a signed-in person with their roles (acting-user.ts), and
 * the drafts they may not see are left out of lists and queues and refused, in Vietnamese, when opened,
 * saved or moved along the flow. The single seat and the CLI run without a person: nothing is limited.
 */
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import {
  actorHoldsRole, flowStateOf, mayViewDraft, viewRefusal, type DraftVisibility, type FlowActor, type ReviewMark,
} from '../../../common/rules/office-flow';
import { actingRoles } from '../acting-user';
import type { Ctx } from '../context';
import { RegistryError } from '../errors';
import type { RegistryTables } from '../schema/tables';
import type { DraftState } from './types';

/** The columns of a draft that decide who sees it. */
export interface VisibilityColumns { title: string; owner: string; shared: number; status: DraftState; review: ReviewMark }

/** The person the current call runs for, with their roles; null when nothing is limited (single seat, CLI). */
export function viewerOf(ctx: Ctx): FlowActor | null {
  const roles = actingRoles();
  return roles ? { user: ctx.user, roles } : null;
}

/** The visibility facts of a stored draft. */
export function visibilityOf(r: VisibilityColumns): DraftVisibility {
  return { owner: r.owner, shared: r.shared === 1, state: flowStateOf(r.status, r.review) };
}

/** Refuses ('forbidden') a draft `viewer` may not see; `viewer` null sees everything. */
export function assertVisible(viewer: FlowActor | null, r: VisibilityColumns): void {
  if (!viewer) return;
  const v = visibilityOf(r);
  if (!mayViewDraft(viewer, v)) throw new RegistryError('forbidden', viewRefusal(viewer, { ...v, title: r.title }));
}

/** The SQL condition on `drafts` of mayViewDraft for `viewer` (the same rule, for lists); undefined: no limit. */
export function visibleWhere(viewer: FlowActor | null): ((eb: ExpressionBuilder<RegistryTables, 'drafts'>) => Expression<SqlBool>) | undefined {
  if (!viewer || actorHoldsRole(viewer, ['quan-tri'])) return undefined;
  return (eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (actorHoldsRole(viewer, ['chuyen-vien'])) {
      parts.push(eb.or([eb('owner', '=', viewer.user), eb('shared', '=', 1), eb('owner', '=', '')]));
    }
    if (actorHoldsRole(viewer, ['lanh-dao'])) parts.push(eb.or([eb('status', '<>', 'draft'), eb('review', '<>', 'none')]));
    if (actorHoldsRole(viewer, ['van-thu'])) {
      parts.push(eb.or([eb('status', '=', 'issued'), eb.and([eb('status', '=', 'submitted'), eb('review', '<>', 'pending')])]));
    }
    return parts.length ? eb.or(parts) : sql<SqlBool>`1 = 0`;
  };
}
