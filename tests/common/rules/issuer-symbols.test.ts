/**
 * Issuer symbols: the list recognises the senders of incoming numbers, those of bodies ended by the
 * 2025 reorganisation included ("3398-CV/BTGTU", "12-NQ/HU"), and offers new organisations only the
 * symbols still in use.
 */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../common/rules/number';
import { currentIssuerSymbols, inUseOn, ISSUER_SYMBOLS, recogniseSender } from '../../../common/rules/issuer-symbols';

describe('issuer symbols', () => {
  it('recognises the sender of real numbers with symbols in use before 2025', () => {
    expect(recogniseSender('3398-CV/BTGTU')).toMatchObject({ symbol: { symbol: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy (trước khi hợp nhất)', until: '2025-07-01' }, afterUntil: false });
    expect(recogniseSender('Số 54-HD/BTGTU', '2022-02-12')?.afterUntil).toBe(false);
    expect(recogniseSender('116-GM/ĐUK')?.symbol.name).toBe('Đảng ủy Khối (trước khi sắp xếp năm 2025)');
    expect(recogniseSender('12-NQ/HU')?.symbol.name).toBe('Huyện ủy (trước 01/7/2025)');
    expect(recogniseSender('05-CV/BDVTU')?.symbol.name).toBe('Ban Dân vận Tỉnh ủy (trước khi hợp nhất)');
    expect(recogniseSender('2618-CV/VPTU')?.symbol.name).toBe('Văn phòng Tỉnh ủy');
    expect(recogniseSender('399-QĐ/TW')?.symbol.symbol).toBe('TW');
  });

  it('flags an old symbol on a document dated after its body ended, not a current one', () => {
    expect(recogniseSender('15-CV/HU', '2025-09-01')?.afterUntil).toBe(true);
    expect(recogniseSender('15-CV/HU', '2025-06-30')?.afterUntil).toBe(false);
    expect(recogniseSender('15-CV/BTGDVTU', '2026-01-05')).toMatchObject({ symbol: { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' }, afterUntil: false });
  });

  it('does not guess: a State number or an unknown symbol gives nothing', () => {
    expect(recogniseSender('155/KH-UBND')).toBeUndefined();
    expect(recogniseSender('04-NQ/XYZ')).toBeUndefined();
    expect(recogniseSender('04-NQ/THU')).toBeUndefined(); // "ThU" is case-sensitive
  });

  it('offers a new organisation in 2026 the current symbols only', () => {
    const now = currentIssuerSymbols('2026-01-09').map((s) => s.symbol);
    expect(now).toEqual(expect.arrayContaining(['TW', 'TU', 'ĐU', 'BTGDVTU', 'VPTU', 'UBKTTU']));
    for (const old of ['HU', 'QU', 'ThU', 'BTGTU', 'BDVTU', 'ĐUK']) expect(now, old).not.toContain(old);
    expect(currentIssuerSymbols('2024-12-31').map((s) => s.symbol)).toEqual(expect.arrayContaining(['HU', 'BTGTU', 'BDVTU']));
  });

  it('keeps each symbol once, and every cited number parses with that symbol', () => {
    expect(new Set(ISSUER_SYMBOLS.map((s) => s.symbol)).size).toBe(ISSUER_SYMBOLS.length);
    for (const s of ISSUER_SYMBOLS.filter((x) => x.seenIn)) {
      for (const number of s.seenIn!.split(', ')) {
        const n = parseNumber(number);
        expect(n.ok && n.value.issuerCode, number).toBe(s.symbol);
      }
    }
    expect(ISSUER_SYMBOLS.filter((s) => s.until).every((s) => inUseOn(s, '2025-06-30') && !inUseOn(s, s.until!))).toBe(true);
  });
});
