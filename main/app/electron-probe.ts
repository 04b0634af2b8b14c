/**
 * Finds out whether Electron can start here: its binary must be present (the electron package
 * downloads it the first time it is required, which needs the network) and must run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../host/build-renderer';

/** The binary's path, or the reason (Vietnamese) it cannot be used. */
export type Probe = { ok: true; binary: string } | { ok: false; reason: string };

/** Resolves the Electron binary, letting the electron package download it when it is missing. */
export function probeElectron(root = ROOT, timeoutMs = 180_000): Probe {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkgDir, 'package.json'))) return { ok: false, reason: 'gói electron chưa được cài (chạy "npm install").' };
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: root, encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  if (r.status === 0 && out && fs.existsSync(out)) return { ok: true, binary: out };
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { ok: false, reason: 'tải chương trình Electron quá lâu (mạng chậm hoặc không có mạng).' };
  }
  const offline = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(r.stderr ?? '');
  return {
    ok: false,
    reason: offline
      ? 'chương trình Electron chưa được tải về và máy không kết nối được Internet để tải (lần chạy đầu cần mạng).'
      : `không tìm thấy chương trình Electron (${(r.stderr ?? '').trim().split('\n')[0]?.slice(0, 160) || 'không rõ lý do'}).`,
  };
}
