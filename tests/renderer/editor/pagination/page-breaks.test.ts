import { describe, expect, it } from 'vitest';
import { computeBreaks, type MeasuredBlock } from '../../../../renderer/editor/pagination/page-breaks';

/** A paragraph of `lines` lines of `lh` px from `top`; its line i starts at document position pos + 1 + 10·i. */
function para(pos: number, top: number, lines: number, lh = 20): MeasuredBlock {
  return {
    pos, top, bottom: top + lines * lh,
    firstLineBelow: (limit) => {
      const i = Math.floor((limit - top) / lh); // first line whose bottom is below the limit
      return i <= 0 ? null : { pos: pos + 1 + 10 * i, top: top + i * lh };
    },
  };
}

describe('page breaks inside paragraphs (as Word splits them)', () => {
  it('splits a paragraph at the first line that does not fit', () => {
    // Page of 100 px: lines at 60-80 and 80-100 fit, the line at 100-120 goes to page 2.
    const breaks = computeBreaks([para(1, 0, 3), para(100, 60, 4)], 100);
    expect(breaks).toEqual([{ pos: 100 + 1 + 20, fill: 0, page: 2, inline: true }]);
  });

  it('moves the whole paragraph when not even its first line fits', () => {
    const breaks = computeBreaks([para(1, 0, 4, 22), para(100, 88, 3, 22)], 100);
    expect(breaks).toEqual([{ pos: 100, fill: 12, page: 2 }]);
  });

  it('splits a paragraph longer than a page on every page', () => {
    const breaks = computeBreaks([para(1, 0, 12)], 100);
    expect(breaks.map((b) => [b.pos, b.page, b.inline])).toEqual([[52, 2, true], [102, 3, true]]);
  });

  it('never splits a heading or the last body block (keep with next, keep lines)', () => {
    const kept = { ...para(100, 60, 4), keepWithNext: true };
    expect(computeBreaks([para(1, 0, 3), kept], 100)).toEqual([{ pos: 100, fill: 40, page: 2 }]);
  });

  it('moves a heading with the paragraph after it, then splits that paragraph on the new page', () => {
    const heading = { pos: 50, top: 80, bottom: 100, keepWithNext: true };
    const breaks = computeBreaks([para(1, 0, 4), heading, { ...para(60, 100, 8) }], 100);
    expect(breaks[0]).toEqual({ pos: 50, fill: 20, page: 2 });
    expect(breaks[1]).toMatchObject({ pos: 60 + 1 + 40, page: 3, inline: true });
  });
});

describe('forced page breaks', () => {
  it('starts an appendix on a new page even when the previous page has room', () => {
    const appendix = { pos: 500, top: 300, bottom: 340, keepWithNext: true, breakBefore: true };
    const breaks = computeBreaks([para(1, 0, 3), { pos: 90, top: 60, bottom: 300 }, appendix, para(510, 340, 2)], 1000);
    expect(breaks).toEqual([{ pos: 500, fill: 700, page: 2 }]);
  });
});
