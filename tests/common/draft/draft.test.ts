import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { draftInfo, parseDraft, setNumberAndDate, validateDraft } from '../../../common/draft/draft';
import { draftJsonSchema } from '../../../common/draft/json-schema';
import { profileOfDraft } from '../../../common/draft/profile';
import { defaultOrganisation, findTemplate } from '../../../main/templates';
import { body, closing, doc, draftOf, header, p, recipients, signature, title } from '../../helpers/builders';

const good = () => draftOf(doc(header(), title(), body(p('Nội dung.')), closing(signature(), recipients())));

function messageOf(value: unknown): string {
  const r = validateDraft(value);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

describe('loading a draft', () => {
  it('accepts a well-formed draft', () => {
    expect(validateDraft(good()).ok).toBe(true);
  });

  it('explains malformed JSON', () => {
    const r = parseDraft('{"format": "vanthu-draft",');
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toMatch(/không phải JSON hợp lệ/);
  });

  it('recognises a file that is not a draft', () => {
    expect(messageOf({ hello: 1 })).toMatch(/không phải là bản thảo vanthu/);
  });

  it('refuses a draft of a newer version', () => {
    expect(messageOf({ ...good(), version: 9 })).toMatch(/phiên bản vanthu mới hơn/);
  });

  it('names the field: empty issuing body', () => {
    const d = draftOf(doc(header({ issuer: '  ' }), title(), body(p('x')), closing(signature(), recipients())));
    expect(messageOf(d)).toBe('Tên cơ quan ban hành (header.issuer) chưa được điền.');
  });

  it('names the field: impossible date', () => {
    const d = draftOf(doc(header({ date: '2021-02-31' }), title(), body(p('x')), closing(signature(), recipients())));
    expect(messageOf(d)).toMatch(/^Ngày tháng văn bản \(header\.date\) không có trên lịch\.$/);
  });

  it('names the field: a number with letters', () => {
    const d = good();
    (d.doc.content as { attrs: Record<string, unknown> }[])[0].attrs.serial = '04a';
    expect(messageOf(d)).toMatch(/^Số văn bản \(header\.serial\)/);
  });

  it('names the field: missing summary and signer', () => {
    expect(messageOf(draftOf(doc(header(), title({ summary: '' }), body(p('x')), closing(signature(), recipients())))))
      .toMatch(/Trích yếu nội dung/);
    expect(messageOf(draftOf(doc(header(), title(), body(p('x')), closing(signature({ name: '' }), recipients())))))
      .toMatch(/Họ tên người ký/);
  });

  it('refuses a document whose parts are out of order', () => {
    const d = good();
    const c = d.doc.content as unknown[];
    [c[0], c[1]] = [c[1], c[0]];
    expect(messageOf(d)).toMatch(/Cấu trúc văn bản/);
  });
});

describe('numbering a draft', () => {
  const org = defaultOrganisation();
  const draft = createDraft(findTemplate('nghi-quyet')!, org);

  it('writes the serial and date into the header and reads them back', () => {
    const numbered = setNumberAndDate(draft, 4, '2021-03-06');
    expect(draftInfo(numbered)).toMatchObject({ number: '04-NQ/TU', date: '2021-03-06', typeCode: 'NQ', issuer: 'TỈNH ỦY NINH BÌNH' });
    expect(draftInfo(draft).number).toBeNull();
    expect(validateDraft(numbered).ok).toBe(true);
  });

  it('refuses a bad serial or date', () => {
    expect(() => setNumberAndDate(draft, 0, '2021-03-06')).toThrow();
    expect(() => setNumberAndDate(draft, 4, '2021-02-30')).toThrow(/không có trên lịch/);
  });

  it('lists the printed recipient lines, the Lưu line last', () => {
    const lines = draftInfo(draft).recipients;
    expect(lines[0]).toBe('- Ban Bí thư Trung ương Đảng,');
    expect(lines.at(-1)).toBe('- Lưu Văn phòng Tỉnh ủy.');
  });
});

describe('the profile of a draft', () => {
  const org = defaultOrganisation();
  const t = findTemplate('nghi-quyet')!;

  it('is the one in force on its date, today while undated', () => {
    expect(profileOfDraft(setNumberAndDate(createDraft(t, org), 1, '2026-03-06')).id).toBe('hd36-2018');
    expect(profileOfDraft(setNumberAndDate(createDraft(t, org), 1, '2026-09-05')).id).toBe('hd05-2026');
    expect(profileOfDraft(createDraft(t, org), '2026-01-10').id).toBe('hd36-2018');
  });

  it('follows the profile and overrides the draft carries, for the registers too', () => {
    const pinned = { ...org, layout: { profile: 'hd36-2018', override: { wording: { recipientSeparator: ';' } } } };
    const draft = setNumberAndDate(createDraft(t, pinned), 2, '2026-09-05');
    expect(profileOfDraft(draft).id).toBe('hd36-2018');
    expect(draftInfo(draft).recipients[0]).toBe('- Ban Bí thư Trung ương Đảng;');
  });
});

describe('the JSON Schema in docs/', () => {
  it('is the one generated from the code (run npm run schema after changing the format)', () => {
    expect(JSON.parse(readFileSync('docs/draft.schema.json', 'utf8'))).toEqual(draftJsonSchema());
  });
});
