/**
 * Outgoing books: one per issuing body (ký hiệu cơ quan), with the numbering scope per type
 * (term | year | shared) and the secret-sequence setting. Books are data; a book is never deleted.
 */
import type { NumberingScope } from '../../../common/rules/doc-types';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { nowIso, stmt } from '../sql';
import type { OutBook } from '../types';

const SCOPES: readonly NumberingScope[] = ['term', 'year', 'shared'];

interface BookRow { id: number; issuer_code: string; name: string; default_scope: NumberingScope | null; secret_separate: number; closed: number }

function toBook(ctx: Ctx, r: BookRow): OutBook {
  const scopes: Record<string, NumberingScope> = {};
  for (const s of stmt(ctx.db, 'SELECT type_code, scope FROM out_type_scopes WHERE book_id = ?').all(r.id) as { type_code: string; scope: NumberingScope }[]) {
    scopes[s.type_code] = s.scope;
  }
  return { id: r.id, issuerCode: r.issuer_code, name: r.name, defaultScope: r.default_scope, secretSeparate: r.secret_separate === 1, scopes, closed: r.closed === 1 };
}

/** Lists the outgoing books. */
export function listOutBooks(ctx: Ctx): OutBook[] {
  return (stmt(ctx.db, 'SELECT * FROM out_books ORDER BY id').all() as BookRow[]).map((r) => toBook(ctx, r));
}

/** One book by id; throws 'not-found'. */
export function getOutBook(ctx: Ctx, id: number): OutBook {
  const r = stmt(ctx.db, 'SELECT * FROM out_books WHERE id = ?').get(id) as BookRow | undefined;
  if (!r) throw new RegistryError('not-found', `Không có sổ văn bản đi số ${id}.`);
  return toBook(ctx, r);
}

/** The book of an issuer symbol ("TU"), or undefined. */
export function findOutBook(ctx: Ctx, issuerCode: string): OutBook | undefined {
  const r = stmt(ctx.db, 'SELECT * FROM out_books WHERE issuer_code = ?').get(issuerCode.normalize('NFC')) as BookRow | undefined;
  return r && toBook(ctx, r);
}

/** Creates an outgoing book for an issuer. */
export function createOutBook(ctx: Ctx, input: { issuerCode: string; name: string; defaultScope?: NumberingScope | null; secretSeparate?: boolean }): OutBook {
  const issuerCode = input.issuerCode.normalize('NFC').trim();
  check(/^[A-Za-zĐđ]{1,12}$/u.test(issuerCode), `Ký hiệu cơ quan "${input.issuerCode}" không hợp lệ (chỉ gồm chữ cái, ví dụ TU, ĐUK).`);
  check(input.name.trim().length > 0, 'Tên sổ không được để trống.');
  check(input.defaultScope == null || SCOPES.includes(input.defaultScope), `Phạm vi đánh số "${input.defaultScope}" không hợp lệ (term, year, shared).`);
  if (findOutBook(ctx, issuerCode)) throw new RegistryError('conflict', `Đã có sổ văn bản đi của cơ quan ký hiệu "${issuerCode}".`);
  return ctx.db.transaction(() => {
    const id = Number(stmt(ctx.db, `INSERT INTO out_books (issuer_code, name, default_scope, secret_separate, created_at)
      VALUES (?, ?, ?, ?, ?)`).run(issuerCode, input.name.trim(), input.defaultScope ?? null, input.secretSeparate ? 1 : 0, nowIso()).lastInsertRowid);
    const book = getOutBook(ctx, id);
    appendAudit(ctx.db, { user: ctx.user, action: 'book.create', entity: 'out_book', entityId: id, after: book });
    return book;
  }).immediate();
}

/** Sets the numbering scope of one type code in a book (e.g. Giấy mời per calendar year). */
export function setTypeScope(ctx: Ctx, bookId: number, typeCode: string, scope: NumberingScope): OutBook {
  check(SCOPES.includes(scope), `Phạm vi đánh số "${scope}" không hợp lệ (term, year, shared).`);
  check(typeCode.trim().length > 0, 'Thiếu ký hiệu loại văn bản.');
  return ctx.db.transaction(() => {
    const before = getOutBook(ctx, bookId);
    stmt(ctx.db, `INSERT INTO out_type_scopes (book_id, type_code, scope) VALUES (?, ?, ?)
      ON CONFLICT (book_id, type_code) DO UPDATE SET scope = excluded.scope`).run(bookId, typeCode.normalize('NFC'), scope);
    const after = getOutBook(ctx, bookId);
    appendAudit(ctx.db, { user: ctx.user, action: 'book.scope', entity: 'out_book', entityId: bookId, before: before.scopes, after: after.scopes });
    return after;
  }).immediate();
}

/** Keeps secret documents in their own sequence (true) or in their type's (false, the default). */
export function setSecretSeparate(ctx: Ctx, bookId: number, separate: boolean): OutBook {
  return ctx.db.transaction(() => {
    const before = getOutBook(ctx, bookId);
    stmt(ctx.db, 'UPDATE out_books SET secret_separate = ? WHERE id = ?').run(separate ? 1 : 0, bookId);
    appendAudit(ctx.db, { user: ctx.user, action: 'book.secret-separate', entity: 'out_book', entityId: bookId, before: before.secretSeparate, after: separate });
    return getOutBook(ctx, bookId);
  }).immediate();
}
