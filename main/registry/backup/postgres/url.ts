/**
 * A PostgreSQL connection URL (`postgres://user:password@host:port/database?sslmode=…`) as the
 * backup tools need it: parsed once, shown only masked (the password never appears in a message or
 * a log), turned into the libpq environment of a child process (PGHOST, PGPORT, PGUSER, PGDATABASE
 * and a private PGPASSFILE; never a command-line argument), or into the URL of another database on
 * the same server (the maintenance database a restore connects to).
 */
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateTempDir } from '../../../fs/temp-dir';
import { RegistryError } from '../../errors';
import { pgpassFile } from './pgpass';

/** True when `value` is a PostgreSQL URL (`postgres://` or `postgresql://`). */
function looksLikePostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value.trim());
}

/** The parts of a PostgreSQL URL. */
export interface BackupTarget {
  /** The URL as given. */
  url: string;
  /** Host name or address; a folder for a unix socket (`?host=/var/run/postgresql`); '' for libpq's default. */
  host: string;
  /** Port (5432 when not given). */
  port: number;
  /** Login role ('' for libpq's default, the OS user). */
  user: string;
  /** Password ('' when none: .pgpass, trust or peer authentication). */
  password: string;
  /** Database name. */
  database: string;
  /** Query parameters libpq understands (sslmode, sslrootcert, application_name, connect_timeout …). */
  params: Record<string, string>;
  /** The URL with its password replaced by `***`, for messages. */
  masked: string;
}

/** Query parameters passed on to libpq as environment variables. */
const PARAM_ENV: Record<string, string> = {
  sslmode: 'PGSSLMODE', sslrootcert: 'PGSSLROOTCERT', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY', sslcrl: 'PGSSLCRL',
  application_name: 'PGAPPNAME', connect_timeout: 'PGCONNECT_TIMEOUT', options: 'PGOPTIONS', target_session_attrs: 'PGTARGETSESSIONATTRS',
};

/** Parses `url`; refuses (RegistryError 'invalid', Vietnamese) anything that is not a usable PostgreSQL URL. */
export function parseBackupTarget(url: string): BackupTarget {
  const bad = (why: string) => new RegistryError('invalid', `Địa chỉ cơ sở dữ liệu PostgreSQL không hợp lệ (${why}). Dạng đúng: postgres://tài-khoản:mật-khẩu@máy-chủ:cổng/tên-cơ-sở-dữ-liệu.`);
  if (!looksLikePostgresUrl(url)) throw bad('phải bắt đầu bằng postgres:// hoặc postgresql://');
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw bad('không đọc được');
  }
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw bad('có ký tự % không đúng cách viết');
    }
  };
  const database = decode(u.pathname.replace(/^\//, ''));
  if (!database) throw bad('thiếu tên cơ sở dữ liệu sau dấu /');
  if (database.includes('/')) throw bad('tên cơ sở dữ liệu không được chứa dấu /');
  const params: Record<string, string> = {};
  for (const [k, v] of u.searchParams) params[k] = v;
  const host = params.host ?? decode(u.hostname).replace(/^\[(.*)\]$/, '$1');
  const port = Number(u.port || params.port || 5432);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw bad('cổng phải là số từ 1 đến 65535');
  const masked = u.password ? url.trim().replace(/^(postgres(?:ql)?:\/\/[^:@/]*:)[^@]*@/i, '$1***@') : url.trim();
  return { url: url.trim(), host, port, user: decode(u.username), password: decode(u.password), database, params, masked };
}

/** The same server and credentials with another database (e.g. the maintenance database `postgres`), and `password` when given. */
export function withDatabase(url: string, database: string, password?: string): string {
  const u = new URL(url.trim());
  u.pathname = `/${encodeURIComponent(database)}`;
  if (password) u.password = encodeURIComponent(password);
  return u.toString();
}

/** A libpq environment for a child process and the private folder holding its password file. */
export interface ToolEnvironment {
  /** The environment: PATH, a C.UTF-8 locale (English messages, matched by runTool), the PG* variables. */
  env: NodeJS.ProcessEnv;
  /** Removes the password file (call when the child has ended). */
  dispose(): void;
}

/** Escapes `:` and `\` for a .pgpass line. */
function passEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/:/g, '\\:');
}

/**
 * The environment for pg_dump / pg_restore connecting to `target` (database `database` when given):
 * nothing of the caller's environment but PATH (no stray PGHOST or PGSERVICE), the password in a
 * PGPASSFILE written 0600 in a fresh 0700 folder (removed by `dispose`); for a URL without a password,
 * the user's own password file (PGPASSFILE or ~/.pgpass).
 */
export function toolEnvironment(target: BackupTarget, database = target.database): ToolEnvironment {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', PGDATABASE: database, PGCONNECT_TIMEOUT: '15' };
  if (target.host) env.PGHOST = target.host;
  env.PGPORT = String(target.port);
  if (target.user) env.PGUSER = target.user;
  for (const [k, v] of Object.entries(target.params)) if (PARAM_ENV[k]) env[PARAM_ENV[k]] = v;
  let dir: string | undefined;
  if (target.password) {
    dir = makePrivateTempDir('vanthu-pgpass-');
    const file = path.join(dir, 'pgpass');
    fs.writeFileSync(file, `*:*:*:*:${passEscape(target.password)}\n`, { mode: 0o600 });
    env.PGPASSFILE = file;
  } else {
    env.PGPASSFILE = pgpassFile(); // no password in the URL: the user's password file, as libpq would read it
  }
  return { env, dispose: () => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); } };
}
