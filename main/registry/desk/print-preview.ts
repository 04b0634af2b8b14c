/**
 * The rows of a printed register as text cells (the same selection and columns as
 * ../print/register.ts), for the desk's page preview when LibreOffice is not there.
 */
import type { Ctx } from '../context';
import { listIncoming } from '../incoming/rows';
import { listOutgoing } from '../outgoing/rows';
import { displayDate } from '../../../common/rules/date-line';
import { columnsFor, periodLine, REGISTER_TITLES, type RegisterKind } from '../print/index';
import { followUpRow, incomingRow, outgoingRow } from '../print/rows';

/** A preview: title, period line, headers and cell texts. */
export interface PrintPreview { title: string; period: string; columns: string[]; widths: number[]; rows: string[][] }

/** The preview of the outgoing, incoming (ordinary book) or follow-up book for a period. */
export function printPreview(ctx: Ctx, kind: RegisterKind, from: string, to: string): PrintPreview {
  const rows: Record<string, string>[] = kind === 'out'
    ? listOutgoing(ctx, { from, to }).map(outgoingRow) as unknown as Record<string, string>[]
    : listIncoming(ctx, { kind: 'thuong', from, to }).map((e) => (kind === 'in' ? incomingRow(e) : followUpRow(e))) as unknown as Record<string, string>[];
  const cols = columnsFor(kind);
  return {
    title: REGISTER_TITLES[kind],
    period: periodLine(from, to),
    columns: cols.map((c) => c.header),
    widths: cols.map((c) => c.width),
    rows: rows.map((r) => cols.map((c) => (c.kind === 'date' ? displayDate(r[c.key] ?? '') : r[c.key] ?? ''))),
  };
}
