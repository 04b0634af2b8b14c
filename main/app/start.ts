/**
 * `npm start`: runs the desktop app with Electron where it can start; otherwise says why and opens
 * vanthu in the default browser through the local host (same services, same data folder).
 * Runs built (bin/start.mjs → dist/node/start.mjs); Electron loads dist/electron/main.cjs of the same
 * build (scripts/build.mjs).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { usePrivateUmask } from '../fs';
import { runHost } from '../host/cli';
import { ensureRenderer, ROOT } from '../host/build-renderer';
import { probeElectron } from './electron-probe';

/** The Electron main bundle of the build. */
const ELECTRON_MAIN = path.join(ROOT, 'dist', 'electron', 'main.cjs');

/** Starts Electron; resolves with a reason if it fails to start or exits at once with an error. */
function launch(binary: string, main: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(binary, [main, ...args], { stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      process.stderr.write(d);
    });
    const timer = setTimeout(() => resolve(null), 5000);
    child.on('error', (e) => (clearTimeout(timer), resolve(`không chạy được Electron (${e.message}).`)));
    child.on('exit', (code) => {
      if (code !== 0) {
        clearTimeout(timer);
        resolve(`Electron dừng ngay khi khởi động (mã ${code}): ${err.trim().split('\n')[0]?.slice(0, 200) ?? ''}`);
      } else process.exit(0);
    });
  });
}

/** Runs `npm start`. */
export async function start(argv: string[]): Promise<void> {
  usePrivateUmask();
  await ensureRenderer();
  const probe = probeElectron();
  let reason = probe.ok ? null : probe.reason;
  if (probe.ok) {
    reason = await launch(probe.binary, ELECTRON_MAIN, argv);
    if (!reason) return;
  }
  console.log(`Không mở được vanthu dạng ứng dụng máy tính: ${reason}`);
  console.log('Chuyển sang chạy vanthu trong trình duyệt qua máy chủ cục bộ (cùng dữ liệu, cùng chức năng).');
  await runHost(argv);
}

if (process.argv[1] && /app[\\/]start\.ts$/.test(process.argv[1])) await start(process.argv.slice(2));
