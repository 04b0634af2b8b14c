/**
 * The default Nơi nhận of each document type: groups and single lines of the address book, in
 * order. A new draft of the type starts with them (a type without a list keeps its template's).
 */
import type { RecipientRef } from '../../../common/api/domains/desk-care';
import type { RecipientItem } from '../../../common/org/organisation';
import { findDocType } from '../../../common/rules/doc-types';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { getGroup } from './recipient-groups';

interface DefaultRow { type_id: string; group_id: number | null; entry_id: number | null }

function refOf(r: DefaultRow): RecipientRef {
  return r.group_id !== null ? { group: r.group_id } : { entry: r.entry_id! };
}

/** The default list of every type that has one, by type id. */
export function listDefaults(ctx: Ctx): Record<string, RecipientRef[]> {
  const out: Record<string, RecipientRef[]> = {};
  const s = ctx.store;
  for (const r of s.all(s.db.selectFrom('recipient_defaults').select(['type_id', 'group_id', 'entry_id']).orderBy('type_id').orderBy('position'))) {
    (out[r.type_id] ??= []).push(refOf(r));
  }
  return out;
}

/** Replaces the default list of a type; an empty list gives the type back its template's Nơi nhận. */
export function setDefaults(ctx: Ctx, typeId: string, refs: RecipientRef[]): RecipientRef[] {
  check(findDocType(typeId), `Không có loại văn bản "${typeId}".`);
  const s = ctx.store;
  s.transaction(() => {
    s.run(s.db.deleteFrom('recipient_defaults').where('type_id', '=', typeId));
    refs.forEach((ref, i) => {
      const [table, id] = 'group' in ref ? ['recipient_groups' as const, ref.group] : ['recipient_entries' as const, ref.entry];
      // PostgreSQL: the group or line is locked, so a removal in another window waits for this list (or is seen missing).
      if (!s.first(s.db.selectFrom(table).select('id').where('id', '=', id).$if(s.engine === 'postgres', (q) => q.forUpdate()))) {
        throw new RegistryError('not-found', `${'group' in ref ? 'Nhóm' : 'Dòng'} nơi nhận mã ${id} không còn trong sổ.`);
      }
      s.run(s.db.insertInto('recipient_defaults').values({
        type_id: typeId, position: i, group_id: 'group' in ref ? ref.group : null, entry_id: 'entry' in ref ? ref.entry : null,
      }));
    });
  });
  return listDefaults(ctx)[typeId] ?? [];
}

/**
 * The Nơi nhận items a new draft of `typeId` starts with: a group is one bracketed item with its
 * purpose, a single line an item of its own. Null when the type has no default list.
 */
export function defaultItems(ctx: Ctx, typeId: string): RecipientItem[] | null {
  const s = ctx.store;
  const rows = s.all(s.db.selectFrom('recipient_defaults').select(['type_id', 'group_id', 'entry_id']).where('type_id', '=', typeId).orderBy('position'));
  if (rows.length === 0) return null;
  const items: RecipientItem[] = [];
  for (const r of rows) {
    if (r.group_id !== null) {
      const g = getGroup(ctx, r.group_id);
      if (g && g.members.length) items.push({ lines: g.members.map((m) => m.text), purpose: g.purpose });
    } else {
      const e = s.first(s.db.selectFrom('recipient_entries').select('text').where('id', '=', r.entry_id!));
      if (e) items.push({ lines: [e.text], purpose: '' });
    }
  }
  return items;
}
