/**
 * Terms (nhiệm kỳ) of an outgoing book. Closing a term ends every term-scoped sequence; the next
 * term, opened with its start date, starts them all again at 01 (spec §4).
 */
import { checkDateInRange } from '../../../common/rules/date-line';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { getOutBook } from './books';
import { isIsoDate, stmt } from '../sql';
import type { Term } from '../types';

interface TermRow { id: number; book_id: number; name: string; start_date: string; end_date: string | null }
const toTerm = (r: TermRow): Term => ({ id: r.id, bookId: r.book_id, name: r.name, startDate: r.start_date, endDate: r.end_date });

/** Terms of a book, oldest first. */
export function listTerms(ctx: Ctx, bookId: number): Term[] {
  return (stmt(ctx.db, 'SELECT * FROM terms WHERE book_id = ? ORDER BY start_date').all(bookId) as TermRow[]).map(toTerm);
}

/** Opens a term from `startDate`; the previous term must be closed before that date. */
export function openTerm(ctx: Ctx, bookId: number, name: string, startDate: string): Term {
  check(isIsoDate(startDate), `Ngày bắt đầu nhiệm kỳ "${startDate}" không hợp lệ (dạng yyyy-mm-dd).`);
  const outside = checkDateInRange(startDate, 'Ngày bắt đầu nhiệm kỳ');
  check(outside === null, outside ?? '');
  check(name.trim().length > 0, 'Tên nhiệm kỳ không được để trống (ví dụ "2025–2030").');
  return ctx.db.transaction(() => {
    getOutBook(ctx, bookId);
    const terms = listTerms(ctx, bookId);
    const open = terms.find((t) => t.endDate === null);
    if (open) throw new RegistryError('conflict', `Nhiệm kỳ "${open.name}" chưa đóng; hãy đóng nhiệm kỳ trước khi mở nhiệm kỳ mới.`);
    const last = terms[terms.length - 1];
    if (last && last.endDate !== null && startDate <= last.endDate) {
      throw new RegistryError('invalid', `Nhiệm kỳ mới phải bắt đầu sau ngày kết thúc nhiệm kỳ "${last.name}" (${last.endDate}).`);
    }
    const id = Number(stmt(ctx.db, 'INSERT INTO terms (book_id, name, start_date) VALUES (?, ?, ?)').run(bookId, name.trim(), startDate).lastInsertRowid);
    const term = toTerm(stmt(ctx.db, 'SELECT * FROM terms WHERE id = ?').get(id) as TermRow);
    appendAudit(ctx.db, { user: ctx.user, action: 'term.open', entity: 'term', entityId: id, after: term });
    return term;
  }).immediate();
}

/** Closes the open term of a book on `endDate` (inclusive). */
export function closeTerm(ctx: Ctx, bookId: number, endDate: string): Term {
  check(isIsoDate(endDate), `Ngày kết thúc nhiệm kỳ "${endDate}" không hợp lệ (dạng yyyy-mm-dd).`);
  const outside = checkDateInRange(endDate, 'Ngày kết thúc nhiệm kỳ');
  check(outside === null, outside ?? '');
  return ctx.db.transaction(() => {
    const open = listTerms(ctx, bookId).find((t) => t.endDate === null);
    if (!open) throw new RegistryError('no-term', 'Sổ này không có nhiệm kỳ nào đang mở.');
    check(endDate >= open.startDate, `Ngày kết thúc (${endDate}) trước ngày bắt đầu nhiệm kỳ (${open.startDate}).`);
    const later = stmt(ctx.db, 'SELECT number, doc_date FROM out_entries WHERE term_id = ? AND doc_date > ? LIMIT 1').get(open.id, endDate) as { number: string; doc_date: string } | undefined;
    if (later) throw new RegistryError('conflict', `Số ${later.number} đã cấp ngày ${later.doc_date}, sau ngày kết thúc nhiệm kỳ ${endDate}.`);
    stmt(ctx.db, 'UPDATE terms SET end_date = ? WHERE id = ?').run(endDate, open.id);
    const closed = { ...open, endDate };
    appendAudit(ctx.db, { user: ctx.user, action: 'term.close', entity: 'term', entityId: open.id, before: open, after: closed });
    return closed;
  }).immediate();
}
