/**
 * Terms (nhiệm kỳ) of an outgoing book. Closing a term ends every term-scoped sequence; the next
 * term, opened with its start date, starts them all again at 01 (spec §4). Written on the store:
 * the same code on SQLite and PostgreSQL.
 */
import { checkDateInRange } from '../../../common/rules/date-line';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { getOutBook } from './books';
import { isIsoDate } from '../sql';
import type { Term } from '../types';

interface TermRow { id: number; book_id: number; name: string; start_date: string; end_date: string | null }
const toTerm = (r: TermRow): Term => ({ id: r.id, bookId: r.book_id, name: r.name, startDate: r.start_date, endDate: r.end_date });

/** Terms of a book, oldest first. */
export function listTerms(ctx: Ctx, bookId: number): Term[] {
  const { store } = ctx;
  return store.all(store.db.selectFrom('terms').selectAll().where('book_id', '=', bookId).orderBy('start_date').orderBy('id')).map(toTerm);
}

/** Opens a term from `startDate`; the previous term must be closed before that date. */
export function openTerm(ctx: Ctx, bookId: number, name: string, startDate: string): Term {
  check(isIsoDate(startDate), `Ngày bắt đầu nhiệm kỳ "${startDate}" không hợp lệ (dạng yyyy-mm-dd).`);
  const outside = checkDateInRange(startDate, 'Ngày bắt đầu nhiệm kỳ');
  check(outside === null, outside ?? '');
  check(name.trim().length > 0, 'Tên nhiệm kỳ không được để trống (ví dụ "2025–2030").');
  const { store } = ctx;
  return store.transaction(() => {
    getOutBook(ctx, bookId);
    const terms = listTerms(ctx, bookId);
    const open = terms.find((t) => t.endDate === null);
    if (open) throw new RegistryError('conflict', `Nhiệm kỳ "${open.name}" chưa đóng; hãy đóng nhiệm kỳ trước khi mở nhiệm kỳ mới.`);
    const last = terms[terms.length - 1];
    if (last && last.endDate !== null && startDate <= last.endDate) {
      throw new RegistryError('invalid', `Nhiệm kỳ mới phải bắt đầu sau ngày kết thúc nhiệm kỳ "${last.name}" (${last.endDate}).`);
    }
    const row = store.first(store.db.insertInto('terms').values({ book_id: bookId, name: name.trim(), start_date: startDate }).returningAll())!;
    const term = toTerm(row);
    appendAudit(store, { user: ctx.user, action: 'term.open', entity: 'term', entityId: term.id, after: term });
    return term;
  });
}

/** Closes the open term of a book on `endDate` (inclusive). */
export function closeTerm(ctx: Ctx, bookId: number, endDate: string): Term {
  check(isIsoDate(endDate), `Ngày kết thúc nhiệm kỳ "${endDate}" không hợp lệ (dạng yyyy-mm-dd).`);
  const outside = checkDateInRange(endDate, 'Ngày kết thúc nhiệm kỳ');
  check(outside === null, outside ?? '');
  const { store } = ctx;
  return store.transaction(() => {
    const open = listTerms(ctx, bookId).find((t) => t.endDate === null);
    if (!open) throw new RegistryError('no-term', 'Sổ này không có nhiệm kỳ nào đang mở.');
    check(endDate >= open.startDate, `Ngày kết thúc (${endDate}) trước ngày bắt đầu nhiệm kỳ (${open.startDate}).`);
    const later = store.first(store.db.selectFrom('out_entries').select(['number', 'doc_date'])
      .where('term_id', '=', open.id).where('doc_date', '>', endDate).orderBy('id').limit(1));
    if (later) throw new RegistryError('conflict', `Số ${later.number} đã cấp ngày ${later.doc_date}, sau ngày kết thúc nhiệm kỳ ${endDate}.`);
    store.run(store.db.updateTable('terms').set({ end_date: endDate }).where('id', '=', open.id));
    const closed = { ...open, endDate };
    appendAudit(store, { user: ctx.user, action: 'term.close', entity: 'term', entityId: open.id, before: open, after: closed });
    return closed;
  });
}
