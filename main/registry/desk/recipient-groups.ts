/** Named groups of Nơi nhận lines ("Báo cáo cấp trên": two lines, "để báo cáo"). */
import type { RecipientGroup } from '../../../common/api/domains/desk-care';
import { FIELD_LIMITS, LIST_LIMITS } from '../../../common/draft/limits';
import { nfc } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { nowIso } from '../sql';
import { inserting } from './lock';
import { cleanLine, upsertEntry } from './recipient-entries';

/** What the clerk fills in for a group. */
export interface GroupInput { id?: number; name: string; purpose: string; lines: string[] }

function members(ctx: Ctx, groupId: number): { id: number; text: string }[] {
  const s = ctx.store;
  return s.all(s.db.selectFrom('recipient_group_members as m').innerJoin('recipient_entries as e', 'e.id', 'm.entry_id')
    .select(['e.id', 'e.text']).where('m.group_id', '=', groupId).orderBy('m.position'));
}

/** One group with its lines in order, or null. */
export function getGroup(ctx: Ctx, id: number): RecipientGroup | null {
  const s = ctx.store;
  const g = s.first(s.db.selectFrom('recipient_groups').select(['id', 'name', 'purpose']).where('id', '=', id));
  return g ? { ...g, members: members(ctx, g.id) } : null;
}

/** Every group, by name. */
export function listGroups(ctx: Ctx): RecipientGroup[] {
  const s = ctx.store;
  const rows = s.all(s.db.selectFrom('recipient_groups').select('id').orderBy('name'));
  return rows.map((r) => getGroup(ctx, r.id)!);
}

/** Creates or replaces a group; its lines are added to the book when new. */
export function saveGroup(ctx: Ctx, input: GroupInput): RecipientGroup {
  const name = nfc(input.name).trim().replace(/\s+/g, ' ');
  const purpose = nfc(input.purpose).trim();
  check(name.length > 0 && name.length <= 200, 'Tên nhóm nơi nhận phải có từ 1 đến 200 ký tự.');
  check(purpose.length <= FIELD_LIMITS['recipients.purpose'], `Mục đích gửi dài quá ${FIELD_LIMITS['recipients.purpose']} ký tự.`);
  check(input.lines.length <= LIST_LIMITS['recipients.lines'], `Một nhóm có nhiều nhất ${LIST_LIMITS['recipients.lines']} dòng nơi nhận.`);
  const lines = [...new Set(input.lines.map(cleanLine))];
  const s = ctx.store;
  const id = inserting(() => s.transaction(() => {
    const same = s.first(s.db.selectFrom('recipient_groups').select('id').where('name', '=', name));
    if (same && same.id !== input.id) throw new RegistryError('conflict', `Đã có nhóm nơi nhận tên "${name}".`);
    let gid = input.id;
    if (gid === undefined) {
      gid = s.first(s.db.insertInto('recipient_groups').values({ name, purpose, updated_at: nowIso() }).returning('id'))!.id;
    } else if (s.run(s.db.updateTable('recipient_groups').set({ name, purpose, updated_at: nowIso() }).where('id', '=', gid)).changes === 0) {
      throw new RegistryError('not-found', `Không có nhóm nơi nhận mã ${gid}.`);
    }
    const group = gid;
    s.run(s.db.deleteFrom('recipient_group_members').where('group_id', '=', group));
    lines.forEach((l, i) => s.run(s.db.insertInto('recipient_group_members').values({ group_id: group, entry_id: upsertEntry(ctx, l, 'user'), position: i })));
    return group;
  }), `Đã có nhóm nơi nhận tên "${name}".`);
  return getGroup(ctx, id)!;
}

/** Removes a group (its lines stay in the book; the default lists lose it). */
export function removeGroup(ctx: Ctx, id: number): boolean {
  const s = ctx.store;
  return s.run(s.db.deleteFrom('recipient_groups').where('id', '=', id)).changes > 0;
}
