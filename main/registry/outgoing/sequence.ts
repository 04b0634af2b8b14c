/**
 * The database side of numbering: which sequence a document falls in (book settings + terms +
 * rules of ./numbering.ts), the highest number used in it, and the last number declared by an
 * office that adopts vanthu mid-term. Written on the store: the same code on SQLite and PostgreSQL;
 * a caller that takes a number locks its sequence first (./lock.ts).
 */
import { MAX_SERIAL } from '../../../common/draft/limits';
import { isSecret } from '../../../common/rules/secrecy-urgency';
import { appendAudit } from '../audit/log';
import { getOutBook, listOutBooks } from './books';
import type { Ctx } from '../context';
import { check } from '../errors';
import { nextSerial, scopeOf, sequenceKey, termFor, type SequenceKey } from './numbering';
import { isIsoDate, todayIso } from '../sql';
import { lockSequence } from './lock';
import { listTerms } from './terms';
import type { OutBook } from '../types';

/** A resolved sequence: the key plus the term the document falls in. */
export interface Sequence extends SequenceKey { bookId: number; termId: number | null; termClosed: boolean }

/** Resolves the sequence of a document of `typeCode` dated `date` in `book`. */
export function resolveSequence(ctx: Ctx, book: OutBook, typeCode: string, date: string, secrecy?: string): Sequence {
  check(isIsoDate(date), `Ngày văn bản "${date}" không hợp lệ (dạng yyyy-mm-dd).`);
  check(/^[A-Za-zĐđ]{1,8}$/u.test(typeCode), `Ký hiệu loại văn bản "${typeCode}" không hợp lệ (ví dụ NQ, KL, GM).`);
  const term = termFor(listTerms(ctx, book.id), date);
  const key = sequenceKey({
    scope: scopeOf(typeCode, book), typeCode, secret: isSecret(secrecy), secretSeparate: book.secretSeparate,
    termId: term?.id ?? null, date,
  });
  return { ...key, bookId: book.id, termId: term?.id ?? null, termClosed: term !== undefined && term.endDate !== null };
}

/** The query of the highest serial used (issued, reserved or cancelled) in a sequence (column `m`). */
function highestQuery(ctx: Ctx, s: Sequence) {
  return ctx.store.db.selectFrom('out_entries').select((eb) => eb.fn.max('serial').as('m'))
    .where('book_id', '=', s.bookId).where('seq_code', '=', s.seqCode).where('period', '=', s.period);
}

/** The query of the last-used number declared for a sequence (column `last_used`). */
function declaredQuery(ctx: Ctx, s: Sequence) {
  return ctx.store.db.selectFrom('out_floors').select('last_used')
    .where('book_id', '=', s.bookId).where('seq_code', '=', s.seqCode).where('period', '=', s.period);
}

/** Highest serial used (issued, reserved or cancelled) in a sequence, or null. */
export function highestSerial(ctx: Ctx, s: Sequence): number | null {
  return ctx.store.first(highestQuery(ctx, s))?.m ?? null;
}

/** The last-used number declared for a sequence, or null. */
export function declaredLastUsed(ctx: Ctx, s: Sequence): number | null {
  return ctx.store.first(declaredQuery(ctx, s))?.last_used ?? null;
}

/**
 * The highest serial used and the declared last-used number of a sequence, read in one statement (one
 * round trip to PostgreSQL instead of two; numbering takes it under the sequence's lock).
 */
function usedAndDeclared(ctx: Ctx, s: Sequence): { highest: number | null; declared: number | null } {
  const { store } = ctx;
  const r = store.first(store.db.selectNoFrom([highestQuery(ctx, s).as('highest'), declaredQuery(ctx, s).as('declared')]));
  return { highest: r?.highest ?? null, declared: r?.declared ?? null };
}

/** The serial the next document of the sequence gets. */
export function peekSerial(ctx: Ctx, s: Sequence): number {
  const { highest, declared } = usedAndDeclared(ctx, s);
  const next = nextSerial(highest, declared);
  check(next <= MAX_SERIAL, `Sổ đã dùng hết số của loại ${s.seqCode} (số lớn nhất là ${MAX_SERIAL}); hãy kiểm tra số cuối cùng đã dùng.`);
  return next;
}

/**
 * Declares the last number used for a type before vanthu (mid-term adoption); the next number is
 * one more. Refused when numbers above it were already given by vanthu.
 */
export function setLastUsed(ctx: Ctx, bookId: number, typeCode: string, lastUsed: number, opts: { date?: string; secret?: boolean } = {}): void {
  check(Number.isInteger(lastUsed) && lastUsed >= 0 && lastUsed <= MAX_SERIAL, `Số cuối cùng đã dùng phải là số nguyên từ 0 đến ${MAX_SERIAL}, không phải "${lastUsed}".`);
  const { store } = ctx;
  store.transaction(() => {
    const book = getOutBook(ctx, bookId);
    const seq = resolveSequence(ctx, book, typeCode.normalize('NFC'), opts.date ?? todayIso(), opts.secret ? 'Mật' : '');
    lockSequence(ctx, bookId, seq);
    const highest = highestSerial(ctx, seq);
    check(highest === null || highest <= lastUsed, `Sổ đã cấp đến số ${highest} của loại ${typeCode}; không thể đặt số cuối cùng là ${lastUsed}.`);
    const before = declaredLastUsed(ctx, seq);
    store.run(store.db.insertInto('out_floors').values({ book_id: bookId, seq_code: seq.seqCode, period: seq.period, last_used: lastUsed })
      .onConflict((oc) => oc.columns(['book_id', 'seq_code', 'period']).doUpdateSet((eb) => ({ last_used: eb.ref('excluded.last_used') }))));
    appendAudit(store, { user: ctx.user, action: 'sequence.last-used', entity: 'out_book', entityId: bookId, before: { ...seq, lastUsed: before }, after: { ...seq, lastUsed } });
  });
}

/** The book for an issuer symbol, or the only book when there is exactly one. */
export function pickBook(ctx: Ctx, bookId?: number, issuerCode?: string): OutBook {
  if (bookId !== undefined) return getOutBook(ctx, bookId);
  const books = listOutBooks(ctx);
  const byIssuer = issuerCode ? books.find((b) => b.issuerCode === issuerCode.normalize('NFC')) : undefined;
  if (byIssuer) return byIssuer;
  check(!issuerCode, `Chưa có sổ văn bản đi cho cơ quan ký hiệu "${issuerCode}".`);
  check(books.length > 0, 'Chưa có sổ văn bản đi nào; hãy tạo sổ trước (vanthu registry books add).');
  check(books.length === 1, 'Có nhiều sổ văn bản đi; hãy chọn sổ (--book).');
  return books[0];
}
