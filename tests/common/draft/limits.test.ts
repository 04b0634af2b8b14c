import { describe, expect, it } from 'vitest';
import { headerFields, titleFields } from '../../../common/draft/fields';
import { FIELD_LIMITS, HEADING_LEVELS, LIST_LIMITS, MAX_SERIAL, limitOf } from '../../../common/draft/limits';

describe('the one list of field limits', () => {
  it('holds positive whole limits and five-digit serials', () => {
    for (const v of [...Object.values(FIELD_LIMITS), ...Object.values(LIST_LIMITS)]) expect(Number.isInteger(v) && v > 0).toBe(true);
    expect(MAX_SERIAL).toBe(99999);
    expect(HEADING_LEVELS).toEqual([1, 2, 3]);
    expect(limitOf('title.summary')).toBe(FIELD_LIMITS['title.summary']);
  });

  it('is the limit the draft validation applies', () => {
    const summary = (n: number) => titleFields.shape.summary.safeParse('x'.repeat(n)).success;
    expect(summary(FIELD_LIMITS['title.summary'])).toBe(true);
    expect(summary(FIELD_LIMITS['title.summary'] + 1)).toBe(false);
    expect(headerFields.shape.serial.safeParse(MAX_SERIAL).success).toBe(true);
    expect(headerFields.shape.serial.safeParse(MAX_SERIAL + 1).success).toBe(false);
  });
});
