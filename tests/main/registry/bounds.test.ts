/**
 * Numbers and dates the registry accepts are bounded by the same limits as everywhere else: a
 * serial has at most the register's five digits (MAX_SERIAL), dates lie from 1930 to a year ahead.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { ENGINES, useRegistryEngines } from './engines';

const engines = useRegistryEngines();
let reg: RegistryService;
afterEach(() => reg?.close());

describe.each(ENGINES)('registry bounds, on %s', (engine) => {
  it('refuses a last-used number over 99999, so no number of six digits or more is ever handed out', () => {
    const t = engines.withTermBook(engine); reg = t.reg;
    expect(() => reg.setLastUsed(t.bookId, 'NQ', 1000000000, { date: '2021-03-01' })).toThrow('Số cuối cùng đã dùng phải là số nguyên từ 0 đến 99999, không phải "1000000000".');
    expect(() => reg.setLastUsed(t.bookId, 'NQ', -1, { date: '2021-03-01' })).toThrow(/từ 0 đến 99999/);
    reg.setLastUsed(t.bookId, 'NQ', 99998, { date: '2021-03-01' });
    expect(reg.reserveNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-02' }).number).toBe('99999-NQ/TU');
    expect(() => reg.reserveNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-03' })).toThrow(/đã dùng hết số của loại NQ \(số lớn nhất là 99999\)/);
    expect(() => reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-03' })).toThrow(/đã dùng hết số/);
    expect(reg.registerNumber(t.bookId, { typeCode: 'KL', date: '2021-03-03' }).number).toBe('01-KL/TU');
  });

  it('refuses term dates outside 1930 – a year after today', () => {
    reg = engines.fresh(engine).reg;
    const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' });
    expect(() => reg.openTerm(book.id, 'Sai', '9999-12-31')).toThrow(/^Ngày bắt đầu nhiệm kỳ 31\/12\/9999 phải từ 01\/01\/1930 đến/u);
    expect(() => reg.openTerm(book.id, 'Sai', '0001-01-01')).toThrow(/01\/01\/0001 phải từ 01\/01\/1930/u);
    reg.openTerm(book.id, '2020–2025', '2020-10-15');
    expect(() => reg.closeTerm(book.id, '9999-12-31')).toThrow(/^Ngày kết thúc nhiệm kỳ 31\/12\/9999 phải từ/u);
  });
});
