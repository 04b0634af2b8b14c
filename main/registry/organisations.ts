/**
 * Organisation profiles and their signers, stored in the database (schema of
 * common/org/organisation.ts). The profile is validated on the way in and out; signers are rows.
 */
import { organisationSchema, type Organisation } from '../../common/org/organisation';
import { checkOrganisation } from '../../common/org/organisation-check';
import { appendAudit } from './audit/log';
import type { Ctx } from './context';
import { RegistryError } from './errors';
import { nowIso, stmt } from './sql';

interface OrgRow { id: number; symbol: string; data: string }

function load(ctx: Ctx, r: OrgRow): Organisation {
  const signers = (stmt(ctx.db, 'SELECT name, title, deputy FROM signers WHERE org_id = ? ORDER BY position').all(r.id) as
    { name: string; title: string; deputy: number }[]).map((s) => ({ name: s.name, title: s.title, deputy: s.deputy === 1 }));
  return organisationSchema.parse({ ...JSON.parse(r.data), signers });
}

/** Validates and saves a profile (replacing the one with the same symbol); returns it as stored. */
export function saveOrganisation(ctx: Ctx, input: unknown): Organisation {
  const parsed = checkOrganisation(input);
  if (!parsed.ok) throw new RegistryError('invalid', parsed.message);
  const { signers, ...rest } = parsed.org;
  return ctx.db.transaction(() => {
    const before = getOrganisation(ctx, rest.symbol);
    stmt(ctx.db, `INSERT INTO organisations (symbol, data, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (symbol) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`).run(rest.symbol, JSON.stringify(rest), nowIso());
    const { id } = stmt(ctx.db, 'SELECT id FROM organisations WHERE symbol = ?').get(rest.symbol) as { id: number };
    stmt(ctx.db, 'DELETE FROM signers WHERE org_id = ?').run(id);
    signers.forEach((s, i) => stmt(ctx.db, 'INSERT INTO signers (org_id, position, name, title, deputy) VALUES (?, ?, ?, ?, ?)')
      .run(id, i, s.name, s.title, s.deputy ? 1 : 0));
    const after = getOrganisation(ctx, rest.symbol)!;
    appendAudit(ctx.db, { user: ctx.user, action: 'org.save', entity: 'organisation', entityId: rest.symbol, before: before ?? undefined, after });
    return after;
  }).immediate();
}

/** The profile of a symbol, or the first saved one when no symbol is given; null when none. */
export function getOrganisation(ctx: Ctx, symbol?: string): Organisation | null {
  const r = (symbol === undefined
    ? stmt(ctx.db, 'SELECT * FROM organisations ORDER BY id LIMIT 1').get()
    : stmt(ctx.db, 'SELECT * FROM organisations WHERE symbol = ?').get(symbol)) as OrgRow | undefined;
  return r ? load(ctx, r) : null;
}

/** All stored profiles. */
export function listOrganisations(ctx: Ctx): Organisation[] {
  return (stmt(ctx.db, 'SELECT * FROM organisations ORDER BY id').all() as OrgRow[]).map((r) => load(ctx, r));
}
