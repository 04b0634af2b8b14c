import { describe, expect, it } from 'vitest';
import { DATE_BOUNDS, checkDateInRange, isDateInRange, latestAcceptedDate } from '../../../common/rules/date-line';

describe('the one range of accepted dates', () => {
  const today = '2026-12-02';

  it('accepts from 1930 to one year after today', () => {
    expect(DATE_BOUNDS.earliest).toBe('1930-01-01');
    expect(isDateInRange('1930-01-01', today)).toBe(true);
    expect(isDateInRange('2026-12-02', today)).toBe(true);
    expect(isDateInRange('2027-12-02', today)).toBe(true);
  });

  it('refuses the slips 9999-12-31, 0001-01-01 and the day after the bound', () => {
    expect(isDateInRange('9999-12-31', today)).toBe(false);
    expect(isDateInRange('0001-01-01', today)).toBe(false);
    expect(isDateInRange('1929-12-31', today)).toBe(false);
    expect(isDateInRange('2027-12-03', today)).toBe(false);
    expect(isDateInRange('2026-02-30', today)).toBe(false);
    expect(isDateInRange('02/12/2026', today)).toBe(false);
  });

  it('moves 29 February to 28 February a year later', () => {
    expect(latestAcceptedDate('2028-02-29')).toBe('2029-02-28');
  });

  it('says in Vietnamese which range is accepted, naming the field', () => {
    expect(checkDateInRange('9999-12-31', 'Ngày văn bản', today)).toBe('Ngày văn bản 31/12/9999 phải từ 01/01/1930 đến 02/12/2027.');
    expect(checkDateInRange('2026-02-30', 'Ngày đến', today)).toMatch(/^Ngày đến: .*không có trên lịch/u);
    expect(checkDateInRange('2026-03-06', 'Ngày đến', today)).toBeNull();
  });
});
