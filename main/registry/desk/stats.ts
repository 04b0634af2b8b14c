/** Report figures: documents per type and month (both registers), incoming by status and by unit. */
import type { DeskStats } from '../../../common/api/domains/desk-types';
import { INCOMING_DONE } from '../../../common/rules/incoming-status';
import type { Ctx } from '../context';
import { stmt } from '../sql';

/** Figures of one calendar year as of `today` (for the overdue count per unit). */
export function deskStats(ctx: Ctx, year: number, today: string): DeskStats {
  const p = { from: `${year}-01-01`, to: `${year}-12-31`, today };
  const byTypeMonth = [
    ...(stmt(ctx.db, `SELECT 'out' AS register, type_code AS type, CAST(substr(doc_date, 6, 2) AS INTEGER) AS month, count(*) AS count
      FROM out_entries WHERE doc_date BETWEEN @from AND @to AND status = 'issued' GROUP BY 2, 3`).all(p) as DeskStats['byTypeMonth']),
    ...(stmt(ctx.db, `SELECT 'in' AS register, CASE WHEN type_name <> '' THEN type_name ELSE 'Khác' END AS type,
      CAST(substr(received_date, 6, 2) AS INTEGER) AS month, count(*) AS count
      FROM in_entries WHERE received_date BETWEEN @from AND @to GROUP BY 2, 3`).all(p) as DeskStats['byTypeMonth']),
  ];
  const inByStatus = stmt(ctx.db, `SELECT status, count(*) AS count FROM in_entries WHERE received_date BETWEEN @from AND @to
    GROUP BY status ORDER BY status`).all(p) as DeskStats['inByStatus'];
  const inByUnit = stmt(ctx.db, `SELECT CASE WHEN COALESCE(r.unit, e.routed_to) <> '' THEN COALESCE(r.unit, e.routed_to)
      ELSE 'Chưa chuyển' END AS unit, count(*) AS count,
    SUM(e.status <> '${INCOMING_DONE}' AND e.deadline <> '' AND e.deadline < @today) AS overdue
    FROM in_entries e LEFT JOIN in_routes r ON r.id = (SELECT max(id) FROM in_routes WHERE entry_id = e.id)
    WHERE e.received_date BETWEEN @from AND @to GROUP BY 1 ORDER BY count DESC LIMIT 30`).all(p) as DeskStats['inByUnit'];
  return { year, byTypeMonth, inByStatus, inByUnit };
}
