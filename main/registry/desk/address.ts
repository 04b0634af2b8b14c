/** The address book of sender bodies: autocomplete by folded prefix or word, most used first. */
import { foldVietnamese, nfc } from '../../../common/text/normalize';
import type { AddressRow } from '../../../common/api/domains/desk-types';
import type { Ctx } from '../context';
import { check } from '../errors';
import { nowIso } from '../sql';

/**
 * Whether the folded query words match the folded name: in order, each word is the start of a
 * word of the name ("ban to chuc") or the initials of consecutive words ("vp trung" → Văn phòng Trung ương).
 */
export function senderMatches(name: string, words: string[]): boolean {
  const parts = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let pos = 0;
  for (const w of words) {
    let found = -1;
    for (let j = pos; j < parts.length && found < 0; j++) {
      if (parts[j].startsWith(w)) found = j + 1;
      else if (w.length > 1 && parts.slice(j, j + w.length).map((x) => x[0]).join('') === w) found = j + w.length;
    }
    if (found < 0) return false;
    pos = found;
  }
  return true;
}

/** Bodies matching `query` (see senderMatches), most used first (all when empty). */
export function suggestSenders(ctx: Ctx, query: string, limit = 8): AddressRow[] {
  const words = foldVietnamese(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (query.trim() && !words.length) return [];
  const s = ctx.store;
  const all = s.all(s.db.selectFrom('address_book').select(['id', 'name', 'uses', 'folded']).orderBy('uses', 'desc').orderBy('folded').orderBy('id'));
  const out: AddressRow[] = [];
  for (const a of all) {
    if (out.length >= limit) break;
    if (senderMatches(a.folded, words)) out.push({ id: a.id, name: a.name, uses: a.uses });
  }
  return out;
}

/** Adds a body (or counts one more use of it). */
export function touchSender(ctx: Ctx, name: string, count = true): AddressRow {
  const clean = nfc(name).trim().replace(/\s+/g, ' ');
  check(clean.length > 0 && clean.length <= 200, 'Tên cơ quan gửi phải có từ 1 đến 200 ký tự.');
  const s = ctx.store;
  const uses = count ? 1 : 0;
  const at = nowIso();
  return s.first(s.db.insertInto('address_book').values({ name: clean, folded: foldVietnamese(clean), uses, last_used: at })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ uses: eb('address_book.uses', '+', uses), last_used: at })))
    .returning(['id', 'name', 'uses']))!;
}

/** Every body of the address book, by name. */
export function listAddresses(ctx: Ctx): AddressRow[] {
  const s = ctx.store;
  return s.all(s.db.selectFrom('address_book').select(['id', 'name', 'uses']).orderBy('folded').orderBy('id'));
}

/** Removes a body from the address book (registered entries keep their sender text). */
export function removeAddress(ctx: Ctx, id: number): void {
  const s = ctx.store;
  s.run(s.db.deleteFrom('address_book').where('id', '=', id));
}
