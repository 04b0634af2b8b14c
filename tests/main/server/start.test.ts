/**
 * `vanthu server` refusing to start, exit 1 with a Vietnamese message: the port in use, no
 * certificate yet, a key other accounts can read, a key that cannot be read and a folder that
 * cannot be written (as another OS account through runuser, since root writes anywhere).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { initServer } from '../../../main/server/certificate';
import { serverFiles } from '../../../main/server/files';
import { RAW, vanthu } from '../cli/run';
import { removeTemp, tempDir } from './fixture';

afterAll(removeTemp);

/** A folder holding a fresh certificate. */
async function ready(): Promise<string> {
  const dir = path.join(tempDir(), 'may-chu');
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  return dir;
}

describe('vanthu server refuses to start', () => {
  it('when the port is in use: exit 1, names the port and what to do', async () => {
    const dir = await ready();
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const r = await vanthu('server', '--dir', dir, '--listen', '127.0.0.1', '--port', String(port));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Cổng ${port} đang được chương trình khác dùng`);
      expect(r.stderr).toContain('--port');
      expect(r.stderr).not.toMatch(RAW);
    } finally {
      busy.close();
    }
  });

  it('without a certificate: says to run vanthu server init', async () => {
    const dir = tempDir();
    const r = await vanthu('server', '--dir', dir, '--listen', '127.0.0.1', '--port', '18443');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Chưa có chứng chỉ của máy chủ');
    expect(r.stderr).toContain('vanthu server init');
  });

  it('with a key other accounts can read: says chmod 600', async () => {
    const dir = await ready();
    fs.chmodSync(serverFiles(dir).key, 0o644);
    const r = await vanthu('server', '--dir', dir, '--listen', '127.0.0.1', '--port', '18443');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('quyền 0644');
    expect(r.stderr).toContain('chmod 600');
  });

  it('with a damaged key: says to renew', async () => {
    const dir = await ready();
    fs.writeFileSync(serverFiles(dir).key, 'không phải khóa', { mode: 0o600 });
    const r = await vanthu('server', '--dir', dir, '--listen', '127.0.0.1', '--port', '18443');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bị hỏng hoặc không khớp nhau');
    expect(r.stderr).toContain('--renew');
  });

  const canSwitch = process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/usr/sbin/runuser');
  if (!canSwitch) console.log('[skip] read-only folder, unreadable key: need Linux, root and runuser to run as "nobody"');

  /** Runs `vanthu server` from the sources as the OS account "nobody". */
  const asNobody = (dir: string) => promisify(execFile)('runuser', ['-u', 'nobody', '--', process.execPath, 'bin/run-ts.mjs', 'bin/dev-cli.ts',
    'server', '--dir', dir, '--listen', '127.0.0.1', '--port', '18443']).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);

  it.skipIf(!canSwitch)('in a folder the account cannot write, or with a key it cannot read (runuser -u nobody)', async () => {
    const dir = await ready();
    fs.chmodSync(path.dirname(dir), 0o755);
    fs.chownSync(dir, 65534, 65534);
    for (const f of [serverFiles(dir).cert, serverFiles(dir).settings, serverFiles(dir).key]) fs.chownSync(f, 65534, 65534);
    fs.chmodSync(dir, 0o500);
    const readOnly = await asNobody(dir);
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toContain('chỉ cho phép đọc');
    expect(readOnly.stderr).not.toMatch(RAW);
    fs.chmodSync(dir, 0o700);
    fs.chownSync(serverFiles(dir).key, 0, 0);
    const noKey = await asNobody(dir);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toContain('Không đọc được tệp khóa riêng của máy chủ "tls-key.pem"');
    expect(noKey.stderr).not.toMatch(RAW);
  }, 60_000);
});
