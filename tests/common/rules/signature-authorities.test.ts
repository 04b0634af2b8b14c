/**
 * T/U and Q. (spec §2.3 (7)): not offered nor accepted by default; with the organisation's
 * `extraAuthorities` setting they are offered and accepted (Q. only where one person heads the
 * body), printed "T/U …" / "Q. …" like the other authorities.
 */
import { describe, expect, it } from 'vitest';
import { AUTHORITIES, type SignatureAttrs } from '../../../common/model';
import { organisationSchema } from '../../../common/org/organisation';
import { HD36 } from '../../../common/profile/hd36';
import { allowedAuthorities, checkSignature, EXTRA_AUTHORITIES, offeredAuthorities, signatureLines } from '../../../common/rules/signature';
import { defaultOrganisation } from '../../../main/templates';

const sig = (a: Partial<SignatureAttrs>): SignatureAttrs => ({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn An', ...a });

describe('T/U and Q. behind the organisation setting', () => {
  it('the setting is off unless the organisation turns it on', () => {
    const org = defaultOrganisation();
    expect(org.extraAuthorities ?? false).toBe(false);
    expect(organisationSchema.parse({ ...org, extraAuthorities: true }).extraAuthorities).toBe(true);
    expect(organisationSchema.safeParse({ ...org, extraAuthorities: 'có' }).success).toBe(false);
  });

  it('offers only the profile defaults (T/M, K/T, T/L) by default, the extras when on', () => {
    expect(offeredAuthorities(HD36.wording.authorities)).toEqual(['', 'T/M', 'K/T', 'T/L']);
    expect(offeredAuthorities(HD36.wording.authorities, true)).toEqual(['', 'T/M', 'K/T', 'T/L', 'T/U', 'Q.']);
    expect(EXTRA_AUTHORITIES.every((a) => AUTHORITIES.includes(a))).toBe(true);
  });

  it('allows T/U for every body and Q. only for bodies headed by one person, when on', () => {
    expect(allowedAuthorities('cap-uy')).toEqual(['T/M', 'T/L']);
    expect(allowedAuthorities({ kind: 'cap-uy', extraAuthorities: true })).toEqual(['T/M', 'T/L', 'T/U']);
    expect(allowedAuthorities({ kind: 'tham-muu', extraAuthorities: true })).toEqual(['', 'K/T', 'T/L', 'T/U', 'Q.']);
    expect(allowedAuthorities({ kind: 'tham-muu', extraAuthorities: false })).toEqual(['', 'K/T', 'T/L']);
  });

  it('checkSignature refuses them without the setting, with a message naming it, and accepts them with it', () => {
    const tu = sig({ authority: 'T/U', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG' });
    expect(checkSignature(tu, 'cap-uy')[0]).toMatch(/không dùng "T\/U".*Cài đặt/);
    expect(checkSignature(tu, { kind: 'cap-uy', extraAuthorities: true })).toEqual([]);
    const q = sig({ authority: 'Q.', onBehalfOf: 'TRƯỞNG BAN', title: '' });
    expect(checkSignature(q, { kind: 'tham-muu', extraAuthorities: true })).toEqual([]);
    expect(checkSignature(q, { kind: 'cap-uy', extraAuthorities: true })[0]).toMatch(/không dùng cho loại cơ quan này/);
    expect(checkSignature(sig({ authority: 'K/T' }), { kind: 'cap-uy', extraAuthorities: true })[0]).toMatch(/không ký K\/T/);
  });

  it('prints them as "<authority> <on behalf of>", as the exporter writes every authority', () => {
    expect(signatureLines(sig({ authority: 'T/U', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG' }))).toEqual({ authority: 'T/U BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG' });
    expect(signatureLines(sig({ authority: 'Q.', onBehalfOf: 'TRƯỞNG BAN', title: '' }))).toEqual({ authority: 'Q. TRƯỞNG BAN', title: null });
  });
});
