/**
 * `vanthu server init`: key 0600 in a 0700 folder, a certificate whose fingerprint is what
 * openssl computes, the names it certifies, no overwrite without --renew, settings with the
 * connection string never printed unmasked.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFingerprint, shortFingerprint } from '../../../main/server/fingerprint';
import { serverFiles } from '../../../main/server/files';
import { maskConnectionString, readServerSettings } from '../../../main/server/settings';
import { RAW, vanthu } from '../cli/run';
import { removeTemp, tempDir } from './fixture';

afterAll(removeTemp);

const mode = (p: string) => (fs.statSync(p).mode & 0o777).toString(8);
const openssl = (cert: string, ...args: string[]) => execFileSync('openssl', ['x509', '-in', cert, '-noout', ...args], { encoding: 'utf8' });

describe('vanthu server init', () => {
  const dir = path.join(tempDir(), 'may-chu');
  let first = { status: -1, stdout: '', stderr: '' };

  it('creates the folder 0700 with the key 0600, and prints the fingerprint openssl computes', async () => {
    first = await vanthu('server', 'init', '--dir', dir, '--name', 'may-chu-vp');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const files = serverFiles(dir);
    expect(mode(dir)).toBe('700');
    expect(mode(files.key)).toBe('600');
    expect(mode(files.settings)).toBe('600');
    const fp = openssl(files.cert, '-fingerprint', '-sha256').trim().split('=')[1] ?? '';
    expect(isFingerprint(fp)).toBe(true);
    expect(first.stdout).toContain(fp);
    expect(first.stdout).toContain(`Mã ngắn để đọc qua điện thoại: ${shortFingerprint(fp)}`);
    expect(shortFingerprint(fp)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('certifies the machine name and 127.0.0.1 with an ECDSA P-256 key for five years', () => {
    const text = openssl(serverFiles(dir).cert, '-text');
    expect(text).toMatch(/DNS:may-chu-vp/);
    expect(text).toMatch(/IP Address:127\.0\.0\.1/);
    expect(text).toMatch(/prime256v1|P-256/);
    const end = new Date(openssl(serverFiles(dir).cert, '-enddate').trim().split('=')[1] ?? '');
    const years = (end.getTime() - Date.now()) / (365.25 * 24 * 3600 * 1000);
    expect(years).toBeGreaterThan(4.9);
    expect(years).toBeLessThan(5.1);
    execFileSync('openssl', ['pkey', '-in', serverFiles(dir).key, '-noout']);
  });

  it('refuses a second init, keeping key and certificate byte for byte', async () => {
    const files = serverFiles(dir);
    const before = [fs.readFileSync(files.key), fs.readFileSync(files.cert)];
    const again = await vanthu('server', 'init', '--dir', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('đã có chứng chỉ của máy chủ');
    expect(again.stderr).toContain('--renew');
    expect(again.stderr).not.toMatch(RAW);
    expect(fs.readFileSync(files.key).equals(before[0] as Buffer)).toBe(true);
    expect(fs.readFileSync(files.cert).equals(before[1] as Buffer)).toBe(true);
  });

  it('--renew replaces them with a new fingerprint and says workstations must confirm again', async () => {
    const files = serverFiles(dir);
    const old = openssl(files.cert, '-fingerprint', '-sha256');
    const renewed = await vanthu('server', 'init', '--dir', dir, '--renew');
    expect(renewed.status).toBe(0);
    expect(renewed.stdout).toContain('Đã cấp chứng chỉ mới');
    expect(renewed.stdout).toContain('xác nhận lại');
    expect(openssl(files.cert, '-fingerprint', '-sha256')).not.toBe(old);
    expect(mode(files.key)).toBe('600');
  });

  it('refuses a machine name a certificate cannot carry', async () => {
    const r = await vanthu('server', 'init', '--dir', path.join(tempDir(), 'x'), '--name', 'máy chủ');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Tên máy "máy chủ" không dùng được');
  });
});

describe('server settings', () => {
  it('keeps the PostgreSQL connection string in server.json (0600) and prints it masked', async () => {
    const dir = tempDir();
    const url = 'postgres://vanthu:mat-khau-bi-mat@db.vp.local:5432/vanthu';
    const r = await vanthu('server', 'settings', '--dir', dir, '--database', url, '--port', '9443');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('postgres://vanthu:***@db.vp.local:5432/vanthu');
    expect(r.stdout).toContain('0.0.0.0:9443');
    expect(r.stdout).not.toContain('mat-khau-bi-mat');
    const file = serverFiles(dir).settings;
    expect(mode(file)).toBe('600');
    expect(readServerSettings(file)).toEqual({ listen: { host: '0.0.0.0', port: 9443 }, database: url });
    expect(maskConnectionString('postgresql://u@h/db?password=x')).not.toContain('=x');
  });

  it('names the wrong entry of a hand-edited server.json in Vietnamese', async () => {
    const dir = tempDir();
    fs.writeFileSync(serverFiles(dir).settings, JSON.stringify({ listen: { host: 'mọi nơi', port: 8443 }, database: null }));
    const r = await vanthu('server', 'settings', '--dir', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('mục "listen.host" phải là một địa chỉ IPv4');
  });
});
