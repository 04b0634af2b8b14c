/**
 * Every limit of FIELD_LIMITS (common/draft/limits.ts) is both refused by the save validation and
 * reported by the format check as an error naming the field — and the limit itself is accepted by
 * both — so a field over its limit can never show "0 lỗi" with Trình ký enabled.
 */
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { validateDraft, type Draft } from '../../../common/draft/draft';
import { FIELD_LIMITS, LIST_LIMITS, type LimitedField } from '../../../common/draft/limits';
import { schema } from '../../../common/model';
import { HD05 } from '../../../common/profile/hd05';
import { checkDocument } from '../../../common/rules/check';
import { limitLabel } from '../../../common/rules/check-limits';
import { issueBlockers } from '../../../common/rules/issue-gate';
import { appendix, body, closing, doc, draftOf, header, p, recipients, signature, title } from '../../helpers/builders';

const base = () => doc(header({ superior: 'ĐẢNG BỘ TỈNH' }), title({ author: 'CỦA BAN THƯỜNG VỤ', addressees: ['Ban Thường vụ Tỉnh ủy'] }), body(p('Nội dung [[...|gợi ý]].')),
  closing(signature(), recipients({ items: [{ lines: ['Các đảng ủy trực thuộc'], purpose: 'để thực hiện' }] })), appendix('PHỤ LỤC', 'Danh sách', p('x')));

/** The draft with the field `key` set to a text of `length` characters (every part of that name). */
function withField(key: LimitedField, length: number): Draft {
  const [part, field] = key.split('.');
  const text = 'Ậ'.repeat(length);
  let set = false;
  type J = { type: string; attrs?: Record<string, unknown>; content?: J[]; marks?: J[] };
  const json = base().toJSON() as { type: 'doc'; content: J[] };
  const visit = (n: J) => {
    n.marks?.forEach(visit);
    if (n.type === part && n.attrs) {
      const a = n.attrs;
      if (key === 'recipients.items') a.items = [{ lines: [text], purpose: '' }];
      else if (key === 'recipients.purpose') a.items = [{ lines: ['Các đảng ủy'], purpose: text }];
      else if (typeof a[field] === 'string') a[field] = text;
      else if (Array.isArray(a[field])) a[field] = [text];
      else return;
      set = true;
    }
    n.content?.forEach(visit);
  };
  json.content.forEach(visit);
  if (!set) throw new Error(`no field ${key} in the test document: teach withField about it`);
  return { ...draftOf(base()), doc: json };
}

const tooLong = (d: Node) => checkDocument(d, { profile: HD05, typeId: 'nghi-quyet' }).filter((f) => f.code === 'field-too-long');

describe('FIELD_LIMITS: the save and the check agree', () => {
  for (const key of Object.keys(FIELD_LIMITS) as LimitedField[]) {
    const max = FIELD_LIMITS[key];
    it(`${key}: ${max} characters pass, ${max + 1} are refused by the save and reported by the check`, () => {
      const atLimit = withField(key, max);
      const ok = validateDraft(atLimit);
      expect(ok.ok, ok.ok ? '' : ok.message).toBe(true);
      expect(tooLong(schema.nodeFromJSON(atLimit.doc))).toEqual([]);

      const over = withField(key, max + 1);
      const refused = validateDraft(over);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.message).toMatch(new RegExp(`dài quá ${max} ký tự`));
      const found = tooLong(schema.nodeFromJSON(over.doc));
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('error');
      expect(found[0].message).toBe(`${limitLabel(key)} dài quá ${max} ký tự (đang có ${max + 1} ký tự).`);
      expect(issueBlockers(over)).toEqual([refused.ok ? '' : refused.message]);
    });
  }

  it('reports lists longer than LIST_LIMITS', () => {
    const lines = Array.from({ length: LIST_LIMITS['recipients.lines'] + 1 }, (_, i) => `Đơn vị ${i}`);
    const d = doc(header(), title({ addressees: Array.from({ length: LIST_LIMITS['title.addressees'] + 1 }, () => 'Ban') }), body(p('x')),
      closing(signature(), recipients({ items: [{ lines, purpose: '' }] })));
    expect(validateDraft(draftOf(d)).ok).toBe(false);
    expect(checkDocument(d, { profile: HD05, typeId: 'nghi-quyet' }).filter((f) => f.code === 'list-too-long').map((f) => f.message)).toEqual([
      `Quá nhiều dòng Kính gửi: ${LIST_LIMITS['title.addressees'] + 1}, tối đa ${LIST_LIMITS['title.addressees']}.`,
      `Quá nhiều dòng trong một nhóm Nơi nhận: ${LIST_LIMITS['recipients.lines'] + 1}, tối đa ${LIST_LIMITS['recipients.lines']}.`,
    ]);
  });
});
