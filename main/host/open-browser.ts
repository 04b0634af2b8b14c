/** Opens the local host's launch address in the default browser of the operating system. */
import { spawn } from 'node:child_process';

/** Only our own one-time launch address is ever passed to the system. */
const LAUNCH_URL = /^http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]+$/;

/** Opens `url` (a launch address of the host); returns false when it could not even try. */
export function openBrowser(url: string): boolean {
  if (!LAUNCH_URL.test(url)) return false;
  const [cmd, args] =
    process.platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin' ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('Không mở được trình duyệt tự động; nhấn Enter để lấy địa chỉ mở rồi dán vào trình duyệt.'));
    child.unref();
    return true;
  } catch {
    return false;
  }
}
