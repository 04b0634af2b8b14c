/**
 * Outgoing books: one per issuing body (ký hiệu cơ quan), with the numbering scope per type
 * (term | year | shared) and the secret-sequence setting. Books are data; a book is never deleted.
 * Written on the store (docs/query-layer.md): the same code on SQLite and PostgreSQL.
 */
import type { NumberingScope } from '../../../common/rules/doc-types';
import { appendAudit } from '../audit/log';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { nowIso } from '../sql';
import type { OutBook } from '../types';

const SCOPES: readonly NumberingScope[] = ['term', 'year', 'shared'];

interface BookRow { id: number; issuer_code: string; name: string; default_scope: NumberingScope | null; secret_separate: number; closed: number }

/** The book of row `r` with its per-type scopes (rows of out_type_scopes; null ones, of an outer join, skipped). */
function bookOf(r: BookRow, scopeRows: readonly { type_code: string | null; scope: NumberingScope | null }[]): OutBook {
  const scopes: Record<string, NumberingScope> = {};
  for (const s of scopeRows) if (s.type_code !== null && s.scope !== null) scopes[s.type_code] = s.scope;
  return { id: r.id, issuerCode: r.issuer_code, name: r.name, defaultScope: r.default_scope, secretSeparate: r.secret_separate === 1, scopes, closed: r.closed === 1 };
}

function toBook(ctx: Ctx, r: BookRow): OutBook {
  const { store } = ctx;
  return bookOf(r, store.all(store.db.selectFrom('out_type_scopes').select(['type_code', 'scope']).where('book_id', '=', r.id).orderBy('type_code')));
}

/** Lists the outgoing books. */
export function listOutBooks(ctx: Ctx): OutBook[] {
  const { store } = ctx;
  return store.all(store.db.selectFrom('out_books').selectAll().orderBy('id')).map((r) => toBook(ctx, r));
}

/** One book by id; throws 'not-found'. */
export function getOutBook(ctx: Ctx, id: number): OutBook {
  const { store } = ctx;
  // The book and its per-type scopes in one statement (one round trip to PostgreSQL instead of two).
  const rows = store.all(store.db.selectFrom('out_books as b').leftJoin('out_type_scopes as s', 's.book_id', 'b.id')
    .selectAll('b').select(['s.type_code', 's.scope']).where('b.id', '=', id).orderBy('s.type_code'));
  const r = rows[0];
  if (!r) throw new RegistryError('not-found', `Không có sổ văn bản đi số ${id}.`);
  return bookOf(r, rows);
}

/** The book of an issuer symbol ("TU"), or undefined. */
export function findOutBook(ctx: Ctx, issuerCode: string): OutBook | undefined {
  const { store } = ctx;
  const r = store.first(store.db.selectFrom('out_books').selectAll().where('issuer_code', '=', issuerCode.normalize('NFC')));
  return r && toBook(ctx, r);
}

/** Creates an outgoing book for an issuer. */
export function createOutBook(ctx: Ctx, input: { issuerCode: string; name: string; defaultScope?: NumberingScope | null; secretSeparate?: boolean }): OutBook {
  const issuerCode = input.issuerCode.normalize('NFC').trim();
  check(/^[A-Za-zĐđ]{1,12}$/u.test(issuerCode), `Ký hiệu cơ quan "${input.issuerCode}" không hợp lệ (chỉ gồm chữ cái, ví dụ TU, ĐUK).`);
  check(input.name.trim().length > 0, 'Tên sổ không được để trống.');
  check(input.defaultScope == null || SCOPES.includes(input.defaultScope), `Phạm vi đánh số "${input.defaultScope}" không hợp lệ (term, year, shared).`);
  if (findOutBook(ctx, issuerCode)) throw new RegistryError('conflict', `Đã có sổ văn bản đi của cơ quan ký hiệu "${issuerCode}".`);
  const { store } = ctx;
  return store.transaction(() => {
    const { id } = store.first(store.db.insertInto('out_books').values({
      issuer_code: issuerCode, name: input.name.trim(), default_scope: input.defaultScope ?? null,
      secret_separate: input.secretSeparate ? 1 : 0, created_at: nowIso(),
    }).returning('id'))!;
    const book = getOutBook(ctx, id);
    appendAudit(store, { user: ctx.user, action: 'book.create', entity: 'out_book', entityId: id, after: book });
    return book;
  });
}

/** Sets the numbering scope of one type code in a book (e.g. Giấy mời per calendar year). */
export function setTypeScope(ctx: Ctx, bookId: number, typeCode: string, scope: NumberingScope): OutBook {
  check(SCOPES.includes(scope), `Phạm vi đánh số "${scope}" không hợp lệ (term, year, shared).`);
  check(typeCode.trim().length > 0, 'Thiếu ký hiệu loại văn bản.');
  const { store } = ctx;
  return store.transaction(() => {
    const before = getOutBook(ctx, bookId);
    store.run(store.db.insertInto('out_type_scopes').values({ book_id: bookId, type_code: typeCode.normalize('NFC'), scope })
      .onConflict((oc) => oc.columns(['book_id', 'type_code']).doUpdateSet((eb) => ({ scope: eb.ref('excluded.scope') }))));
    const after = getOutBook(ctx, bookId);
    appendAudit(store, { user: ctx.user, action: 'book.scope', entity: 'out_book', entityId: bookId, before: before.scopes, after: after.scopes });
    return after;
  });
}

/** Keeps secret documents in their own sequence (true) or in their type's (false, the default). */
export function setSecretSeparate(ctx: Ctx, bookId: number, separate: boolean): OutBook {
  const { store } = ctx;
  return store.transaction(() => {
    const before = getOutBook(ctx, bookId);
    store.run(store.db.updateTable('out_books').set({ secret_separate: separate ? 1 : 0 }).where('id', '=', bookId));
    appendAudit(store, { user: ctx.user, action: 'book.secret-separate', entity: 'out_book', entityId: bookId, before: before.secretSeparate, after: separate });
    return getOutBook(ctx, bookId);
  });
}
