/**
 * The layout plan read as documents: for a given part, the lines it prints, in order, each as
 * "role | column | text" — what both the DOCX and the page view print.
 */
import { describe, expect, it } from 'vitest';
import { appendixLines, headerLines, LAYOUT_PLAN, readingOrder, recipientsLines, signatureLinesOf, titleLines, type PrintedLine } from '../../../common/layout';
import { PARTS, type HeaderAttrs, type TitleAttrs } from '../../../common/model';
import { HD05 } from '../../../common/profile/hd05';
import { HD36 } from '../../../common/profile/hd36';
import { formatNumberLine } from '../../../common/rules/number';

const show = (lines: readonly PrintedLine[]) => readingOrder(lines).map((l) => [l.role, l.column ?? '', l.text].filter(Boolean).join(' | '));

const header: HeaderAttrs = {
  superior: 'Đảng bộ tỉnh Ninh Bình', issuer: 'Tỉnh ủy Ninh Bình', typeCode: 'NQ', issuerCode: 'TU', serial: 4,
  place: 'Ninh Bình', date: '2026-03-06', secrecy: '', urgency: '', circulation: '', draftMark: '',
};
const centred: TitleAttrs = { layout: 'centered', typeName: 'Nghị quyết', author: '', summary: 'về công tác cán bộ', addressees: [] };
const ctx = { profile: HD36, title: centred };

describe('the header prints', () => {
  it('the issuing body on the left, the party title, its rule and the date line on the right', () => {
    expect(show(headerLines(header, ctx))).toEqual([
      'superior | left | ĐẢNG BỘ TỈNH NINH BÌNH',
      'issuer | left | TỈNH ỦY NINH BÌNH',
      'star | left | *',
      'number | left | Số 04-NQ/TU',
      'party-title | right | ĐẢNG CỘNG SẢN VIỆT NAM',
      'rule | right',
      'place-date | right | Ninh Bình, ngày 06 tháng 3 năm 2026',
    ]);
  });

  it('the draft mark, then the circulation line, above the header table; secrecy and urgency under the number', () => {
    const marked = { ...header, draftMark: 'DỰ THẢO', circulation: 'TÀI LIỆU HỘI NGHỊ', secrecy: 'MẬT' as const, urgency: 'KHẨN' as const, superior: '' };
    expect(show(headerLines(marked, ctx))).toEqual([
      'draft-mark | DỰ THẢO',
      'circulation | TÀI LIỆU HỘI NGHỊ',
      'issuer | left | TỈNH ỦY NINH BÌNH',
      'star | left | *',
      'number | left | Số 04-NQ/TU',
      'secrecy | left | MẬT',
      'urgency | left | KHẨN',
      'party-title | right | ĐẢNG CỘNG SẢN VIỆT NAM',
      'rule | right',
      'place-date | right | Ninh Bình, ngày 06 tháng 3 năm 2026',
    ]);
    const draftMark = headerLines(marked, ctx)[0];
    expect([draftMark.style.align, draftMark.style.bold]).toEqual(['right', true]);
  });

  it("a công văn's summary under the number (before the marks), with the profile's prefix; the clerk's blanks while unnumbered and undated", () => {
    const letter: TitleAttrs = { layout: 'letter', typeName: '', author: '', summary: 'về báo cáo số liệu', addressees: ['Các ban đảng'] };
    const cv = { ...header, typeCode: 'CV', issuerCode: 'VPTU', serial: null, date: null, superior: '', issuer: 'Văn phòng', urgency: 'KHẨN' as const };
    const vv = { ...HD36, wording: { ...HD36.wording, summaryLeftPrefix: 'V/v' } };
    expect(show(headerLines(cv, { profile: vv, title: letter })).slice(2, 5)).toEqual([
      `number | left | ${formatNumberLine('Số', 'CV', 'VPTU', null)}`,
      'letter-summary | left | V/v về báo cáo số liệu',
      'urgency | left | KHẨN',
    ]);
    expect(headerLines(cv, { profile: HD36, title: letter }).at(-1)!.text).toBe('Ninh Bình, ngày\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0năm');
  });

  it('the rule as long as the party title in its style', () => {
    const rule = headerLines(header, ctx).find((l) => l.role === 'rule')!;
    expect(rule.widthPt).toBeGreaterThan(200);
    expect(rule.widthPt).toBeLessThan(240);
    expect(headerLines(header, { profile: { ...HD36, partyTitleRule: false }, title: centred }).some((l) => l.role === 'rule')).toBe(false);
  });
});

