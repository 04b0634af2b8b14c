/**
 * T/U and Q. (spec §2.3 (7)): not offered nor accepted by default; with the organisation's
 * `extraAuthorities` setting they are offered and accepted (Q. only where one person heads the
 * body), printed "T/U …" / "Q. …" like the other authorities.
 */
import { describe, expect, it } from 'vitest';
import { AUTHORITIES, type SignatureAttrs } from '../../../common/model';
import { organisationSchema } from '../../../common/org/organisation';
import { HD36 } from '../../../common/profile/hd36';
import { checkDocument } from '../../../common/rules/check';
import { allowedAuthorities, checkSignature, EXTRA_AUTHORITIES, nameHasRank, offeredAuthorities, signatureLines, titleNamesBody } from '../../../common/rules/signature';
import { foldTonePlacement } from '../../../common/text/normalize';
import { body, closing, doc, header, p, recipients, signature, title } from '../../helpers/builders';
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

/**
 * The chức vụ line without the body name, and the name line without rank: Vietnamese capitals such as
 * "Đ" are no word characters for JavaScript's `\b`, and HD 36 itself prints the old placement "UỶ".
 */
describe('chức vụ and name lines with Vietnamese letters', () => {
  const bodyMsg = 'Chức vụ người ký ghi không kèm tên cơ quan (ví dụ "BÍ THƯ", không phải "BÍ THƯ TỈNH ỦY").';

  it('reports a chức vụ line naming the body, "BÍ THƯ ĐẢNG ỦY" and the spelling "UỶ" included', () => {
    for (const t of ['BÍ THƯ ĐẢNG ỦY', 'BÍ THƯ ĐẢNG UỶ', 'BÍ THƯ TỈNH UỶ', 'PHÓ BÍ THƯ THÀNH ỦY', 'Bí thư Huyện uỷ', 'BÍ THƯ CHI BỘ', 'BÍ THƯ ĐẢNG ỦY KHỐI']) {
      expect(titleNamesBody(t), t).toBe(true);
      expect(checkSignature(sig({ title: t }), 'cap-uy'), t).toContain(bodyMsg);
    }
  });

  it('leaves bare titles alone', () => {
    for (const t of ['BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'CHÁNH VĂN PHÒNG', 'TRƯỞNG BAN', 'ỦY VIÊN BAN THƯỜNG VỤ']) {
      expect(titleNamesBody(t), t).toBe(false);
      expect(checkSignature(sig({ title: t }), 'cap-uy'), t).toEqual([]);
    }
  });

  it('finds a rank or degree before the name, "Đại tá" included, but not a name containing "Đại"', () => {
    for (const n of ['Đại tá Nguyễn Văn An', 'Thiếu tướng Trần Văn Bình', 'ĐẠI TÁ NGUYỄN VĂN AN', 'PGS.TS Lê Thị Cúc', 'TS. Phạm Văn Dũng', 'ThS Hoàng Văn Em', 'Trung úy Vũ Văn Giang']) {
      expect(nameHasRank(n), n).toBe(true);
    }
    for (const n of ['Nguyễn Văn Đại', 'Trần Đại Nghĩa', 'Lê Thượng Tá', 'Đặng Thị Thu', 'Tsui Văn A']) expect(nameHasRank(n), n).toBe(false);
  });

  it('the format check warns on "Đại tá" in the name line and on "BÍ THƯ ĐẢNG UỶ"', () => {
    const d = doc(header(), title(), body(p('x')), closing(signature({ title: 'BÍ THƯ ĐẢNG UỶ', name: 'Đại tá Nguyễn Văn An' }), recipients()));
    const found = checkDocument(d, { profile: HD36, typeId: 'nghi-quyet', issuerKind: 'cap-uy' });
    expect(found.find((f) => f.code === 'signer-rank')).toMatchObject({ severity: 'warning', field: 'name', message: 'Họ tên người ký không ghi học hàm, học vị, cấp bậc.' });
    expect(found.filter((f) => f.code === 'authority').map((f) => f.message)).toEqual([bodyMsg]);
  });

  it('folds the old tone placement of open "oa", "oe", "uy" only', () => {
    expect(foldTonePlacement('ĐẢNG UỶ')).toBe('ĐẢNG ỦY');
    expect(foldTonePlacement('thuỷ lợi, hoá học, khoẻ, Thuỵ')).toBe('thủy lợi, hóa học, khỏe, Thụy');
    expect(foldTonePlacement('quý, hoàn thành, thuyền, ủy ban')).toBe('quý, hoàn thành, thuyền, ủy ban');
    expect(foldTonePlacement('uỷ'.normalize('NFD'))).toBe('ủy'.normalize('NFC'));
  });
});
