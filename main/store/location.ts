/**
 * Where a registry lives, from the value of `--db`: a file path is an SQLite file; a
 * `postgres://` or `postgresql://` URL is a PostgreSQL database. Any other value that looks like a
 * URL (`mysql://…`, `http:…`, `file:…`, `sqlite://…`) is refused, never taken as a file name. The
 * password of a URL is never printed: `describe()` masks it, and so do the messages here.
 */
import path from 'node:path';
import { UserError } from '../../common/api/errors';

/** An SQLite registry file. */
export interface SqliteLocation {
  engine: 'sqlite';
  /** Absolute path of the file. */
  file: string;
  /** The file, for messages. */
  describe(): string;
}

/** A PostgreSQL database. */
export interface PostgresLocation {
  engine: 'postgres';
  /** The URL as given (with its password: pass it to the driver only, never print it). */
  url: string;
  /** Host name or address. */
  host: string;
  /** TCP port (5432 when the URL names none). */
  port: number;
  /** Database name. */
  database: string;
  /** User name ('' when the URL names none: the driver then uses the OS account's). */
  user: string;
  /** The URL with its password replaced by ***, for messages and logs. */
  describe(): string;
}

/** Where a registry lives. */
export type StoreLocation = SqliteLocation | PostgresLocation;

/** A scheme of two letters or more followed by ':' (one letter is a Windows drive: C:\…). */
const URL_LIKE = /^([a-z][a-z0-9+.-]+):/i;

/** The accepted form, for messages. */
const FORMS = 'đường dẫn tệp SQLite (ví dụ so-dang-ky.db) hoặc địa chỉ PostgreSQL postgres://người-dùng@máy-chủ:cổng/tên-cơ-sở-dữ-liệu';

/** `value` with the password of any `scheme://user:password@` part (and any `password=` parameter) replaced by ***. */
export function maskPassword(value: string): string {
  return value
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#]*@/i, '$1:***@')
    .replace(/([?&]password=)[^&#]*/gi, '$1***');
}

function refuse(message: string): never {
  throw new UserError('invalid-input', `--db: ${message}`);
}

/** Parses the value of `--db` (relative paths against `cwd`). Throws a Vietnamese UserError naming --db. */
export function parseStoreLocation(value: string, cwd = process.cwd()): StoreLocation {
  const given = value.trim();
  if (given === '') refuse(`hãy cho ${FORMS}.`);
  const scheme = URL_LIKE.exec(given)?.[1].toLowerCase();
  if (scheme === undefined) {
    const file = path.resolve(cwd, given);
    return { engine: 'sqlite', file, describe: () => file };
  }
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    refuse(`"${maskPassword(given)}" là địa chỉ kiểu "${scheme}:", vanthu không dùng được. Hãy cho ${FORMS}. `
      + `Nếu đó thật là tên tệp, hãy viết "./${maskPassword(given)}".`);
  }
  return parsePostgresUrl(given);
}

function parsePostgresUrl(given: string): PostgresLocation {
  const shown = maskPassword(given);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    refuse(`địa chỉ PostgreSQL "${shown}" không đúng dạng postgres://người-dùng@máy-chủ:cổng/tên-cơ-sở-dữ-liệu.`);
  }
  if (!given.slice(url.protocol.length).startsWith('//')) refuse(`địa chỉ PostgreSQL "${shown}" thiếu "//" sau "${url.protocol}".`);
  const host = decodeURIComponent(url.hostname);
  if (host === '') refuse(`địa chỉ PostgreSQL "${shown}" thiếu tên máy chủ (postgres://người-dùng@máy-chủ:cổng/tên-cơ-sở-dữ-liệu).`);
  const port = url.port === '' ? 5432 : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) refuse(`cổng trong địa chỉ PostgreSQL "${shown}" không hợp lệ.`);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/')) {
    refuse(`địa chỉ PostgreSQL "${shown}" phải kết thúc bằng tên cơ sở dữ liệu (…/tên-cơ-sở-dữ-liệu).`);
  }
  return { engine: 'postgres', url: given, host, port, database, user: decodeURIComponent(url.username), describe: () => shown };
}
