import { describe, expect, it } from 'vitest';
import { isSecret } from '../../../common/rules/secrecy-urgency';
import { nextSerial, releaseOutcome, scopeOf, sequenceKey, termFor } from '../../../main/registry/outgoing/numbering';
import { dataDirFor, defaultDbPath } from '../../../main/registry/paths';

describe('numbering rules as pure functions', () => {
  it('keys sequences by type code and period', () => {
    const base = { typeCode: 'NQ', secret: false, secretSeparate: false, termId: 3, date: '2024-05-01' };
    expect(sequenceKey({ ...base, scope: 'term' })).toEqual({ seqCode: 'NQ', period: 'T3' });
    expect(sequenceKey({ ...base, scope: 'year' })).toEqual({ seqCode: 'NQ', period: 'Y2024' });
    expect(sequenceKey({ ...base, scope: 'shared' })).toEqual({ seqCode: '*', period: 'T3' });
    expect(sequenceKey({ ...base, scope: 'term', secret: true })).toEqual({ seqCode: 'NQ', period: 'T3' });
    expect(sequenceKey({ ...base, scope: 'term', secret: true, secretSeparate: true })).toEqual({ seqCode: 'NQ#MẬT', period: 'T3' });
    expect(() => sequenceKey({ ...base, scope: 'term', termId: null })).toThrow(/nhiệm kỳ/);
    expect(sequenceKey({ ...base, scope: 'year', termId: null }).period).toBe('Y2024');
  });

  it('takes scopes from the type setting, the book, then the model', () => {
    expect(scopeOf('GM', { defaultScope: null, scopes: {} })).toBe('year');
    expect(scopeOf('NQ', { defaultScope: null, scopes: {} })).toBe('term');
    expect(scopeOf('NQ', { defaultScope: 'shared', scopes: {} })).toBe('shared');
    expect(scopeOf('CV', { defaultScope: 'shared', scopes: { CV: 'year' } })).toBe('year');
    expect(scopeOf('XYZ', { defaultScope: null, scopes: {} })).toBe('term');
  });

  it('computes next serials, release outcomes, terms and secrecy', () => {
    expect(nextSerial(null, null)).toBe(1);
    expect(nextSerial(4, null)).toBe(5);
    expect(nextSerial(null, 87)).toBe(88);
    expect(nextSerial(90, 87)).toBe(91);
    expect(releaseOutcome(5, 5)).toBe('return');
    expect(releaseOutcome(5, 6)).toBe('cancel');
    const terms = [{ id: 1, startDate: '2020-10-15', endDate: '2025-10-14' }, { id: 2, startDate: '2025-10-15', endDate: null }];
    expect(termFor(terms, '2025-10-14')?.id).toBe(1);
    expect(termFor(terms, '2025-10-15')?.id).toBe(2);
    expect(termFor(terms, '2019-01-01')).toBeUndefined();
    expect([isSecret('Mật'), isSecret('TUYỆT MẬT'), isSecret('tối mật'), isSecret(''), isSecret('Khẩn')]).toEqual([true, true, true, false, false]);
  });

  it('places the database in the user data folder', () => {
    expect(defaultDbPath({ XDG_DATA_HOME: '/x/data' }, 'linux')).toBe('/x/data/vanthu/vanthu.db');
    expect(defaultDbPath({}, 'linux')).toMatch(/\.local\/share\/vanthu\/vanthu\.db$/);
    expect(defaultDbPath({ APPDATA: '/w/AppData/Roaming' }, 'win32')).toMatch(/AppData.Roaming.vanthu.vanthu\.db$/);
    expect(dataDirFor('/a/b/so.db')).toBe('/a/b/so-files');
  });
});
