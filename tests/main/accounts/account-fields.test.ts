/** Rules of the account fields (main/accounts/account-fields.ts), with lengths from LIMITS. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../common/api/fields';
import { displayNameProblems, normaliseUserName, passwordProblems, userNameProblems } from '../../../main/accounts/account-fields';

describe('passwordProblems', () => {
  it('accepts a long enough password and names the field in every refusal', () => {
    expect(passwordProblems('mùa xuân trên quê hương', 'nguyen.van.a')).toEqual([]);
    expect(passwordProblems('ngan', 'nguyen.van.a')).toEqual([`Mật khẩu phải có ít nhất ${LIMITS.passwordMin} ký tự (hiện có 4).`]);
    expect(passwordProblems('a'.repeat(LIMITS.passwordMax + 1), 'nguyen.van.a')).toEqual([
      `Mật khẩu dài quá ${LIMITS.passwordMax} ký tự.`, 'Mật khẩu không được chỉ lặp lại một ký tự.',
    ]);
    expect(passwordProblems('NGUYEN.VAN.A-2026', 'nguyen.van.a')).toEqual(['Mật khẩu không được chứa tên đăng nhập.']);
    expect(passwordProblems('mat khau\ndai qua', 'nguyen.van.a')).toEqual(['Mật khẩu chứa ký tự điều khiển (ví dụ: xuống dòng); hãy gõ lại.']);
  });

  it('counts characters, not UTF-16 units, after NFC', () => {
    const nine = 'ắắắắắắắắb'.normalize('NFD');
    expect(passwordProblems(nine, 'abc')).toEqual([`Mật khẩu phải có ít nhất ${LIMITS.passwordMin} ký tự (hiện có 9).`]);
  });
});

describe('user names and full names', () => {
  it('normalises case and spaces and refuses names with tone marks or spaces', () => {
    expect(normaliseUserName('  Nguyen.Van.A ')).toBe('nguyen.van.a');
    expect(userNameProblems('nguyen.van.a')).toEqual([]);
    expect(userNameProblems('ab')).toEqual([`Tên đăng nhập phải dài từ ${LIMITS.userNameMin} đến ${LIMITS.userNameMax} ký tự.`]);
    expect(userNameProblems('nguyễn văn')[0]).toMatch(/^Tên đăng nhập chỉ gồm chữ cái không dấu/);
  });

  it('requires a full name within the line limit', () => {
    expect(displayNameProblems('Nguyễn Văn A')).toEqual([]);
    expect(displayNameProblems('  ')).toEqual(['Họ và tên không được để trống.']);
    expect(displayNameProblems('x'.repeat(LIMITS.line + 1))).toEqual([`Họ và tên dài quá ${LIMITS.line} ký tự.`]);
  });
});
