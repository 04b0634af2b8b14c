/** The address book of sender bodies: autocomplete by folded prefix or word, most used first. */
import { foldVietnamese, nfc } from '../../../common/text/normalize';
import type { AddressRow } from '../../../common/api/domains/desk-types';
import type { Ctx } from '../context';
import { check } from '../errors';
import { nowIso, stmt } from '../sql';

/** Bodies whose folded name contains the folded `query`, most used first (all when empty). */
export function suggestSenders(ctx: Ctx, query: string, limit = 8): AddressRow[] {
  const q = foldVietnamese(query.trim()).replace(/[%_\\]/g, (c) => `\\${c}`);
  return stmt(ctx.db, `SELECT id, name, uses FROM address_book WHERE folded LIKE @pre ESCAPE '\\' OR folded LIKE @word ESCAPE '\\'
    ORDER BY (folded LIKE @pre ESCAPE '\\') DESC, uses DESC, name LIMIT @limit`)
    .all({ pre: `${q}%`, word: `% ${q}%`, limit }) as AddressRow[];
}

/** Adds a body (or counts one more use of it). */
export function touchSender(ctx: Ctx, name: string, count = true): AddressRow {
  const clean = nfc(name).trim().replace(/\s+/g, ' ');
  check(clean.length > 0 && clean.length <= 200, 'Tên cơ quan gửi phải có từ 1 đến 200 ký tự.');
  stmt(ctx.db, `INSERT INTO address_book (name, folded, uses, last_used) VALUES (@name, @folded, @uses, @at)
    ON CONFLICT(name) DO UPDATE SET uses = uses + @uses, last_used = @at`)
    .run({ name: clean, folded: foldVietnamese(clean), uses: count ? 1 : 0, at: nowIso() });
  return stmt(ctx.db, 'SELECT id, name, uses FROM address_book WHERE name = ?').get(clean) as AddressRow;
}

/** Every body of the address book, by name. */
export function listAddresses(ctx: Ctx): AddressRow[] {
  return stmt(ctx.db, 'SELECT id, name, uses FROM address_book ORDER BY folded').all() as AddressRow[];
}

/** Removes a body from the address book (registered entries keep their sender text). */
export function removeAddress(ctx: Ctx, id: number): void {
  stmt(ctx.db, 'DELETE FROM address_book WHERE id = ?').run(id);
}
