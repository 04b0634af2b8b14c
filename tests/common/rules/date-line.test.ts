import { describe, expect, it } from 'vitest';
import { checkDateLine, civilOf, formatDateLine, parseDate, shortDate, todayIso } from '../../../common/rules/date-line';

describe('địa danh và ngày tháng năm', () => {
  it('pads days below 10 and the months 1 and 2 only', () => {
    expect(formatDateLine('Hà Nam', { year: 2021, month: 3, day: 6 })).toBe('Hà Nam, ngày 06 tháng 3 năm 2021');
    expect(formatDateLine('Hạ Long', { year: 2018, month: 2, day: 20 })).toBe('Hạ Long, ngày 20 tháng 02 năm 2018');
    expect(formatDateLine('Hà Nội', { year: 2026, month: 1, day: 9 })).toBe('Hà Nội, ngày 09 tháng 01 năm 2026');
    expect(formatDateLine('Huế', { year: 2022, month: 12, day: 31 })).toBe('Huế, ngày 31 tháng 12 năm 2022');
  });

  it('leaves blanks for an undated draft', () => {
    expect(formatDateLine('Ninh Bình', null)).toMatch(/^Ninh Bình, ngày\u00a0+tháng\u00a0+năm$/u);
  });

  it('reads the dates clerks type', () => {
    expect(parseDate('06/3/2021')).toEqual({ ok: true, value: { year: 2021, month: 3, day: 6 } });
    expect(parseDate('10/3/21')).toEqual({ ok: true, value: { year: 2021, month: 3, day: 10 } });
    expect(parseDate('2021-03-06')).toEqual({ ok: true, value: { year: 2021, month: 3, day: 6 } });
  });

  it.each(['31/02/2021', '29/02/2023', '00/1/2021', '32/1/2021', '1/13/2021', '31/4/2021', '29/02/2100', '0000-01-01'])('refuses the impossible date %s', (d) => {
    const r = parseDate(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/không có trên lịch/);
  });

  it('accepts 29/02 of a leap year', () => {
    expect(parseDate('29/02/2024').ok).toBe(true);
    expect(parseDate('29/02/2000').ok).toBe(true);
    expect(parseDate('31/12/2021').ok).toBe(true);
  });

  it('refuses text that is no date', () => {
    const r = parseDate('mồng 6 tháng 3');
    expect(r.ok).toBe(false);
  });

  it('checks a typed date line and names the mistake', () => {
    expect(checkDateLine('Hà Nam, ngày 06 tháng 3 năm 2021')).toBeNull();
    expect(checkDateLine('Hà Nam, ngày 06 tháng 03 năm 2021')).toMatch(/không viết số 0/);
    expect(checkDateLine('Hà Nam, ngày 6 tháng 3 năm 2021')).toMatch(/số 0 đứng trước/);
    expect(checkDateLine('Hà Nam, ngày 06 tháng 2 năm 2021')).toMatch(/tháng 02/);
    expect(checkDateLine('Hà Nam, ngày 31 tháng 02 năm 2021')).toMatch(/không có trên lịch/);
  });

  it('writes the short form registers use and today in local time', () => {
    expect(shortDate({ year: 2021, month: 3, day: 6 })).toBe('06/03/2021');
    expect(civilOf(new Date(2026, 10, 22, 23, 59))).toEqual({ year: 2026, month: 11, day: 22 });
    expect(todayIso(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
