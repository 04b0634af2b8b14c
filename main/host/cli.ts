/**
 * `npm run web`: starts the local host and opens the browser at a one-time launch address.
 * Options: --data <folder> (default: the user's data folder), --port <n>, --no-open.
 * Pressing Enter in the terminal prints a fresh launch address (for another browser, or after the
 * first one expired).
 */
import { defaultDataDir } from '../services/data-dir';
import { ensureRenderer } from './build-renderer';
import { openBrowser } from './open-browser';
import { startHost } from './server';
import { LAUNCH_CODE_TTL_MS } from './session';

/** Parsed command-line options of the host. */
export interface HostArgs {
  dataDir: string;
  port: number;
  open: boolean;
}

/** Parses the host's command line. */
export function parseHostArgs(argv: string[]): HostArgs {
  const args: HostArgs = { dataDir: defaultDataDir(), port: 0, open: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') args.dataDir = argv[++i] ?? args.dataDir;
    else if (argv[i] === '--port') args.port = Number(argv[++i] ?? 0);
    else if (argv[i] === '--no-open') args.open = false;
  }
  return args;
}

/** Runs the host until the process is stopped. */
export async function runHost(argv: string[]): Promise<void> {
  const args = parseHostArgs(argv);
  const rendererDir = await ensureRenderer();
  const host = await startHost({ dataDir: args.dataDir, rendererDir, port: args.port }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') {
      console.error(`Cổng ${args.port} đang được chương trình khác dùng; bỏ tùy chọn --port để vanthu tự chọn cổng trống.`);
      process.exit(1);
    }
    throw e;
  });
  const seconds = Math.round(LAUNCH_CODE_TTL_MS / 1000);
  const tell = () => console.log(`Địa chỉ mở vanthu (dùng được một lần, trong ${seconds} giây):\n  ${host.launchUrl()}`);
  console.log(`vanthu đang chạy tại ${host.url}`);
  console.log(`Dữ liệu: ${host.ctx.dataDir}`);
  if (args.open) {
    if (!openBrowser(host.launchUrl())) tell();
  } else tell();
  console.log('Nhấn Enter để lấy địa chỉ mở mới; nhấn Ctrl+C để dừng.');
  process.stdin.on('data', tell);
  process.stdin.on('error', () => {});
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && /host[\\/]cli\.ts$/.test(process.argv[1])) await runHost(process.argv.slice(2));
