/**
 * Deadline queues of open incoming documents (status other than "đã xử lý"): overdue (deadline
 * before today) and due soon (today … today + N days), with counts per unit and person (the last
 * routing of each document; "Chuyển" text when it was routed before routes were kept).
 */
import { sql, type SqlBool } from 'kysely';
import type { QueueCount, QueueRow, Queues } from '../../../common/api/domains/desk-types';
import { INCOMING_DONE } from '../../../common/rules/incoming-status';
import type { Ctx } from '../context';

/** The last route of entry `e` (joined as `r`): the same portable SQL on both engines. */
export const LAST_ROUTE = sql<SqlBool>`r.id = (SELECT max(id) FROM in_routes WHERE entry_id = e.id)`;

/** The unit of an entry: its last route's, else its "Chuyển" text (routed before routes were kept). */
export const UNIT = sql<string>`COALESCE(r.unit, e.routed_to)`;

/** The open entries with a deadline, with their book (`b`) and last route (`r`). */
function openEntries(ctx: Ctx) {
  return ctx.store.db.selectFrom('in_entries as e').innerJoin('in_books as b', 'b.id', 'e.book_id')
    .leftJoin('in_routes as r', (j) => j.on(LAST_ROUTE))
    .where('e.status', '<>', INCOMING_DONE).where('e.deadline', '<>', '');
}

/** Adds `days` to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Options of the queues. */
export interface QueueOptions { today: string; soonDays?: number; limit?: number; unit?: string; person?: string }

/** The overdue and due-soon queues as of `today`, optionally for one unit or person. */
export function deadlineQueues(ctx: Ctx, o: QueueOptions): Queues {
  const s = ctx.store;
  const today = o.today;
  const soon = addDays(o.today, o.soonDays ?? 3);
  const limit = o.limit ?? 100;
  const person = sql<string>`COALESCE(r.person, '')`;
  let open = openEntries(ctx);
  if (o.unit != null) open = open.where(UNIT, '=', o.unit);
  if (o.person != null) open = open.where(person, '=', o.person);
  const rows = (query: typeof open): QueueRow[] => s.all(query.select([
    'e.id', 'e.serial', 'b.year', 'e.sender', 'e.sender_number as senderNumber', 'e.summary', 'e.deadline', 'e.status',
    UNIT.as('unit'), person.as('person'),
  ]).orderBy('e.deadline').orderBy('e.id').limit(limit)).map((r) => ({ ...r, daysLeft: daysBetween(o.today, r.deadline) }));
  const overdue = rows(open.where('e.deadline', '<', today));
  const dueSoon = rows(open.where('e.deadline', '>=', today).where('e.deadline', '<=', soon));
  // Counts per unit and person over every open entry (the unit/person filters apply to the lists only).
  const counts: QueueCount[] = s.all(openEntries(ctx).where('e.deadline', '<=', soon).select([
    UNIT.as('unit'), person.as('person'),
    sql<number>`SUM(CASE WHEN e.deadline < ${today} THEN 1 ELSE 0 END)`.as('overdue'),
    sql<number>`SUM(CASE WHEN e.deadline >= ${today} AND e.deadline <= ${soon} THEN 1 ELSE 0 END)`.as('dueSoon'),
  ]).groupBy([sql`1`, sql`2`]).orderBy(sql`3`, 'desc').orderBy(sql`4`, 'desc').orderBy(sql`1`).orderBy(sql`2`))
    .map((c) => ({ ...c, overdue: Number(c.overdue), dueSoon: Number(c.dueSoon) }));
  const totals = counts.reduce((t, c) => ({ overdue: t.overdue + c.overdue, dueSoon: t.dueSoon + c.dueSoon }), { overdue: 0, dueSoon: 0 });
  return { today: o.today, overdue, dueSoon, counts, totals };
}
