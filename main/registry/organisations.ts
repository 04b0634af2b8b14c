/**
 * Organisation profiles and their signers, stored in the database (schema of
 * common/org/organisation.ts). The profile is validated on the way in and out; signers are rows.
 * Written on the store: the same code on SQLite and PostgreSQL.
 */
import { organisationSchema, type Organisation } from '../../common/org/organisation';
import { checkOrganisation } from '../../common/org/organisation-check';
import { appendAudit } from './audit/log';
import type { Ctx } from './context';
import { RegistryError } from './errors';
import { nowIso } from './sql';

interface OrgRow { id: number; symbol: string; data: string }

function load(ctx: Ctx, r: OrgRow): Organisation {
  const s = ctx.store;
  const signers = s.all(s.db.selectFrom('signers').select(['name', 'title', 'deputy']).where('org_id', '=', r.id).orderBy('position'))
    .map((x) => ({ name: x.name, title: x.title, deputy: Number(x.deputy) === 1 }));
  return organisationSchema.parse({ ...JSON.parse(r.data), signers });
}

/** Validates and saves a profile (replacing the one with the same symbol); returns it as stored. */
export function saveOrganisation(ctx: Ctx, input: unknown): Organisation {
  const parsed = checkOrganisation(input);
  if (!parsed.ok) throw new RegistryError('invalid', parsed.message);
  const { signers, ...rest } = parsed.org;
  const s = ctx.store;
  return s.transaction(() => {
    // PostgreSQL: the profile's row is locked first, so two saves of one profile queue and each audits what the other left.
    if (s.engine === 'postgres') s.first(s.db.selectFrom('organisations').select('id').where('symbol', '=', rest.symbol).forUpdate());
    const before = getOrganisation(ctx, rest.symbol);
    const { id } = s.first(s.db.insertInto('organisations').values({ symbol: rest.symbol, data: JSON.stringify(rest), updated_at: nowIso() })
      .onConflict((oc) => oc.column('symbol').doUpdateSet({ data: (eb) => eb.ref('excluded.data'), updated_at: (eb) => eb.ref('excluded.updated_at') }))
      .returning('id'))!;
    s.run(s.db.deleteFrom('signers').where('org_id', '=', id));
    signers.forEach((x, i) => s.run(s.db.insertInto('signers').values({ org_id: id, position: i, name: x.name, title: x.title, deputy: x.deputy ? 1 : 0 })));
    const after = getOrganisation(ctx, rest.symbol)!;
    appendAudit(s, { user: ctx.user, action: 'org.save', entity: 'organisation', entityId: rest.symbol, before: before ?? undefined, after });
    return after;
  });
}

/** The profile of a symbol, or the first saved one when no symbol is given; null when none. */
export function getOrganisation(ctx: Ctx, symbol?: string): Organisation | null {
  const s = ctx.store;
  const q = s.db.selectFrom('organisations').select(['id', 'symbol', 'data']);
  const r: OrgRow | undefined = symbol === undefined ? s.first(q.orderBy('id').limit(1)) : s.first(q.where('symbol', '=', symbol));
  return r ? load(ctx, r) : null;
}

/** All stored profiles. */
export function listOrganisations(ctx: Ctx): Organisation[] {
  const s = ctx.store;
  return s.all(s.db.selectFrom('organisations').select(['id', 'symbol', 'data']).orderBy('id')).map((r) => load(ctx, r));
}
