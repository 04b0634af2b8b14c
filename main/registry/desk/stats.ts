/** Report figures: documents per type and month (both registers), incoming by status and by unit. */
import { sql } from 'kysely';
import type { DeskStats } from '../../../common/api/domains/desk-types';
import { INCOMING_DONE } from '../../../common/rules/incoming-status';
import type { Ctx } from '../context';
import { LAST_ROUTE, UNIT } from './queues';

/** The month (1–12) of an ISO date column, in portable SQL (substr and CAST exist on both engines). */
const monthOf = (column: string) => sql<number>`CAST(substr(${sql.ref(column)}, 6, 2) AS INTEGER)`;

/** Figures of one calendar year as of `today` (for the overdue count per unit). */
export function deskStats(ctx: Ctx, year: number, today: string): DeskStats {
  const s = ctx.store;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const counted = <T extends { count: unknown }>(rows: T[]) => rows.map((r) => ({ ...r, count: Number(r.count) }));
  const outMonth = monthOf('doc_date');
  const inType = sql<string>`CASE WHEN type_name <> '' THEN type_name ELSE 'Khác' END`;
  const inMonth = monthOf('received_date');
  const byTypeMonth: DeskStats['byTypeMonth'] = [
    ...counted(s.all(s.db.selectFrom('out_entries').select([
      sql<'out'>`'out'`.as('register'), 'type_code as type', outMonth.as('month'), (eb) => eb.fn.countAll<number>().as('count'),
    ]).where('doc_date', '>=', from).where('doc_date', '<=', to).where('status', '=', 'issued').groupBy(['type_code', outMonth]).orderBy(sql`2`).orderBy(sql`3`))),
    ...counted(s.all(s.db.selectFrom('in_entries').select([
      sql<'in'>`'in'`.as('register'), inType.as('type'), inMonth.as('month'), (eb) => eb.fn.countAll<number>().as('count'),
    ]).where('received_date', '>=', from).where('received_date', '<=', to).groupBy([inType, inMonth]).orderBy(sql`2`).orderBy(sql`3`))),
  ].map((r) => ({ ...r, month: Number(r.month) }));
  const inByStatus = counted(s.all(s.db.selectFrom('in_entries').select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('received_date', '>=', from).where('received_date', '<=', to).groupBy('status').orderBy('status')));
  const unit = sql<string>`CASE WHEN ${UNIT} <> '' THEN ${UNIT} ELSE 'Chưa chuyển' END`;
  const inByUnit = s.all(s.db.selectFrom('in_entries as e').leftJoin('in_routes as r', (j) => j.on(LAST_ROUTE)).select([
    unit.as('unit'), (eb) => eb.fn.countAll<number>().as('count'),
    sql<number>`SUM(CASE WHEN e.status <> ${INCOMING_DONE} AND e.deadline <> '' AND e.deadline < ${today} THEN 1 ELSE 0 END)`.as('overdue'),
  ]).where('e.received_date', '>=', from).where('e.received_date', '<=', to).groupBy(unit).orderBy(sql`2`, 'desc').orderBy(sql`1`).limit(30))
    .map((r) => ({ unit: r.unit, count: Number(r.count), overdue: Number(r.overdue) }));
  return { year, byTypeMonth, inByStatus, inByUnit };
}
