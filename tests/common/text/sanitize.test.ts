import { describe, expect, it } from 'vitest';
import { nestedDeeperThan } from '../../../common/text/depth';
import { hasNonXmlChars, sanitizeDeep, stripNonXmlChars } from '../../../common/text/sanitize';

describe('the one sanitiser of XML-unsafe text', () => {
  it('removes C0 controls but keeps tab, line feed and carriage return', () => {
    let all = '';
    for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
    expect(stripNonXmlChars(`a${all}b`)).toBe('a\t\n\rb');
    expect(hasNonXmlChars('a\u0001')).toBe(true);
    expect(hasNonXmlChars('a\tb\r\n')).toBe(false);
  });

  it('removes U+FFFE, U+FFFF and lone surrogates, keeps pairs and Vietnamese', () => {
    expect(stripNonXmlChars('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(stripNonXmlChars('a\uD800b\uDC00c')).toBe('abc');
    expect(stripNonXmlChars('\uDC00\uD800')).toBe('');
    expect(stripNonXmlChars('Tiếng Việt 😀 đủ dấu')).toBe('Tiếng Việt 😀 đủ dấu');
    expect(stripNonXmlChars('\u007F\u0085\uFFFD')).toBe('\u007F\u0085\uFFFD');
  });

  it('is repeatable (a global regex keeps no state between calls)', () => {
    for (let i = 0; i < 3; i++) expect(hasNonXmlChars('x\u0001')).toBe(true);
  });

  it('cleans strings and keys at any depth, returning the same object when clean', () => {
    const clean = { a: ['b', { c: 1 }], d: null };
    expect(sanitizeDeep(clean)).toBe(clean);
    expect(sanitizeDeep({ 'k\u0001': ['v\uFFFF', { w: 'x\u0002' }], n: 3, t: true })).toEqual({ k: ['v', { w: 'x' }], n: 3, t: true });
    const attrs = Object.assign(Object.create(null), { summary: 'a\u0001b' });
    expect(sanitizeDeep(attrs)).toEqual({ summary: 'ab' });
    const date = new Date(0);
    expect(sanitizeDeep(date)).toBe(date);
  });
});

describe('nesting depth', () => {
  it('is measured without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(nestedDeeperThan(deep, 64)).toBe(true);
    let ok: unknown = {};
    for (let i = 1; i < 64; i++) ok = { x: ok };
    expect(nestedDeeperThan(ok, 64)).toBe(false);
    expect(nestedDeeperThan({ x: ok }, 64)).toBe(true);
    expect(nestedDeeperThan('text', 1)).toBe(false);
  });
});
