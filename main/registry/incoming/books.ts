/**
 * Incoming books: one per kind and calendar year (spec §5.1: numbers run per year and per book;
 * separate books for secret documents and for complaint letters). Created on first use. Written on
 * the store (docs/query-layer.md), the same on SQLite and PostgreSQL.
 */
import { isSecret } from '../../../common/rules/secrecy-urgency';
import type { Ctx } from '../context';
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

/** The book row of a kind and year; with `lock`, locked until the transaction ends (PostgreSQL: FOR UPDATE). */
function findBook(ctx: Ctx, kind: InBookKind, year: number, lock: boolean): Row | undefined {
  const s = ctx.store;
  const q = s.db.selectFrom('in_books').select(['id', 'kind', 'year', 'name']).where('kind', '=', kind).where('year', '=', year);
  return s.first(lock && s.engine === 'postgres' ? q.forUpdate() : q);
}

/**
 * The book of a kind and year, created when missing; call inside a write transaction. With `lock`
 * the book's row is locked until that transaction ends: the số đến counter of the book (SQLite's
 * BEGIN IMMEDIATE already holds the whole file; on PostgreSQL, concurrent clerks queue on the row).
 */
export function inBookFor(ctx: Ctx, kind: InBookKind, year: number, lock = false): InBook {
  const found = findBook(ctx, kind, year, lock);
  if (found) return toBook(found);
  // Two clerks may both get here for a new year; ON CONFLICT lets the second wait for the first's row.
  const name = `${IN_BOOK_NAMES[kind]} năm ${year}`;
  ctx.store.run(ctx.store.db.insertInto('in_books').values({ kind, year, name }).onConflict((oc) => oc.columns(['kind', 'year']).doNothing()));
  return toBook(findBook(ctx, kind, year, lock)!);
}

/** Lists incoming books, optionally of one year. */
export function listInBooks(ctx: Ctx, year?: number): InBook[] {
  const s = ctx.store;
  let q = s.db.selectFrom('in_books').select(['id', 'kind', 'year', 'name']);
  if (year != null) q = q.where('year', '=', year);
  return s.all(q.orderBy('year').orderBy('id')).map(toBook);
}
