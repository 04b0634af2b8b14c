/**
 * The lines of the Nơi nhận address book: kept as the clerk reads them ("Các ban xây dựng Đảng của
 * Tỉnh ủy", no "- " nor ","), counted by use; filled from the organisation profile and from the
 * recipients of the issued documents of the outgoing register.
 */
import { createHash } from 'node:crypto';
import type { RecipientEntry, RecipientSource } from '../../../common/api/domains/desk-care';
import { FIELD_LIMITS } from '../../../common/draft/limits';
import { cleanRecipient } from '../../../common/rules/recipients';
import { foldVietnamese } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { nowIso } from '../sql';
import { inserting, lockDesk } from './lock';

const MAX = FIELD_LIMITS['recipients.items'];

/** Entries marked counted per INSERT. */
const COUNTED_BATCH = 500;

/** A line as stored: NFC, single spaces, without the "- " and the end mark the layout adds. */
export function cleanLine(text: string): string {
  const clean = cleanRecipient(text).replace(/\s+/g, ' ');
  check(clean.length > 0 && clean.length <= MAX, `Dòng nơi nhận phải có từ 1 đến ${MAX} ký tự.`);
  return clean;
}

/** Adds a line (or counts `uses` more uses of it); returns its id. */
export function upsertEntry(ctx: Ctx, text: string, source: RecipientSource, uses = 0): number {
  const clean = cleanLine(text);
  const s = ctx.store;
  return s.first(s.db.insertInto('recipient_entries').values({ text: clean, folded: foldVietnamese(clean), uses, source, updated_at: nowIso() })
    .onConflict((oc) => oc.column('text').doUpdateSet((eb) => ({ uses: eb('recipient_entries.uses', '+', uses) })))
    .returning('id'))!.id;
}

/** Every line, most used first, then by name. */
export function listEntries(ctx: Ctx): RecipientEntry[] {
  const s = ctx.store;
  return s.all(s.db.selectFrom('recipient_entries').select(['id', 'text', 'uses', 'source']).orderBy('uses', 'desc').orderBy('folded').orderBy('id'));
}

/** Adds a line typed by the clerk, or renames the line `id` (groups and defaults follow it). */
export function saveEntry(ctx: Ctx, input: { id?: number; text: string }): RecipientEntry {
  const clean = cleanLine(input.text);
  const s = ctx.store;
  const id = inserting(() => s.transaction(() => {
    const same = s.first(s.db.selectFrom('recipient_entries').select('id').where('text', '=', clean));
    if (input.id === undefined) return same?.id ?? upsertEntry(ctx, clean, 'user');
    if (same && same.id !== input.id) throw new RegistryError('conflict', `Sổ nơi nhận đã có dòng "${clean}".`);
    const r = s.run(s.db.updateTable('recipient_entries').set({ text: clean, folded: foldVietnamese(clean), updated_at: nowIso() }).where('id', '=', input.id));
    if (r.changes === 0) throw new RegistryError('not-found', `Không có dòng nơi nhận mã ${input.id}.`);
    return input.id;
  }), `Sổ nơi nhận đã có dòng "${clean}".`);
  return s.first(s.db.selectFrom('recipient_entries').select(['id', 'text', 'uses', 'source']).where('id', '=', id))!;
}

/** Removes a line; it leaves the groups and the default lists it was in. */
export function removeEntry(ctx: Ctx, id: number): boolean {
  const s = ctx.store;
  return s.run(s.db.deleteFrom('recipient_entries').where('id', '=', id)).changes > 0;
}

/** The issued outgoing entries whose recipients are not counted yet (alias `o`). */
function uncounted(ctx: Ctx) {
  return ctx.store.db.selectFrom('out_entries as o').where('o.status', '=', 'issued')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('recipient_counted as c').select('c.out_id').whereRef('c.out_id', '=', 'o.id'))));
}

/**
 * Brings into the book the lines of the organisation profile (once per change of those lines, so a
 * line the clerk removed stays removed) and the recipients of issued documents not counted yet.
 * True when the profile's lines were taken in this call.
 */
export function syncEntries(ctx: Ctx, orgLines: string[]): boolean {
  const lines = orgLines.map((l) => cleanRecipient(l)).filter((l) => l.length > 0 && l.length <= MAX);
  const hash = createHash('sha256').update(JSON.stringify(lines)).digest('hex');
  const s = ctx.store;
  const syncedHash = () => s.first(s.db.selectFrom('recipient_sync').select('value').where('key', '=', 'org'))?.value;
  if (syncedHash() === hash && !s.first(uncounted(ctx).select('o.id').limit(1))) return false;
  return s.transaction(() => {
    // Read again inside the write lock: another window may have synced meanwhile (PostgreSQL: the lock of the sync).
    lockDesk(ctx, 'recipient-sync');
    const taken = syncedHash() !== hash;
    const issued = s.all(uncounted(ctx).select(['o.id', 'o.recipients']));
    if (taken) {
      for (const l of lines) upsertEntry(ctx, l, 'org');
      s.run(s.db.insertInto('recipient_sync').values({ key: 'org', value: hash })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value') })));
    }
    const counts = new Map<string, number>();
    for (const e of issued) {
      let list: unknown = [];
      try { list = JSON.parse(e.recipients); } catch { /* a damaged cell counts as empty */ }
      for (const l of Array.isArray(list) ? list : []) {
        const clean = typeof l === 'string' ? cleanRecipient(l).replace(/\s+/g, ' ') : '';
        if (clean && clean.length <= MAX) counts.set(clean, (counts.get(clean) ?? 0) + 1);
      }
    }
    // Exactly the entries read above: on PostgreSQL another client may issue a number meanwhile (counted next time).
    for (let i = 0; i < issued.length; i += COUNTED_BATCH) {
      s.run(s.db.insertInto('recipient_counted').values(issued.slice(i, i + COUNTED_BATCH).map((e) => ({ out_id: e.id }))));
    }
    for (const [text, uses] of counts) upsertEntry(ctx, text, 'register', uses);
    return taken;
  });
}