describe('the title prints', () => {
  it('type name, author line, summary with the drafter\'s break, separator', () => {
    const t = { ...centred, author: 'của Ban Thường vụ Tỉnh ủy', summary: 'về công tác cán bộ\n(khóa XVI)' };
    expect(show(titleLines(t, ctx))).toEqual([
      'type-name | NGHỊ QUYẾT',
      'author-line | CỦA BAN THƯỜNG VỤ TỈNH ỦY',
      'summary | về công tác cán bộ\n(khóa XVI)',
      'separator | -----',
    ]);
  });

  it('"Kính gửi:" and the addressees after the separator (a tờ trình), only "Kính gửi:" for a công văn', () => {
    const tt = { ...centred, typeName: 'Tờ trình', addressees: ['Ban Thường vụ Tỉnh ủy'] };
    expect(show(titleLines(tt, ctx)).slice(-2)).toEqual(['separator | -----', 'salutation | Ban Thường vụ Tỉnh ủy']);
    expect(titleLines(tt, ctx).at(-1)!.label).toBe('Kính gửi:');
    const cv: TitleAttrs = { layout: 'letter', typeName: '', author: '', summary: 'về số liệu', addressees: ['Các ban đảng', 'Các đảng ủy trực thuộc'] };
    expect(show(titleLines(cv, ctx))).toEqual(['salutation | - Các ban đảng,', 'salutation | - Các đảng ủy trực thuộc.']);
  });

  it('an empty summary as an empty line with a hint for the page view', () => {
    const summary = titleLines({ ...centred, summary: '' }, ctx).find((l) => l.role === 'summary')!;
    expect([summary.text, summary.hint]).toEqual(['', '(trích yếu)']);
  });
});

describe('the closing prints', () => {
  it('authority, chức vụ, four blank lines, the name (HD 36 chức vụ bold, HD 05 not)', () => {
    const s = { authority: 'T/M' as const, onBehalfOf: 'Ban Thường vụ', title: 'Bí thư', name: 'Nguyễn Văn An' };
    expect(show(signatureLinesOf(s, ctx))).toEqual([
      'authority | right | T/M BAN THƯỜNG VỤ',
      'signer-title | right | BÍ THƯ',
      'signature-space | right', 'signature-space | right', 'signature-space | right', 'signature-space | right',
      'signer-name | right | Nguyễn Văn An',
    ]);
    expect(signatureLinesOf(s, ctx)[1].style.bold).toBe(true);
    expect(signatureLinesOf(s, { profile: HD05, title: centred })[1].style.bold).toBe(false);
  });

  it('a head in own name: the chức vụ in the authority\'s style', () => {
    const own = signatureLinesOf({ authority: '', onBehalfOf: '', title: 'Chánh Văn phòng', name: 'Lê Văn C' }, ctx);
    expect(show(own)[0]).toBe('signer-title | right | CHÁNH VĂN PHÒNG');
    expect(own[0].component).toBe('signatureAuthority');
  });

  it('"Nơi nhận:", the superiors grouped by a brace "để báo cáo", the others, and "- Lưu …." last', () => {
    const r = { items: [{ lines: ['Ban Tổ chức Trung ương', 'Văn phòng Trung ương Đảng'], purpose: 'để báo cáo' }, { lines: ['Các đảng ủy trực thuộc'], purpose: '' }], archive: 'Văn phòng Tỉnh ủy' };
    expect(show(recipientsLines(r, ctx))).toEqual([
      'recipients-heading | left | Nơi nhận:',
      'recipient-item | left | - Ban Tổ chức Trung ương,',
      'recipient-item | left | - Văn phòng Trung ương Đảng,',
      'brace-group | left | để báo cáo',
      'recipient-item | left | - Các đảng ủy trực thuộc,',
      'recipient-item | left | - Lưu Văn phòng Tỉnh ủy.',
    ]);
    const semicolon = { ...HD36, wording: { ...HD36.wording, recipientSeparator: ';', recipientsLabel: 'Nơi nhận:' } };
    expect(show(recipientsLines(r, { profile: semicolon, title: centred }))[4]).toBe('recipient-item | left | - Các đảng ủy trực thuộc;');
  });
});

describe('an appendix head prints', () => {
  it('its label in capitals and its title; no title line when it has none', () => {
    expect(show(appendixLines({ label: 'Phụ lục 2', title: 'Danh sách các đơn vị' }, ctx))).toEqual(['appendix-label | PHỤ LỤC 2', 'appendix-title | Danh sách các đơn vị']);
    expect(show(appendixLines({ label: 'PHỤ LỤC', title: '' }, ctx))).toEqual(['appendix-label | PHỤ LỤC']);
  });
});

describe('the plan', () => {
  it('has a layout for every part the schema prints from its attributes, and only those', () => {
    const printed = PARTS.filter((p) => 'printed' in p).map((p) => p.name).sort();
    expect(Object.keys(LAYOUT_PLAN).sort()).toEqual(printed);
    expect(printed).toEqual(['appendix', 'header', 'recipients', 'signature', 'title']);
  });
});
