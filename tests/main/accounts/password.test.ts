/** Password hashing (main/accounts/password.ts): scrypt, the stored form, upgrades, constant-time comparison. */
import crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashPassword, needsRehash, paramsOf, SCRYPT_PARAMS, verifyPassword } from '../../../main/accounts/password';
import { FAST } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('hashPassword / verifyPassword', () => {
  it('stores a self-describing scrypt hash with the default parameters and verifies it', async () => {
    const stored = await hashPassword('Mật khẩu dài 2026');
    expect(stored).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(paramsOf(stored)).toEqual(SCRYPT_PARAMS);
    expect(await verifyPassword('Mật khẩu dài 2026', stored)).toBe(true);
    expect(await verifyPassword('Mật khẩu dài 2025', stored)).toBe(false);
  });

  it('salts each hash: the same password twice gives two different stored values, both verifying', async () => {
    const a = await hashPassword('cung-mot-mat-khau', FAST);
    const b = await hashPassword('cung-mot-mat-khau', FAST);
    expect(a).not.toBe(b);
    expect(await verifyPassword('cung-mot-mat-khau', a)).toBe(true);
    expect(await verifyPassword('cung-mot-mat-khau', b)).toBe(true);
  });

  it('treats the same Vietnamese letters typed composed or decomposed as one password', async () => {
    const stored = await hashPassword('Đồng chí bí thư'.normalize('NFD'), FAST);
    expect(await verifyPassword('Đồng chí bí thư'.normalize('NFC'), stored)).toBe(true);
  });

  it('compares with crypto.timingSafeEqual on keys of equal length', async () => {
    const stored = await hashPassword('so-sanh-thoi-gian', FAST);
    const spy = vi.spyOn(crypto, 'timingSafeEqual');
    expect(await verifyPassword('sai-mat-khau-roi', stored)).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
    const [a, b] = spy.mock.calls[0] as [Buffer, Buffer];
    expect(a.length).toBe(32);
    expect(b.length).toBe(32);
  });

  it('never matches a stored value that is not a hash of this form, nor one asking for absurd parameters', async () => {
    expect(await verifyPassword('x', '')).toBe(false);
    expect(await verifyPassword('x', 'x')).toBe(false);
    const stored = await hashPassword('x', FAST);
    const greedy = stored.replace('ln=10', 'ln=30');
    expect(await verifyPassword('x', greedy)).toBe(false);
    expect(await verifyPassword('x', stored.replace('$scrypt$', '$argon2id$'))).toBe(false);
  });
});

describe('needsRehash (raising the parameters later)', () => {
  it('keeps verifying an old hash with its own parameters and asks for a new one', async () => {
    const old = await hashPassword('mat-khau-cu-van-dung', FAST);
    expect(await verifyPassword('mat-khau-cu-van-dung', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, FAST)).toBe(false);
    expect(needsRehash(old, { ...FAST, r: 16 })).toBe(true);
    expect(needsRehash('rác')).toBe(true);
  });
});
