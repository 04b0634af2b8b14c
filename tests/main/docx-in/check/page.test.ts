/**
 * The page checks on sections as the reader gives them: A4 and the profile's margins pass, a page
 * number in the footer is accepted with a remark (the rule puts it at the top), a number on page 1
 * of a section without a different first page is an error, and so are even pages without one.
 */
import { describe, expect, it } from 'vitest';
import { HD36 } from '../../../../common/profile/hd36';
import { checkPage } from '../../../../main/docx-in/check/page';
import type { WordHeaderFooter, WordParagraph, WordSection } from '../../../../main/docx-in/read/types';

const para = (text: string, alignment: WordParagraph['alignment'] = 'center'): WordParagraph => ({
  kind: 'paragraph', seq: 1, place: 'header', styleId: null, styleName: null, alignment,
  indent: { leftMm: 0, rightMm: 0, firstLineMm: 0 }, spacing: { beforePt: 0, afterPt: 0, line: { rule: 'multiple', multiple: 1 } },
  keepNext: false, pageBreakBefore: false, numbering: null, section: 0, text,
  runs: [{ text, bold: false, italic: false, underline: false, strike: false, caps: false, smallCaps: false, font: 'Times New Roman', sizePt: 14, field: 'PAGE' }],
});
const numbered = (alignment: WordParagraph['alignment'] = 'center'): WordHeaderFooter => ({ blocks: [para('2', alignment)], hasPageField: true });
const empty: WordHeaderFooter = { blocks: [], hasPageField: false };

function section(over: Partial<WordSection> = {}): WordSection {
  return {
    pageWidthMm: 210, pageHeightMm: 297, landscape: false,
    margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10, footerMm: 10, gutterMm: 0 },
    titlePage: true, pageNumberStart: null,
    headers: { default: numbered(), first: empty, even: null },
    footers: { default: null, first: null, even: null },
    ...over,
  };
}
const codes = (s: WordSection, evenAndOdd = false) => checkPage([s], HD36, evenAndOdd).map((f) => `${f.code}:${f.severity}`);

describe('page checks', () => {
  it('passes A4 with the profile margins and a number in the header from page 2', () => {
    expect(codes(section())).toEqual([]);
  });

  it('accepts a number in the footer with a remark', () => {
    expect(codes(section({ headers: { default: null, first: null, even: null }, footers: { default: numbered(), first: null, even: null } })))
      .toEqual(['page-number-place:warning']);
  });

  it('finds a number on page 1 when the first page is not different, or when its own header has one', () => {
    expect(codes(section({ titlePage: false }))).toEqual(['page-number-first:error']);
    expect(codes(section({ headers: { default: numbered(), first: numbered(), even: null } }))).toEqual(['page-number-first:error']);
  });

  it('finds even pages without a number when even and odd headers differ', () => {
    expect(codes(section(), true)).toEqual(['page-number-missing:error']);
  });

  it('remarks a page number that is not centred', () => {
    const f = checkPage([section({ headers: { default: numbered('right'), first: empty, even: null } })], HD36, false);
    expect(f.map((x) => x.message)).toEqual(['Số trang không căn giữa.']);
  });

  it('allows half a millimetre on a margin, not more', () => {
    expect(codes(section({ margins: { topMm: 20.4, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10, footerMm: 10, gutterMm: 0 } }))).toEqual([]);
    const f = checkPage([section({ margins: { topMm: 21, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10, footerMm: 10, gutterMm: 0 } })], HD36, false);
    expect(f.map((x) => x.message)).toEqual(['Lề trên 21 mm.']);
  });

  it('finds a landscape page', () => {
    expect(codes(section({ pageWidthMm: 297, pageHeightMm: 210, landscape: true }))).toEqual(['page-size:error']);
  });
});
