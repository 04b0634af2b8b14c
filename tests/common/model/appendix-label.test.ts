/** Appendix labels as the rule numbers them (spec §1: two or more appendices are numbered 1, 2, …). */
import { describe, expect, it } from 'vitest';
import { appendixLabel, isNumberedLabel } from '../../../common/model';

describe('appendix labels', () => {
  it('one appendix is "PHỤ LỤC"; several are numbered', () => {
    expect(appendixLabel(0, 1)).toBe('PHỤ LỤC');
    expect([0, 1, 2].map((i) => appendixLabel(i, 3))).toEqual(['PHỤ LỤC 1', 'PHỤ LỤC 2', 'PHỤ LỤC 3']);
  });

  it('only labels the app wrote are renumbered', () => {
    expect(isNumberedLabel('PHỤ LỤC 2')).toBe(true);
    expect(isNumberedLabel('PHỤ LỤC')).toBe(true);
    expect(isNumberedLabel('PHỤ LỤC KÈM THEO')).toBe(false);
  });
});
