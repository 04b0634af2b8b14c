/**
 * Field limits in the format check: every structured field longer than its limit in
 * common/draft/limits.ts (FIELD_LIMITS, the list the save validation reads too) and every list
 * longer than LIST_LIMITS is an error naming the field, so a draft the save would refuse never
 * shows "0 lỗi" or lets Trình ký through.
 */
import type { Node } from 'prosemirror-model';
import { PART_FIELD_LABELS } from '../draft/fields';
import { FIELD_LIMITS, LIST_LIMITS, type LimitedField } from '../draft/limits';
import type { CheckPart, Finding } from './check';

type Add = (f: Omit<Finding, 'pos' | 'severity'> & { severity?: Finding['severity']; pos?: number }) => void;
type Items = { lines: string[]; purpose: string }[];

/** Names of limited fields PART_FIELD_LABELS does not name (a Nơi nhận purpose, appendix attrs, a mark's attr). */
const OTHER_LABELS: Record<string, string> = {
  'recipients.purpose': 'Mục đích gửi ở Nơi nhận',
  'appendix.label': 'Nhãn phụ lục',
  'appendix.title': 'Tên phụ lục',
  'placeholder.hint': 'Gợi ý của chỗ trống mẫu',
};

/** The Vietnamese name of a limited field, for messages. */
export function limitLabel(key: string): string {
  return PART_FIELD_LABELS[key] ?? OTHER_LABELS[key] ?? key;
}

/** The texts a limit applies to in a part's attributes (a field, each line of a list, each Nơi nhận line or purpose). */
export function limitedTexts(key: LimitedField, attrs: Record<string, unknown>): string[] {
  const field = key.slice(key.indexOf('.') + 1);
  if (key === 'recipients.items') return ((attrs.items ?? []) as Items).flatMap((i) => i.lines);
  if (key === 'recipients.purpose') return ((attrs.items ?? []) as Items).map((i) => i.purpose);
  const v = attrs[field];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The form field a finding of `key` focuses (a Nơi nhận purpose is edited with its group). */
function formField(key: string): string {
  return key === 'recipients.purpose' ? 'items' : key.slice(key.indexOf('.') + 1);
}

/**
 * What carries the attrs of `name` with their positions: the parts of that name (header, title,
 * signature, recipients, appendix), or, for a mark (placeholder), each text bearing it (its mark's attrs).
 */
function nodesNamed(doc: Node, name: string): [{ attrs: Record<string, unknown> }, number][] {
  const out: [{ attrs: Record<string, unknown> }, number][] = [];
  const isMark = name in doc.type.schema.marks;
  doc.descendants((n, pos) => {
    if (isMark) {
      for (const m of n.marks) if (m.type.name === name) out.push([m, pos]);
      return true;
    }
    if (n.type.name === name) out.push([n, pos]);
    return n.type.name === 'doc' || n.type.name === 'closing';
  });
  return out;
}

/** Reports every field over its limit; `at` are the positions of the parts. */
export function checkLimits(doc: Node, at: Record<CheckPart, number>, add: Add): void {
  for (const key of Object.keys(FIELD_LIMITS) as LimitedField[]) {
    const name = key.slice(0, key.indexOf('.'));
    const nodes = nodesNamed(doc, name);
    const max = FIELD_LIMITS[key];
    const longest = Math.max(0, ...nodes.flatMap(([n]) => limitedTexts(key, n.attrs)).map((t) => t.length));
    if (longest > max) {
      const part: CheckPart = name in at ? (name as CheckPart) : 'body';
      const pos = nodes.find(([n]) => limitedTexts(key, n.attrs).some((t) => t.length > max))?.[1];
      const label = limitLabel(key);
      add({ code: 'field-too-long', part, pos: pos ?? at[part] ?? 0, field: formField(key), message: `${label} dài quá ${max} ký tự (đang có ${longest} ký tự).` });
    }
  }
  const title = doc.nodeAt(at.title);
  const recipients = doc.nodeAt(at.recipients);
  const lists: [CheckPart, string, number, number][] = [
    ['title', 'addressees', (title?.attrs.addressees ?? []).length, LIST_LIMITS['title.addressees']],
    ['recipients', 'items', ((recipients?.attrs.items ?? []) as Items).length, LIST_LIMITS['recipients.items']],
    ['recipients', 'items', Math.max(0, ...((recipients?.attrs.items ?? []) as Items).map((i) => i.lines.length)), LIST_LIMITS['recipients.lines']],
  ];
  const names = ['dòng Kính gửi', 'nhóm Nơi nhận', 'dòng trong một nhóm Nơi nhận'];
  lists.forEach(([part, field, count, max], i) => {
    if (count > max) add({ code: 'list-too-long', part, field, message: `Quá nhiều ${names[i]}: ${count}, tối đa ${max}.` });
  });
}
