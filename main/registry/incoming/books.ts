/**
 * Incoming books: one per kind and calendar year (spec §5.1: numbers run per year and per book;
 * separate books for secret documents and for complaint letters). Created on first use.
 */
import { isSecret } from '../../../common/rules/secrecy-urgency';
import type { Ctx } from '../context';
import { stmt } from '../sql';
import type { InBook, InBookKind } from '../types';

/** Printed names of the incoming books. */
export const IN_BOOK_NAMES: Record<InBookKind, string> = {
  thuong: 'Sổ đăng ký văn bản đến',
  mat: 'Sổ đăng ký văn bản mật đến',
  'don-thu': 'Sổ đăng ký đơn, thư khiếu nại, tố cáo',
};

interface Row { id: number; kind: InBookKind; year: number; name: string }
const toBook = (r: Row): InBook => ({ id: r.id, kind: r.kind, year: r.year, name: r.name });

/** The kind of book an incoming document goes to. */
export function inBookKind(input: { secrecy?: string; complaint?: boolean }): InBookKind {
  if (input.complaint) return 'don-thu';
  return isSecret(input.secrecy) ? 'mat' : 'thuong';
}

/** The book of a kind and year, created when missing (call inside a write transaction). */
export function inBookFor(ctx: Ctx, kind: InBookKind, year: number): InBook {
  const found = stmt(ctx.db, 'SELECT * FROM in_books WHERE kind = ? AND year = ?').get(kind, year) as Row | undefined;
  if (found) return toBook(found);
  const name = `${IN_BOOK_NAMES[kind]} năm ${year}`;
  const id = Number(stmt(ctx.db, 'INSERT INTO in_books (kind, year, name) VALUES (?, ?, ?)').run(kind, year, name).lastInsertRowid);
  return { id, kind, year, name };
}

/** Lists incoming books, optionally of one year. */
export function listInBooks(ctx: Ctx, year?: number): InBook[] {
  return (stmt(ctx.db, 'SELECT * FROM in_books WHERE (? IS NULL OR year = ?) ORDER BY year, id').all(year ?? null, year ?? null) as Row[]).map(toBook);
}
