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
import { nowIso, stmt } from '../sql';

const MAX = FIELD_LIMITS['recipients.items'];

/** A line as stored: NFC, single spaces, without the "- " and the end mark the layout adds. */
export function cleanLine(text: string): string {
  const clean = cleanRecipient(text).replace(/\s+/g, ' ');
  check(clean.length > 0 && clean.length <= MAX, `Dòng nơi nhận phải có từ 1 đến ${MAX} ký tự.`);
  return clean;
}

/** Adds a line (or counts `uses` more uses of it); returns its id. */
export function upsertEntry(ctx: Ctx, text: string, source: RecipientSource, uses = 0): number {
  const clean = cleanLine(text);
  stmt(ctx.db, `INSERT INTO recipient_entries (text, folded, uses, source, updated_at) VALUES (@text, @folded, @uses, @source, @at)
    ON CONFLICT(text) DO UPDATE SET uses = uses + @uses`).run({ text: clean, folded: foldVietnamese(clean), uses, source, at: nowIso() });
  return (stmt(ctx.db, 'SELECT id FROM recipient_entries WHERE text = ?').get(clean) as { id: number }).id;
}

/** Every line, most used first, then by name. */
export function listEntries(ctx: Ctx): RecipientEntry[] {
  return stmt(ctx.db, 'SELECT id, text, uses, source FROM recipient_entries ORDER BY uses DESC, folded').all() as RecipientEntry[];
}

/** Adds a line typed by the clerk, or renames the line `id` (groups and defaults follow it). */
export function saveEntry(ctx: Ctx, input: { id?: number; text: string }): RecipientEntry {
  const clean = cleanLine(input.text);
  const id = ctx.db.transaction(() => {
    const same = stmt(ctx.db, 'SELECT id FROM recipient_entries WHERE text = ?').get(clean) as { id: number } | undefined;
    if (input.id === undefined) return same?.id ?? upsertEntry(ctx, clean, 'user');
    if (same && same.id !== input.id) throw new RegistryError('conflict', `Sổ nơi nhận đã có dòng "${clean}".`);
    const r = stmt(ctx.db, 'UPDATE recipient_entries SET text = ?, folded = ?, updated_at = ? WHERE id = ?').run(clean, foldVietnamese(clean), nowIso(), input.id);
    if (r.changes === 0) throw new RegistryError('not-found', `Không có dòng nơi nhận mã ${input.id}.`);
    return input.id;
  }).immediate();
  return stmt(ctx.db, 'SELECT id, text, uses, source FROM recipient_entries WHERE id = ?').get(id) as RecipientEntry;
}

/** Removes a line; it leaves the groups and the default lists it was in. */
export function removeEntry(ctx: Ctx, id: number): boolean {
  return stmt(ctx.db, 'DELETE FROM recipient_entries WHERE id = ?').run(id).changes > 0;
}

/**
 * Brings into the book the lines of the organisation profile (once per change of those lines, so a
 * line the clerk removed stays removed) and the recipients of issued documents not counted yet.
 * True when the profile's lines were taken in this call.
 */
export function syncEntries(ctx: Ctx, orgLines: string[]): boolean {
  const lines = orgLines.map((l) => cleanRecipient(l)).filter((l) => l.length > 0 && l.length <= MAX);
  const hash = createHash('sha256').update(JSON.stringify(lines)).digest('hex');
  const seen = stmt(ctx.db, "SELECT value FROM recipient_sync WHERE key = 'org'").get() as { value: string } | undefined;
  const uncounted = `FROM out_entries o WHERE status = 'issued' AND NOT EXISTS (SELECT 1 FROM recipient_counted c WHERE c.out_id = o.id)`;
  if (seen?.value === hash && !stmt(ctx.db, `SELECT 1 ${uncounted} LIMIT 1`).get()) return false;
  ctx.db.transaction(() => {
    // Read again inside the write lock: another window may have counted them meanwhile.
    const issued = stmt(ctx.db, `SELECT recipients ${uncounted}`).all() as { recipients: string }[];
    if (seen?.value !== hash) {
      for (const l of lines) upsertEntry(ctx, l, 'org');
      stmt(ctx.db, "INSERT INTO recipient_sync (key, value) VALUES ('org', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(hash);
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
    stmt(ctx.db, `INSERT INTO recipient_counted (out_id) SELECT id ${uncounted}`).run();
    for (const [text, uses] of counts) upsertEntry(ctx, text, 'register', uses);
  }).immediate();
  return seen?.value !== hash;
}
