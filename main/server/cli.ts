/**
 * `vanthu server …`: sets up and runs the office server.
 *   vanthu server init [--dir <thư mục>] [--name <tên máy>] [--renew]
 *   vanthu server settings [--dir] [--listen <địa chỉ IPv4>] [--port <n>] [--database <postgres://…>]
 *   vanthu server admin create <tên> [--dir] [--full-name <họ và tên>]
 *   vanthu server [--dir] [--port <n>] [--listen <địa chỉ>]
 * Problems the user can fix are Vietnamese UserErrors (exit 1). The certificate library is loaded by
 * `init` only.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { UserError } from '../../common/api/errors';
import { RENDERER_DIR, ensureRenderer } from '../host/build-renderer';
import { openServerAccounts } from './accounts-store';
import type { CertificateInfo } from './certificate-info';
import { defaultServerDir, serverFiles } from './files';
import { startServer } from './https';
import { maskConnectionString, readServerSettings, saveServerSettings } from './settings';

/** Usage of `vanthu server` (Vietnamese). */
export const SERVER_USAGE = `Cách dùng:
  vanthu server init [--dir <thư mục>] [--name <tên máy>] [--renew]
        tạo khóa và chứng chỉ HTTPS của máy chủ văn phòng, in mã nhận dạng để máy trạm đối chiếu
  vanthu server settings [--dir <thư mục>] [--listen <địa chỉ IPv4>] [--port <cổng>] [--database <postgres://…>]
        xem hoặc sửa cài đặt của máy chủ (mật khẩu cơ sở dữ liệu không bao giờ được in ra)
  vanthu server admin create <tên đăng nhập> [--dir <thư mục>] [--full-name <họ và tên>]
        tạo tài khoản quản trị đầu tiên (chỉ khi máy chủ chưa có tài khoản nào), in mật khẩu dùng một lần
  vanthu server [--dir <thư mục>] [--port <cổng>] [--listen <địa chỉ IPv4>]
        chạy máy chủ văn phòng qua HTTPS trong mạng nội bộ (mặc định 0.0.0.0:8443)`;

/** The lines the server machine shows so that a clerk can compare them on a workstation. */
export function fingerprintLines(info: CertificateInfo): string[] {
  return [
    'Mã nhận dạng của máy chủ (SHA-256):',
    `  ${info.fingerprint}`,
    `Mã ngắn để đọc qua điện thoại: ${info.short}`,
  ];
}

function portOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw new UserError('invalid-input', `Cổng "${value}" không hợp lệ: phải là số từ 1 đến 65535, ví dụ 8443.`);
  return n;
}

async function init(dir: string, name: string | undefined, renew: boolean): Promise<void> {
  const { initServer } = await import('./certificate');
  const r = await initServer({ dir, name, renew });
  console.log(`${r.renewed ? 'Đã cấp chứng chỉ mới' : 'Đã tạo chứng chỉ'} cho máy chủ văn phòng, hiệu lực đến ${r.validTo.toLocaleDateString('vi-VN')}.`);
  console.log(`Thư mục: ${r.files.dir}`);
  console.log(`Tên và địa chỉ trong chứng chỉ: ${r.names.join(', ')}`);
  for (const line of fingerprintLines(r)) console.log(line);
  console.log('Khi một máy trạm kết nối lần đầu, người dùng phải thấy đúng mã này trước khi bấm xác nhận.');
  if (r.renewed) console.log('Mọi máy trạm đã kết nối sẽ báo mã nhận dạng thay đổi: hãy đọc mã mới cho từng người để họ xác nhận lại.');
  console.log(`Khởi động máy chủ: vanthu server --dir ${r.files.dir}`);
}

function settingsCommand(dir: string, values: { listen?: string; port?: string; database?: string }): void {
  const files = serverFiles(dir);
  const s = readServerSettings(files.settings);
  const next = {
    listen: { host: values.listen ?? s.listen.host, port: portOf(values.port) ?? s.listen.port },
    database: values.database ?? s.database,
  };
  if (values.listen !== undefined || values.port !== undefined || values.database !== undefined) {
    try {
      saveServerSettings(files.settings, next);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError('invalid-input', 'Cài đặt không hợp lệ: --listen phải là địa chỉ IPv4 (ví dụ 0.0.0.0), --database phải có dạng postgres://người-dùng@máy:cổng/tên-csdl.');
    }
    console.log('Đã lưu cài đặt của máy chủ.');
  }
  console.log(`Địa chỉ nghe: ${next.listen.host}:${next.listen.port}`);
  console.log(`Cơ sở dữ liệu PostgreSQL: ${maskConnectionString(next.database)}`);
}

