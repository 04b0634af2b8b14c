/**
 * `vanthu server admin create`: the first quản trị of an empty server, its one-time password printed
 * once (and working only to change it), a second run refused in Vietnamese, a missing name
 * explained; the accounts kept in SQLite in the server's data folder, 0600.
 */
import fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../common/api/errors';
import { openServerAccounts, accountsFile } from '../../../main/server/accounts-store';
import { serverCommand } from '../../../main/server/cli';
import { serverFiles } from '../../../main/server/files';
import { readServerSettings } from '../../../main/server/settings';
import { removeTemp, tempDir } from './fixture';

afterEach(() => vi.restoreAllMocks());
afterAll(() => removeTemp());

async function run(args: string[]): Promise<string> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  await serverCommand(args);
  return lines.join('\n');
}

describe('vanthu server admin create', () => {
  it('creates the first quản trị once and prints a one-time password that must be changed', async () => {
    const dir = tempDir();
    const out = await run(['admin', 'create', 'quantri', '--dir', dir, '--full-name', 'Nguyễn Văn A']);
    expect(out).toContain('Đã tạo tài khoản quản trị "quantri" (Nguyễn Văn A).');
    const otp = /Mật khẩu dùng một lần: (\S+)/.exec(out)?.[1] ?? '';
    expect(otp).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect(fs.statSync(accountsFile(serverFiles(dir))).mode & 0o077).toBe(0);

    const again = await run(['admin', 'create', 'nguoikhac', '--dir', dir]).then(() => null, (e: unknown) => e);
    expect(again).toBeInstanceOf(UserError);
    expect((again as UserError).message).toContain('Máy chủ đã có tài khoản');

    const files = serverFiles(dir);
    const accounts = openServerAccounts(files, readServerSettings(files.settings));
    try {
      const session = await accounts.service.login('quantri', otp);
      expect(session.actor).toMatchObject({ roles: ['quan-tri'], mustChangePassword: true });
      expect(accounts.count()).toBe(1);
    } finally {
      accounts.close();
    }
  });

  it('asks for the user name when it is missing', async () => {
    const e = await run(['admin', 'create', '--dir', tempDir()]).then(() => null, (x: unknown) => x);
    expect((e as UserError).message).toContain('Hãy cho biết tên đăng nhập của quản trị');
  });
});
