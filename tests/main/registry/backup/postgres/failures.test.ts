/**
 * What a PostgreSQL backup says when it cannot be made, on a real server: the server unreachable, a
 * wrong password, a role that may not read the tables, no pg_dump or only one older than the server,
 * a destination folder missing, read-only or full (small tmpfs mounts, as root). Every message is
 * Vietnamese, never shows the password, and no file is left in the folder.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPostgres } from '../../../../../main/registry/backup/postgres';
import { RegistryError } from '../../../../../main/registry/errors';
import { startPostgres, type TestPostgres } from '../../../../helpers/postgres';
import { sql } from './fixture';

let server: TestPostgres;
let work: string;
const mounts: string[] = [];
const isRoot = process.getuid?.() === 0;

beforeAll(async () => {
  server = await startPostgres();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-pg-backup-fail-'));
  await sql(server.url, "CREATE TABLE so_di (id serial PRIMARY KEY, trich_yeu text); INSERT INTO so_di (trich_yeu) VALUES ('Nghị quyết'), ('Chỉ thị')");
});

afterAll(() => {
  for (const m of mounts) {
    try {
      execFileSync('umount', [m]);
    } catch {
      // Already unmounted.
    }
  }
  server?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const folder = (name: string) => {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  return dir;
};

/** A tmpfs of `size` at a new folder (`ro` for read-only), unmounted after the file. */
function tmpfs(name: string, size: string, ro = false): string {
  const dir = folder(name);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700${ro ? ',ro' : ''}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

/** The RegistryError backupPostgres fails with. */
async function failure(url: string, dir: string, opts: Parameters<typeof backupPostgres>[2] = {}): Promise<RegistryError> {
  const e = await backupPostgres(url, dir, opts).then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(RegistryError);
  expect((e as Error).message).not.toContain(new URL(server.url).password);
  return e as RegistryError;
}

const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

describe('the server', () => {
  it('unreachable: says so with the address, password masked', async () => {
    const dir = folder('unreachable');
    const url = server.url.replace(`:${server.port}/`, `:${await freePort()}/`);
    const e = await failure(url, dir);
    expect(e.message).toMatch(/^Không kết nối được máy chủ PostgreSQL postgres:\/\/vanthu:\*\*\*@127\.0\.0\.1:\d+\/vanthu_test: máy chủ không trả lời/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('wrong password: says the login was refused', async () => {
    const dir = folder('wrong-password');
    const e = await failure(server.urlWithWrongPassword, dir);
    expect(e.message).toContain('từ chối đăng nhập của tài khoản "vanthu": sai mật khẩu');
    expect(e.message).not.toContain(new URL(server.urlWithWrongPassword).password);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a role with its own password that may not read the tables: says it lacks the right', async () => {
    await sql(server.url, "CREATE ROLE thu_ky LOGIN PASSWORD 'Mật-khẩu:1'");
    const url = server.url.replace(/\/\/vanthu:[^@]*@/, `//thu_ky:${encodeURIComponent('Mật-khẩu:1')}@`);
    const dir = folder('no-right');
    const e = await failure(url, dir);
    expect(e.message).toMatch(/tài khoản "thu_ky" không đủ quyền/);
    expect(e.message).not.toContain('Mật-khẩu');
    const wrong = await failure(url.replace(encodeURIComponent('Mật-khẩu:1'), 'sai'), dir);
    expect(wrong.message).toContain('từ chối đăng nhập của tài khoản "thu_ky"');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('pg_dump', () => {
  it('refuses when only a pg_dump older than the server is installed, naming the package', async () => {
    const root = folder('old-tools');
    fs.mkdirSync(path.join(root, '12', 'bin'), { recursive: true });
    for (const tool of ['pg_dump', 'pg_restore']) fs.writeFileSync(path.join(root, '12', 'bin', tool), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const dir = folder('old');
    const e = await failure(server.url, dir, { toolsRoot: root });
    expect(e.message).toBe(`Máy chủ PostgreSQL chạy phiên bản ${server.version}, nhưng pg_dump trên máy này chỉ có phiên bản 12: pg_dump cũ hơn máy chủ không dùng được. Hãy cài gói postgresql-client-${server.version} (hoặc mới hơn) của Debian rồi thử lại.`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses when no pg_dump is installed', async () => {
    const e = await failure(server.url, folder('none'), { toolsRoot: folder('no-tools') });
    expect(e.message).toContain(`Không tìm thấy chương trình pg_dump của PostgreSQL`);
    expect(e.message).toContain(`postgresql-client-${server.version}`);
  });
});

describe('the destination folder', () => {
  it('missing: refused, nothing created', async () => {
    const dir = path.join(work, 'khong-co');
    const e = await failure(server.url, dir);
    expect(e.message).toBe(`Thư mục sao lưu "${dir}" không tồn tại. Hãy tạo thư mục này hoặc chọn thư mục khác (--out) rồi thử lại.`);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it.skipIf(!isRoot)('read-only: refused before the server is asked', async () => {
    const dir = tmpfs('read-only', '1m', true);
    const e = await failure(server.url, dir);
    expect(e.message).toBe(`Không sao lưu được cơ sở dữ liệu "vanthu_test": ổ đĩa chứa thư mục "${dir}" chỉ cho phép đọc. Không có tệp sao lưu nào được tạo. Hãy giải phóng dung lượng, sửa quyền hoặc chọn thư mục khác (--out) rồi thử lại.`);
  });

  it.skipIf(!isRoot)('full: no file left, under the final name or any other', async () => {
    await sql(server.url, 'CREATE DATABASE lon');
    await sql(server.databaseUrl('lon'), 'CREATE TABLE tep (id int PRIMARY KEY, noi_dung bytea)');
    for (let i = 0; i < 3; i++) await sql(server.databaseUrl('lon'), 'INSERT INTO tep VALUES ($1, $2)', [i, randomBytes(1024 * 1024)]);
    const dir = tmpfs('full', '1m');
    const e = await failure(server.databaseUrl('lon'), dir);
    expect(e.message).toBe(`Không sao lưu được cơ sở dữ liệu "lon": ổ đĩa chứa thư mục "${dir}" đã đầy. Không có tệp sao lưu nào được tạo. Hãy giải phóng dung lượng hoặc chọn thư mục khác rồi thử lại.`);
    expect(fs.readdirSync(dir)).toEqual([]);
    // The same backup goes through where there is room.
    const roomy = folder('roomy');
    const r = await backupPostgres(server.databaseUrl('lon'), roomy);
    expect(r.manifest.tables).toEqual([expect.objectContaining({ name: 'tep', rows: 3 })]);
  });
});
