/**
 * The default Nơi nhận of each document type: groups and single lines of the address book, in
 * order. A new draft of the type starts with them (a type without a list keeps its template's).
 */
import type { RecipientRef } from '../../../common/api/domains/desk-care';
import type { RecipientItem } from '../../../common/org/organisation';
import { findDocType } from '../../../common/rules/doc-types';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { stmt } from '../sql';
import { getGroup } from './recipient-groups';

interface DefaultRow { type_id: string; group_id: number | null; entry_id: number | null }

function refOf(r: DefaultRow): RecipientRef {
  return r.group_id !== null ? { group: r.group_id } : { entry: r.entry_id! };
}

/** The default list of every type that has one, by type id. */
export function listDefaults(ctx: Ctx): Record<string, RecipientRef[]> {
  const out: Record<string, RecipientRef[]> = {};
  for (const r of stmt(ctx.db, 'SELECT type_id, group_id, entry_id FROM recipient_defaults ORDER BY type_id, position').all() as DefaultRow[]) {
    (out[r.type_id] ??= []).push(refOf(r));
  }
  return out;
}

/** Replaces the default list of a type; an empty list gives the type back its template's Nơi nhận. */
export function setDefaults(ctx: Ctx, typeId: string, refs: RecipientRef[]): RecipientRef[] {
  check(findDocType(typeId), `Không có loại văn bản "${typeId}".`);
  ctx.db.transaction(() => {
    stmt(ctx.db, 'DELETE FROM recipient_defaults WHERE type_id = ?').run(typeId);
    refs.forEach((ref, i) => {
      const [table, id] = 'group' in ref ? ['recipient_groups', ref.group] : ['recipient_entries', ref.entry];
      if (!stmt(ctx.db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) {
        throw new RegistryError('not-found', `${'group' in ref ? 'Nhóm' : 'Dòng'} nơi nhận mã ${id} không còn trong sổ.`);
      }
      stmt(ctx.db, 'INSERT INTO recipient_defaults (type_id, position, group_id, entry_id) VALUES (?, ?, ?, ?)')
        .run(typeId, i, 'group' in ref ? ref.group : null, 'entry' in ref ? ref.entry : null);
    });
  }).immediate();
  return listDefaults(ctx)[typeId] ?? [];
}

/**
 * The Nơi nhận items a new draft of `typeId` starts with: a group is one bracketed item with its
 * purpose, a single line an item of its own. Null when the type has no default list.
 */
export function defaultItems(ctx: Ctx, typeId: string): RecipientItem[] | null {
  const rows = stmt(ctx.db, 'SELECT type_id, group_id, entry_id FROM recipient_defaults WHERE type_id = ? ORDER BY position').all(typeId) as DefaultRow[];
  if (rows.length === 0) return null;
  const items: RecipientItem[] = [];
  for (const r of rows) {
    if (r.group_id !== null) {
      const g = getGroup(ctx, r.group_id);
      if (g && g.members.length) items.push({ lines: g.members.map((m) => m.text), purpose: g.purpose });
    } else {
      const e = stmt(ctx.db, 'SELECT text FROM recipient_entries WHERE id = ?').get(r.entry_id) as { text: string } | undefined;
      if (e) items.push({ lines: [e.text], purpose: '' });
    }
  }
  return items;
}