/** Creates the first quản trị account of an empty server and prints its one-time password once. */
async function adminCreate(dir: string, userName: string | undefined, fullName: string | undefined): Promise<void> {
  if (!userName) throw new UserError('invalid-input', `Hãy cho biết tên đăng nhập của quản trị, ví dụ: vanthu server admin create quantri --full-name "Nguyễn Văn A".\n${SERVER_USAGE}`);
  const files = serverFiles(dir);
  const accounts = openServerAccounts(files, readServerSettings(files.settings));
  try {
    const r = await accounts.service.createFirstAdmin({ userName, displayName: fullName ?? userName }, osUser());
    console.log(`Đã tạo tài khoản quản trị "${r.account.userName}" (${r.account.displayName}).`);
    console.log(`Mật khẩu dùng một lần: ${r.oneTimePassword}`);
    console.log('Mật khẩu này chỉ hiện một lần: hãy ghi lại và trao tận tay. Ở lần đăng nhập đầu tiên, vanthu yêu cầu đổi mật khẩu.');
  } finally {
    accounts.close();
  }
}

function osUser(): string {
  try { return os.userInfo().username; } catch { return 'vanthu'; }
}

/** Runs the server until SIGINT/SIGTERM. */
async function run(dir: string, port: number | undefined, host: string | undefined): Promise<void> {
  const server = await startServer({ dir, rendererDir: RENDERER_DIR, port, host });
  await ensureRenderer();
  console.log(`Máy chủ văn phòng vanthu đang chạy tại ${server.url} (chỉ HTTPS).`);
  console.log(`Thư mục: ${server.files.dir}`);
  console.log(`Cơ sở dữ liệu PostgreSQL: ${maskConnectionString(server.settings.database)}`);
  for (const line of fingerprintLines(server.certificate)) console.log(line);
  console.log(`Tài khoản lưu trong: ${server.accounts.engine === 'postgres' ? 'PostgreSQL' : 'SQLite (thư mục data/ của máy chủ)'}.`);
  console.log(`Sổ đăng ký lưu trong: ${server.registry.engine === 'postgres' ? 'PostgreSQL' : 'SQLite (tệp data/vanthu.db của máy chủ; khai báo PostgreSQL bằng "vanthu server settings --database postgres://…")'}.`);
  console.log(`Mở ${server.url} trong trình duyệt và đăng nhập bằng tài khoản do quản trị cấp.`);
  if (server.accounts.count() === 0) {
    console.log(`Máy chủ chưa có tài khoản nào: hãy tạo quản trị đầu tiên bằng "vanthu server admin create <tên đăng nhập> --dir ${server.files.dir}".`);
  }
  console.log('Nhấn Ctrl+C để dừng máy chủ.');
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Đã dừng máy chủ văn phòng.');
}

/** `vanthu server …` with the arguments after "server". */
export async function serverCommand(argv: string[]): Promise<void> {
  const [first] = argv;
  if (first === 'help' || first === '--help' || first === '-h') return void console.log(SERVER_USAGE);
  const sub = first === 'init' || first === 'settings' || first === 'admin' ? first : null;
  const { values, positionals } = parseArgs({
    args: sub ? argv.slice(1) : argv,
    allowPositionals: true,
    options: {
      dir: { type: 'string' }, name: { type: 'string' }, renew: { type: 'boolean' }, port: { type: 'string' },
      listen: { type: 'string' }, database: { type: 'string' }, 'full-name': { type: 'string' },
    },
  });
  if (sub === 'admin') {
    if (positionals[0] !== 'create') throw new UserError('invalid-input', `Không có lệnh "vanthu server admin ${positionals[0] ?? ''}".\n${SERVER_USAGE}`);
    return adminCreate(values.dir ?? defaultServerDir(), positionals[1], values['full-name']);
  }
  if (positionals.length) throw new UserError('invalid-input', `Không có lệnh "vanthu server ${positionals[0]}".\n${SERVER_USAGE}`);
  const dir = values.dir ?? defaultServerDir();
  if (sub === 'init') return init(dir, values.name, values.renew ?? false);
  if (sub === 'settings') return settingsCommand(dir, values);
  return run(dir, portOf(values.port), values.listen);
}
