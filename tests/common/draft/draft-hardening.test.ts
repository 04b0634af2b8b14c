/**
 * A draft never carries text XML cannot hold, and every envelope value, attribute, number and date
 * is checked: findings 4 (text), 6 and 15 of the hardening review.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft, validateDraft } from '../../../common/draft/draft';
import { body, closing, doc, draftOf, h1, header, p, recipients, signature, title } from '../../helpers/builders';
import { findPart, partAttrs } from '../../../common/model/parts';

const good = () => draftOf(doc(header(), title(), body(h1('I- MỤC TIÊU'), p('Nội dung.')), closing(signature(), recipients())));

function messageOf(value: unknown): string {
  const r = validateDraft(value);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

function withBlock(d: ReturnType<typeof good>, index: number, change: (node: Record<string, unknown>) => void) {
  const content = (d.doc.content as { type: string; content: Record<string, unknown>[] }[]);
  const bodyNode = content.find((n) => n.type === 'body')!;
  change(bodyNode.content[index]);
  return d;
}

describe('text XML cannot carry never enters a draft', () => {
  it('control characters, U+FFFE/U+FFFF and lone surrogates are removed on load', () => {
    const d = draftOf(doc(
      header({ issuer: 'TỈNH ỦY\u0001 NINH BÌNH' }),
      title({ summary: 'về\u0002 công tác\u001F thử nghiệm' }),
      body(p('Nội\uFFFE dung\uFFFF có\uD800 lỗi\uDC00 và tab\tvẫn giữ.')),
      closing(signature(), recipients()),
    ));
    const r = parseDraft(JSON.stringify(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.firstChild!.attrs.issuer).toBe('TỈNH ỦY NINH BÌNH');
    expect(partAttrs(r.doc, 'title').summary).toBe('về công tác thử nghiệm');
    expect(findPart(r.doc, 'body').textContent).toBe('Nội dung có lỗi và tab\tvẫn giữ.');
    expect(JSON.stringify(r.draft)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
  });

  it('a surrogate pair (an emoji) is kept', () => {
    const r = validateDraft(draftOf(doc(header(), title(), body(p('Chữ 😀 giữ nguyên')), closing(signature(), recipients()))));
    expect(r.ok && findPart(r.doc, 'body').textContent).toBe('Chữ 😀 giữ nguyên');
  });
});

describe('the envelope is checked', () => {
  it('a UTF-8 BOM is accepted', () => {
    expect(parseDraft(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true);
  });

  it('refuses a version that is not a known one', () => {
    expect(messageOf({ ...good(), version: -1 })).toBe('Tệp bản thảo sai ở Phiên bản định dạng: không được nhỏ hơn 1.');
    expect(messageOf({ ...good(), version: 0 })).toMatch(/Phiên bản định dạng/);
    expect(messageOf({ ...good(), version: 1.5 })).toMatch(/Phiên bản định dạng: phải là số nguyên/);
    expect(messageOf({ ...good(), version: '1' })).toMatch(/Phiên bản định dạng: phải là số\./);
  });

  it('refuses an unknown template id', () => {
    expect(messageOf({ ...good(), templateId: 'khong-co' })).toBe('Tệp bản thảo sai ở Mẫu văn bản: "khong-co" không phải mẫu văn bản vanthu có (ví dụ "nghi-quyet", "cong-van").');
  });

  it('refuses an unknown layout profile', () => {
    expect(messageOf({ ...good(), layout: { profile: 'hd99', override: {} } }))
      .toMatch(/^Tệp bản thảo sai ở Quy cách trình bày \(layout\.profile\): .*HD 36 hoặc HD 05/u);
    expect(validateDraft({ ...good(), layout: { profile: 'hd05-2026', override: {} } }).ok).toBe(true);
  });

  it('refuses garbage layout overrides and unknown override keys, accepts real ones', () => {
    expect(messageOf({ ...good(), layout: { profile: null, override: { page: { margins: { left: 'rộng' } } } } }))
      .toBe('Tệp bản thảo sai ở Tùy chỉnh trình bày "page.margins.left": phải là số từ 5 đến 50.');
    expect(messageOf({ ...good(), layout: { profile: null, override: { lol: 1 } } })).toMatch(/có trường không được phép \(lol\)/);
    expect(messageOf({ ...good(), layout: { profile: null, override: { styles: { body: { firstLineMm: 500 } } } } })).toMatch(/phải là số từ 0 đến 30/);
    expect(messageOf({ ...good(), layout: { profile: null, override: { styles: { khong: { sizePt: 14 } } } } })).toMatch(/Tùy chỉnh trình bày/);
    expect(messageOf({ ...good(), layout: { profile: null, override: { id: 'x' } } })).toMatch(/không được phép \(id\)/);
    const real = { wording: { recipientSeparator: ';' }, styles: { body: { firstLineMm: 10 } }, page: { margins: { left: 25 } } };
    expect(validateDraft({ ...good(), layout: { profile: 'hd36-2018', override: real } }).ok).toBe(true);
  });

  it('refuses a deeply nested file with a message, never a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(messageOf({ ...good(), doc: { type: 'doc', content: [deep] } })).toMatch(/lồng nhau quá 64 tầng/);
    expect(parseDraft(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toMatchObject({ ok: false });
  });
});

describe('attributes, numbers and dates are bounded', () => {
  it('refuses a heading level outside 1–3', () => {
    for (const level of [9, 0, '1', null]) {
      expect(messageOf(withBlock(good(), 0, (n) => { (n.attrs as Record<string, unknown>).level = level; }))).toMatch(/Đề mục có cấp .* không hợp lệ \(chỉ nhận cấp 1, 2, 3\)/u);
    }
  });

  it('refuses dates 9999-12-31 and 0001-01-01, with the range in the message', () => {
    for (const date of ['9999-12-31', '0001-01-01', '1929-12-31']) {
      const d = draftOf(doc(header({ date }), title(), body(p('x')), closing(signature(), recipients())));
      expect(messageOf(d)).toMatch(/^Ngày tháng văn bản \(header\.date\) nằm ngoài khoảng cho phép, phải từ 01\/01\/1930 đến \d\d\/\d\d\/\d{4}\.$/u);
    }
    const ok = draftOf(doc(header({ date: '1930-01-01' }), title(), body(p('x')), closing(signature(), recipients())));
    expect(validateDraft(ok).ok).toBe(true);
  });

  it('refuses a serial beyond the register (five digits)', () => {
    const d = draftOf(doc(header({ serial: 1000000001 }), title(), body(p('x')), closing(signature(), recipients())));
    expect(messageOf(d)).toBe('Số văn bản (header.serial) không được lớn hơn 99999.');
  });

  it('a wrong type says which type, not "missing"', () => {
    const d = good();
    (d.doc.content as { attrs: Record<string, unknown> }[])[0].attrs.serial = '04a';
    expect(messageOf(d)).toBe('Số văn bản (header.serial) phải là số.');
    const e = good();
    (e.doc.content as { attrs: Record<string, unknown> }[])[0].attrs.secrecy = 'tối mật lắm';
    expect(messageOf(e)).toMatch(/^Độ mật \(header\.secrecy\) chỉ nhận một trong các giá trị: /u);
  });
});

describe('structure and JSON errors are told in Vietnamese only', () => {
  it('parts out of order, unknown blocks and marks, broken JSON', () => {
    const swapped = good();
    const c = swapped.doc.content as unknown[];
    [c[0], c[1]] = [c[1], c[0]];
    expect(messageOf(swapped)).toBe('Cấu trúc văn bản trong bản thảo không hợp lệ: các phần bên trong văn bản (doc) sai thứ tự, thiếu phần bắt buộc hoặc có phần không được đặt ở đó.');
    expect(messageOf(withBlock(good(), 0, (n) => { n.type = 'video'; }))).toMatch(/có loại khối "video" không có trong mẫu văn bản\.$/u);
    const marked = withBlock(good(), 1, (n) => { (n.content as { marks?: unknown[] }[])[0].marks = [{ type: 'blink' }]; });
    expect(messageOf(marked)).toMatch(/kiểu chữ "blink" không có/u);
    for (const text of ['{"format": "vanthu-draft",', '{"a": 1,}']) {
      const r = parseDraft(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).not.toMatch(/Unexpected|Expected|JSON input|Invalid/);
    }
    const r = parseDraft('{"a": 1,}');
    expect(!r.ok && r.message).toBe('Tệp bản thảo không phải JSON hợp lệ (lỗi ở ký tự thứ 9).');
  });
});
