import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberLine, padSerial, parseNumber } from '../../../common/rules/number';

describe('số và ký hiệu', () => {
  it('pads 1–9 and leaves 10 and above', () => {
    expect([1, 4, 9, 10, 88, 238].map(padSerial)).toEqual(['01', '04', '09', '10', '88', '238']);
  });

  it('writes number, hyphen, type, slash, issuer — no colon after "Số"', () => {
    expect(formatNumber({ serial: 4, typeCode: 'NQ', issuerCode: 'TU' })).toBe('04-NQ/TU');
    expect(formatNumberLine('Số', 'KL', 'TU', 88)).toBe('Số 88-KL/TU');
    expect(formatNumberLine('Số', 'GM', 'ĐUK', 116)).toBe('Số 116-GM/ĐUK');
  });

  it('leaves blanks for the clerk before a number is given', () => {
    expect(formatNumberLine('Số', 'NQ', 'TU', null)).toMatch(/^Số\u00a0+-NQ\/TU$/u);
  });

  it('refuses serials that are not positive integers', () => {
    expect(() => formatNumber({ serial: 0, typeCode: 'NQ', issuerCode: 'TU' })).toThrow(/số nguyên dương/);
    expect(() => formatNumber({ serial: 2.5, typeCode: 'NQ', issuerCode: 'TU' })).toThrow();
  });

  it('parses a correct number with or without "Số"', () => {
    expect(parseNumber('Số 04-NQ/TU')).toEqual({ ok: true, value: { serial: 4, typeCode: 'NQ', issuerCode: 'TU' } });
    expect(parseNumber('116-GM/ĐUK')).toMatchObject({ ok: true, value: { serial: 116, issuerCode: 'ĐUK' } });
  });

  it.each([
    ['Số: 04-NQ/TU', /dấu hai chấm/],
    ['04/NQ-TU', /văn bản nhà nước/],
    ['4-NQ/TU', /"04"/],
    ['0a4-NQ/TU', /chỉ được gồm chữ số/],
    ['04-NQ/TU/2021', /không ghi năm/],
    ['NQ', /không đúng dạng/],
  ])('names the mistake in %s', (input, message) => {
    const r = parseNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('numbers carrying Vietnamese letters', () => {
  it.each([
    ['08-QĐi/TW', { serial: 8, typeCode: 'QĐi', issuerCode: 'TW' }],
    ['Số 399-QĐ/TW', { serial: 399, typeCode: 'QĐ', issuerCode: 'TW' }],
    ['116-GM/ĐUK', { serial: 116, typeCode: 'GM', issuerCode: 'ĐUK' }],
    ['07-ĐA/TU', { serial: 7, typeCode: 'ĐA', issuerCode: 'TU' }],
    ['3398-CV/BTGTU', { serial: 3398, typeCode: 'CV', issuerCode: 'BTGTU' }],
  ])('reads %s', (input, value) => {
    expect(parseNumber(input)).toEqual({ ok: true, value });
  });

  it('still finds a year after the symbol whatever follows it', () => {
    for (const input of ['04-NQ/TU/2021', '04-NQ/ĐU/2021']) expect(parseNumber(input)).toEqual({ ok: false, message: 'Số văn bản của Đảng không ghi năm trong ký hiệu.' });
  });
});
