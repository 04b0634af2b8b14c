/** Opens a URL in the default browser of the operating system. */
import { spawn } from 'node:child_process';

/** Opens `url` (only our own http://127.0.0.1 address is ever passed); returns false on failure. */
export function openBrowser(url: string): boolean {
  if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(url)) return false;
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin' ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`Không mở được trình duyệt tự động; hãy mở địa chỉ trên bằng tay.`));
    child.unref();
    return true;
  } catch {
    return false;
  }
}
