/**
 * The backup tools' own connection to the PostgreSQL server (node-postgres): connecting with every
 * failure told in Vietnamese (server unreachable, authentication refused, database missing, no
 * permission), the server's major version, and a session whose text output does not depend on the
 * server's settings (so a row reads the same on the source and on the restored database).
 */
import pg from 'pg';
import { UserError } from '../../../../common/api/errors';
import { RegistryError } from '../../errors';
import { lookupPgpass } from './pgpass';
import { type BackupTarget, parseBackupTarget, withDatabase } from './url';

/** Network error codes meaning the server could not be reached. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);

/** Vietnamese message: the server at `masked` does not answer. */
export function unreachableMessage(masked: string): string {
  return `Không kết nối được máy chủ PostgreSQL ${masked}: máy chủ không trả lời (chưa chạy, sai địa chỉ hoặc cổng, hoặc tường lửa chặn). Hãy kiểm tra máy chủ rồi thử lại.`;
}

/** Vietnamese message: the server refused the login of `user`. */
export function authMessage(target: BackupTarget): string {
  const who = target.user ? `tài khoản "${target.user}"` : 'tài khoản mặc định';
  return `Máy chủ PostgreSQL ${target.masked} từ chối đăng nhập của ${who}: sai mật khẩu, tài khoản không tồn tại hoặc không được phép kết nối. Hãy kiểm tra tài khoản và mật khẩu trong địa chỉ --db.`;
}

/** Turns a node-postgres failure into a Vietnamese RegistryError; anything unknown is returned as is (a bug). */
export function describeServerError(e: unknown, target: BackupTarget, database = target.database): unknown {
  if (e instanceof RegistryError || e instanceof UserError) return e;
  const err = e as { code?: string; message?: string } | null;
  const code = err?.code ?? '';
  const text = err?.message ?? '';
  if (UNREACHABLE.has(code) || /timeout|Connection terminated unexpectedly/i.test(text)) {
    return new RegistryError('io', unreachableMessage(target.masked));
  }
  if (code === '28P01' || code === '28000' || /SASL|password/i.test(text)) return new RegistryError('forbidden', authMessage(target));
  if (code === '3D000') return new RegistryError('not-found', `Cơ sở dữ liệu "${database}" không có trên máy chủ PostgreSQL ${target.masked}. Hãy kiểm tra tên sau dấu / trong địa chỉ --db.`);
  if (code === '42501') return new RegistryError('forbidden', `Tài khoản "${target.user}" không đủ quyền trên máy chủ PostgreSQL ${target.masked}: ${text}. Hãy dùng tài khoản chủ sở hữu cơ sở dữ liệu (hoặc được cấp quyền đọc mọi bảng, tạo cơ sở dữ liệu).`);
  if (code === '55006') return new RegistryError('conflict', `Cơ sở dữ liệu "${database}" trên máy chủ PostgreSQL ${target.masked} đang có người kết nối. Hãy đóng các kết nối đó (hoặc chọn tên khác) rồi thử lại.`);
  if (code === '53100') return new RegistryError('io', `Ổ đĩa của máy chủ PostgreSQL ${target.masked} đã đầy. Hãy báo người quản trị máy chủ giải phóng dung lượng.`);
  if (code === '57P01' || code === '57P03' || code === '53300') return new RegistryError('io', `Máy chủ PostgreSQL ${target.masked} đang dừng, đang khởi động hoặc đã hết chỗ kết nối. Hãy thử lại sau ít phút.`);
  return e;
}

/**
 * Session settings under which a row's text is the same on any server: ISO dates in UTC, exact
 * floats, hex bytea, plain intervals. The manifest's checksums are computed under them.
 */
const STABLE_TEXT = "SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET TimeZone = 'UTC'; SET extra_float_digits = 3; SET bytea_output = 'hex'";

/** Opens a connection to `url` (database `database` when given), failures in Vietnamese. */
export async function connectServer(url: string, database?: string): Promise<pg.Client> {
  const target = parseBackupTarget(url);
  const db = database ?? target.database;
  // No password in the URL: the user's .pgpass, read here (node-postgres's own reading warns on stderr).
  const password = target.password ? '' : lookupPgpass(target.host, target.port, db, target.user);
  const client = new pg.Client({ connectionString: withDatabase(url, db, password), connectionTimeoutMillis: 15_000 });
  // An error after connecting (server stopped mid-work) arrives here and again on the pending query.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query(STABLE_TEXT);
  } catch (e) {
    await client.end().catch(() => {});
    throw describeServerError(e, target, db);
  }
  return client;
}

/** The server's major version (15 for 15.4; from `server_version_num`). */
export async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  const num = Number(rows[0].v);
  return num >= 100000 ? Math.floor(num / 10000) : Math.floor(num / 100) / 100;
}
