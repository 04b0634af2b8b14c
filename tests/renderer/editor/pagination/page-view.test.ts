/** The page view reads the layout profile, and pages break where a block no longer fits. */
import { describe, expect, it } from 'vitest';
import { HD05 } from '../../../../common/profile/hd05';
import { HD36 } from '../../../../common/profile/hd36';
import { applyOverride } from '../../../../common/profile';
import { pageCss, styleCss } from '../../../../renderer/editor/pagination/page-css';
import { computeBreaks } from '../../../../renderer/editor/pagination/page-breaks';

describe('page CSS from the profile', () => {
  it('takes page size, margins, font and every component style from the profile', () => {
    const css = pageCss(HD36);
    expect(css).toContain('width:210mm');
    expect(css).toContain('padding:20mm 15mm 20mm 30mm');
    expect(css).toContain('"Times New Roman", "Liberation Serif"');
    expect(css).toMatch(/\.vt-c-partyTitle\{font-size:15pt;font-weight:bold/);
    expect(css).toMatch(/\.vt-body > p,[^{]*\{font-size:14pt;[^}]*text-indent:12\.7mm/);
    expect(css).toMatch(/\.vt-c-dateLine\{[^}]*font-style:italic/);
    expect(css).toMatch(/\.vt-c-recipientsLabel\{[^}]*text-decoration:underline/);
  });

  it('follows HD 05 and organisation overrides without restating numbers', () => {
    expect(pageCss(HD05)).toContain('text-indent:10mm');
    expect(pageCss(HD05)).toContain('line-height:18pt');
    expect(pageCss(HD05)).toContain('[data-profile="hd05-2026"]');
    const wide = applyOverride(HD36, { page: { margins: { left: 35 } } });
    expect(pageCss(wide)).toContain('padding:20mm 15mm 20mm 35mm');
    expect(styleCss(HD36.styles.signatureTitle)).toContain('font-weight:bold');
    expect(styleCss(HD05.styles.signatureTitle)).toContain('font-weight:normal');
  });
});

describe('page breaks', () => {
  const block = (pos: number, top: number, h: number, keep = false) => ({ pos, top, bottom: top + h, keepWithNext: keep });

  it('moves a block that does not fit to the next page, with the space left', () => {
    const breaks = computeBreaks([block(1, 0, 400), block(2, 400, 400), block(3, 800, 400), block(4, 1200, 100)], 1000);
    expect(breaks).toEqual([{ pos: 3, fill: 200, page: 2 }]);
  });

  it('keeps a heading with the block after it', () => {
    const breaks = computeBreaks([block(1, 0, 900), block(2, 900, 50, true), block(3, 950, 200)], 1000);
    expect(breaks.map((b) => b.pos)).toEqual([2]);
  });

  it('does not loop on a block taller than a page', () => {
    const breaks = computeBreaks([block(1, 0, 2500), block(2, 2500, 10)], 1000);
    expect(breaks.map((b) => b.pos)).toEqual([2]);
  });
});
