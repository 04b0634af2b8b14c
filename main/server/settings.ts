/**
 * The server's settings file (`server.json` in the server folder, 0600, written atomically): the
 * address and port it listens on (default 0.0.0.0:8443, every IPv4 address of the machine) and the
 * PostgreSQL connection string of its storage. The connection string may carry a password: it is
 * never returned by an operation of the contract and only printed masked (maskConnectionString).
 */
import fs from 'node:fs';
import { isIPv4 } from 'node:net';
import path from 'node:path';
import * as z from 'zod';
import { UserError } from '../../common/api/errors';
import { describingEnvironment, ensurePrivateDir, writeFileAtomic } from '../fs';

/** Port of the server unless set (8443: the usual unprivileged HTTPS port; 443 needs root). */
export const DEFAULT_PORT = 8443;
/** Listen address unless set: every IPv4 address of the machine. */
export const DEFAULT_LISTEN = '0.0.0.0';

const schema = z.strictObject({
  listen: z.strictObject({
    host: z.string().refine(isIPv4, 'phải là một địa chỉ IPv4, ví dụ 0.0.0.0 hoặc 192.168.1.10'),
    port: z.number().int().min(1, 'phải từ 1 đến 65535').max(65535, 'phải từ 1 đến 65535'),
  }),
  database: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'phải có dạng postgres://người-dùng@máy:cổng/tên-csdl').nullable(),
});

/** What server.json holds. */
export type ServerSettings = z.infer<typeof schema>;

/** Settings of a new server. */
export const DEFAULT_SERVER_SETTINGS: ServerSettings = { listen: { host: DEFAULT_LISTEN, port: DEFAULT_PORT }, database: null };

/** Reads and checks server.json; a missing file gives the defaults. Problems are Vietnamese UserErrors. */
export function readServerSettings(file: string): ServerSettings {
  const text = describingEnvironment('Không đọc được tệp cài đặt của máy chủ', file, () =>
    fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
  if (text === null) return DEFAULT_SERVER_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError('invalid-input', `Tệp cài đặt "${path.basename(file)}" của máy chủ không phải JSON hợp lệ; hãy sửa lại hoặc xóa để dùng cài đặt mặc định.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'nội dung';
    throw new UserError('invalid-input', `Tệp cài đặt "${path.basename(file)}" của máy chủ: mục "${where}" ${issue?.message ?? 'không hợp lệ'}.`);
  }
  return parsed.data;
}

/** Writes server.json atomically, 0600, in a 0700 folder. */
export function saveServerSettings(file: string, settings: ServerSettings): void {
  const checked = schema.parse(settings);
  describingEnvironment('Không lưu được tệp cài đặt của máy chủ', file, () => {
    ensurePrivateDir(path.dirname(file));
    writeFileAtomic(file, `${JSON.stringify(checked, null, 2)}\n`);
  });
}

/** Writes the default settings when server.json does not exist yet. */
export function ensureServerSettings(file: string): void {
  if (!fs.existsSync(file)) saveServerSettings(file, DEFAULT_SERVER_SETTINGS);
}

/** A connection string with its password hidden: postgres://vanthu:***@db:5432/vanthu. */
export function maskConnectionString(url: string | null): string {
  if (!url) return '(chưa khai báo)';
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    if (u.searchParams.has('password')) u.searchParams.set('password', '***');
    return u.toString();
  } catch {
    return url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1:***@');
  }
}
