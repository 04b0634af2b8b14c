import { describe, expect, it } from 'vitest';
import { addresseeLines, formatRecipientLines } from '../../../common/rules/recipients';
import { checkSignature, defaultSignature, signatureLines } from '../../../common/rules/signature';
import { mayIssue } from '../../../common/rules/authority';
import { defaultOrganisation } from '../../../main/templates';

describe('Nơi nhận', () => {
  it('adds "- ", the separator and the Lưu line once, whatever the user typed', () => {
    const lines = formatRecipientLines({
      items: [{ lines: ['Ban Bí thư Trung ương Đảng', '- Văn phòng Trung ương Đảng;'], purpose: 'để báo cáo' }, { lines: ['Các đảng ủy trực thuộc.'], purpose: '' }],
      archive: 'Văn phòng Tỉnh ủy',
    }, ',', 'Lưu');
    expect(lines.map((l) => l.text)).toEqual([
      '- Ban Bí thư Trung ương Đảng,', '- Văn phòng Trung ương Đảng,', '- Các đảng ủy trực thuộc,', '- Lưu Văn phòng Tỉnh ủy.',
    ]);
    expect(lines.map((l) => l.group)).toEqual([0, 0, null, null]);
    expect(lines[0].purpose).toBe('để báo cáo');
  });
});

describe('Kính gửi', () => {
  it('writes one addressee as is and several as dash lines ending "," then "."', () => {
    expect(addresseeLines(['Ban Thường vụ Tỉnh ủy.'], ',')).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(addresseeLines(['- Các ban xây dựng Đảng', 'Các đảng ủy trực thuộc;'], ',')).toEqual(['- Các ban xây dựng Đảng,', '- Các đảng ủy trực thuộc.']);
  });
});

describe('signature authority', () => {
  const org = defaultOrganisation();

  it('a cấp ủy signs T/M with the signer’s own title', () => {
    const s = defaultSignature(org);
    expect(signatureLines(s)).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' });
    expect(signatureLines(defaultSignature(org, org.signers[1]))).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC' });
  });

  it('an advisory body: the head signs without prefix, a deputy K/T', () => {
    const ban = { ...org, kind: 'tham-muu' as const, signers: [{ name: 'Phạm Văn Dũng', title: 'TRƯỞNG BAN', deputy: false }, { name: 'Hoàng Thị Em', title: 'PHÓ TRƯỞNG BAN', deputy: true }] };
    expect(signatureLines(defaultSignature(ban))).toEqual({ authority: null, title: 'TRƯỞNG BAN' });
    expect(signatureLines(defaultSignature(ban, ban.signers[1]))).toEqual({ authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN' });
  });

  it('warns on K/T in a collective body, state prefixes, and a title with the body name', () => {
    expect(checkSignature({ authority: 'K/T', onBehalfOf: 'BÍ THƯ', title: 'PHÓ BÍ THƯ', name: 'A' }, 'cap-uy')[0]).toMatch(/không ký K\/T/);
    expect(checkSignature({ authority: 'T/M', onBehalfOf: 'TM. BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'A' }, 'cap-uy').join()).toMatch(/"T\/M"/);
    expect(checkSignature({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ TỈNH ỦY', name: 'A' }, 'cap-uy').join()).toMatch(/không kèm tên cơ quan/);
    expect(checkSignature(defaultSignature(org), 'cap-uy')).toEqual([]);
  });

  it('knows who may issue what', () => {
    expect(mayIssue('cap-uy', 'chi-thi')).toBe(true);
    expect(mayIssue('chi-bo', 'chi-thi')).toBe(false);
    expect(mayIssue('dai-hoi', 'ke-hoach')).toBe(false);
  });
});
