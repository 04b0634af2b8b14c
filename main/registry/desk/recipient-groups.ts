/** Named groups of Nơi nhận lines ("Báo cáo cấp trên": two lines, "để báo cáo"). */
import type { RecipientGroup } from '../../../common/api/domains/desk-care';
import { FIELD_LIMITS, LIST_LIMITS } from '../../../common/draft/limits';
import { nfc } from '../../../common/text/normalize';
import type { Ctx } from '../context';
import { check, RegistryError } from '../errors';
import { nowIso, stmt } from '../sql';
import { cleanLine, upsertEntry } from './recipient-entries';

/** What the clerk fills in for a group. */
export interface GroupInput { id?: number; name: string; purpose: string; lines: string[] }

function members(ctx: Ctx, groupId: number): { id: number; text: string }[] {
  return stmt(ctx.db, `SELECT e.id, e.text FROM recipient_group_members m JOIN recipient_entries e ON e.id = m.entry_id
    WHERE m.group_id = ? ORDER BY m.position`).all(groupId) as { id: number; text: string }[];
}

/** One group with its lines in order, or null. */
export function getGroup(ctx: Ctx, id: number): RecipientGroup | null {
  const g = stmt(ctx.db, 'SELECT id, name, purpose FROM recipient_groups WHERE id = ?').get(id) as Omit<RecipientGroup, 'members'> | undefined;
  return g ? { ...g, members: members(ctx, g.id) } : null;
}

/** Every group, by name. */
export function listGroups(ctx: Ctx): RecipientGroup[] {
  const rows = stmt(ctx.db, 'SELECT id FROM recipient_groups ORDER BY name').all() as { id: number }[];
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
  const id = ctx.db.transaction(() => {
    const same = stmt(ctx.db, 'SELECT id FROM recipient_groups WHERE name = ?').get(name) as { id: number } | undefined;
    if (same && same.id !== input.id) throw new RegistryError('conflict', `Đã có nhóm nơi nhận tên "${name}".`);
    let gid = input.id;
    if (gid === undefined) {
      gid = Number(stmt(ctx.db, 'INSERT INTO recipient_groups (name, purpose, updated_at) VALUES (?, ?, ?)').run(name, purpose, nowIso()).lastInsertRowid);
    } else if (stmt(ctx.db, 'UPDATE recipient_groups SET name = ?, purpose = ?, updated_at = ? WHERE id = ?').run(name, purpose, nowIso(), gid).changes === 0) {
      throw new RegistryError('not-found', `Không có nhóm nơi nhận mã ${gid}.`);
    }
    stmt(ctx.db, 'DELETE FROM recipient_group_members WHERE group_id = ?').run(gid);
    lines.forEach((l, i) => stmt(ctx.db, 'INSERT INTO recipient_group_members (group_id, entry_id, position) VALUES (?, ?, ?)')
      .run(gid, upsertEntry(ctx, l, 'user'), i));
    return gid;
  }).immediate();
  return getGroup(ctx, id)!;
}

/** Removes a group (its lines stay in the book; the default lists lose it). */
export function removeGroup(ctx: Ctx, id: number): boolean {
  return stmt(ctx.db, 'DELETE FROM recipient_groups WHERE id = ?').run(id).changes > 0;
}
