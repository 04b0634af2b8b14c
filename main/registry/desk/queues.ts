/**
 * Deadline queues of open incoming documents (status other than "đã xử lý"): overdue (deadline
 * before today) and due soon (today … today + N days), with counts per unit and person (the last
 * routing of each document; "Chuyển" text when it was routed before routes were kept).
 */
import type { QueueCount, QueueRow, Queues } from '../../../common/api/domains/desk-types';
import { INCOMING_DONE } from '../../../common/rules/incoming-status';
import type { Ctx } from '../context';
import { stmt } from '../sql';

const OPEN = `FROM in_entries e JOIN in_books b ON b.id = e.book_id
  LEFT JOIN in_routes r ON r.id = (SELECT max(id) FROM in_routes WHERE entry_id = e.id)
  WHERE e.status <> '${INCOMING_DONE}' AND e.deadline <> ''`;
const COLS = `SELECT e.id, e.serial, b.year, e.sender, e.sender_number AS senderNumber, e.summary, e.deadline, e.status,
  COALESCE(r.unit, e.routed_to) AS unit, COALESCE(r.person, '') AS person`;

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
  const p = {
    today: o.today, soon: addDays(o.today, o.soonDays ?? 3), limit: o.limit ?? 100,
    unit: o.unit ?? null, person: o.person ?? null,
  };
  const who = `AND (@unit IS NULL OR COALESCE(r.unit, e.routed_to) = @unit) AND (@person IS NULL OR COALESCE(r.person, '') = @person)`;
  const rows = (sql: string): QueueRow[] => (stmt(ctx.db, sql).all(p) as Omit<QueueRow, 'daysLeft'>[])
    .map((r) => ({ ...r, daysLeft: daysBetween(o.today, r.deadline) }));
  const overdue = rows(`${COLS} ${OPEN} AND e.deadline < @today ${who} ORDER BY e.deadline, e.id LIMIT @limit`);
  const dueSoon = rows(`${COLS} ${OPEN} AND e.deadline >= @today AND e.deadline <= @soon ${who} ORDER BY e.deadline, e.id LIMIT @limit`);
  const counts = stmt(ctx.db, `SELECT COALESCE(r.unit, e.routed_to) AS unit, COALESCE(r.person, '') AS person,
    SUM(e.deadline < @today) AS overdue, SUM(e.deadline >= @today AND e.deadline <= @soon) AS dueSoon ${OPEN}
    AND e.deadline <= @soon GROUP BY 1, 2 ORDER BY overdue DESC, dueSoon DESC, unit`).all(p) as QueueCount[];
  const totals = counts.reduce((t, c) => ({ overdue: t.overdue + c.overdue, dueSoon: t.dueSoon + c.dueSoon }), { overdue: 0, dueSoon: 0 });
  return { today: o.today, overdue, dueSoon, counts, totals };
}
