/**
 * `vanthu registry backup --db postgres://…` and `vanthu registry restore <tệp.dump> --db …` through
 * the built command (bin/vanthu.cjs) against a real PostgreSQL: exit 0 with the Vietnamese outcome,
 * exit 1 with a Vietnamese reason (wrong password, unreachable server, a target holding data, bad
 * options), the password never printed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../../../helpers/postgres';
import { fillDatabase, readEverything } from './fixture';

let server: TestPostgres;
let work: string;
let password: string;

beforeAll(async () => {
  server = await startPostgres();
  password = new URL(server.url).password;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-pg-backup-cli-'));
  await fillDatabase(server.url);
});

afterAll(() => {
  server?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Runs the built `vanthu` (asynchronously: the test's own server keeps answering) and returns its exit code and output. */
function vanthu(args: string[], env: NodeJS.ProcessEnv = {}, started?: (pid: number) => void): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('bin/vanthu.cjs'), ...args], { cwd: work, env: { ...process.env, ...env } });
    if (child.pid) started?.(child.pid);
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => { out += b; });
    child.stderr.on('data', (b) => { err += b; });
    child.on('close', (code) => {
      expect(out + err).not.toContain(password);
      resolve({ code, out, err });
    });
  });
}

describe('vanthu registry backup / restore with a PostgreSQL --db', () => {
  let dump = '';

  it('backs up into --out, then restores into a new database, verified', async () => {
    const out = path.join(work, 'sao-luu');
    fs.mkdirSync(out);
    const b = await vanthu(['registry', 'backup', '--db', server.url, '--out', out]);
    expect(b.err).toBe('');
    expect(b.code).toBe(0);
    expect(b.out).toMatch(/^Đã sao lưu cơ sở dữ liệu "vanthu_test" \(postgres:\/\/vanthu:\*\*\*@127\.0\.0\.1:\d+\/vanthu_test\) vào .*\.dump: [\d,]+ MB, 4 bảng, 68 dòng, 3 bộ đếm; pg_restore đọc lại được toàn bộ tệp\./);
    const files = fs.readdirSync(out).filter((f) => f.endsWith('.dump'));
    expect(files).toHaveLength(1);
    dump = path.join(out, files[0]);

    const r = await vanthu(['registry', 'restore', dump, '--db', server.databaseUrl('ban_moi')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('vào cơ sở dữ liệu mới "ban_moi"');
    expect(r.out).toContain('4 bảng, 68 dòng, 3 bộ đếm; số dòng và mã kiểm tra của từng bảng, giá trị từng bộ đếm khớp với tệp kê khai');
    expect(await readEverything(server.databaseUrl('ban_moi'))).toEqual(await readEverything(server.url));
  });

  it('without --out, writes into postgres-backups of the data folder, made private', async () => {
    const data = path.join(work, 'xdg');
    const b = await vanthu(['registry', 'backup', '--db', server.url, '--keep', '3'], { XDG_DATA_HOME: data });
    expect(b.code).toBe(0);
    const dir = path.join(data, 'vanthu', 'postgres-backups');
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.dump'))).toHaveLength(1);
  });

  it('reads the password from ~/.pgpass when the URL has none, without a warning', async () => {
    const home = path.join(work, 'home');
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(home, '.pgpass'), `# vanthu\n127.0.0.1:${server.port}:*:vanthu:${password}\n`, { mode: 0o600 });
    const out = path.join(work, 'pgpass-out');
    fs.mkdirSync(out);
    const url = server.url.replace(`:${password}@`, '@');
    const b = await vanthu(['registry', 'backup', '--db', url, '--out', out], { HOME: home, PGPASSFILE: '' });
    expect(b.err).toBe('');
    expect(b.code).toBe(0);
    expect(b.out).toContain('(postgres://vanthu@127.0.0.1:');
    fs.chmodSync(path.join(home, '.pgpass'), 0o644); // a readable password file is ignored, as libpq does
    const refused = await vanthu(['registry', 'backup', '--db', url, '--out', out], { HOME: home, PGPASSFILE: '' });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('từ chối đăng nhập của tài khoản "vanthu"');
  });

  it('exit 1 with the reason: a target holding data, a wrong password, an unreachable server', async () => {
    const taken = await vanthu(['registry', 'restore', dump, '--db', server.url]);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('Cơ sở dữ liệu "vanthu_test" trên máy chủ postgres://vanthu:***@');
    expect(taken.err).toContain('đã có dữ liệu');

    const wrong = await vanthu(['registry', 'backup', '--db', server.urlWithWrongPassword, '--out', work]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('từ chối đăng nhập của tài khoản "vanthu"');
    expect(wrong.err).not.toContain(new URL(server.urlWithWrongPassword).password);

    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const gone = await vanthu(['registry', 'backup', '--db', server.url.replace(`:${server.port}/`, `:${port}/`), '--out', work]);
    expect(gone.code).toBe(1);
    expect(gone.err).toContain('Không kết nối được máy chủ PostgreSQL');
  });

  it('stopped by SIGTERM (a timer timeout) while pg_dump runs: exit 1, says so, no file left', async () => {
    const out = path.join(work, 'stopped');
    fs.mkdirSync(out);
    const clerk = new pg.Client({ connectionString: server.url }); // holds a table: pg_dump waits for it
    clerk.on('error', () => {});
    await clerk.connect();
    await clerk.query('BEGIN; LOCK TABLE so_di IN ACCESS EXCLUSIVE MODE');
    const watcher = new pg.Client({ connectionString: server.url });
    await watcher.connect();
    let pid = 0;
    const run = vanthu(['registry', 'backup', '--db', server.url, '--out', out], {}, (p) => { pid = p; });
    for (let i = 0; i < 1200; i++) {
      const waiting = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'pg_dump' AND wait_event_type = 'Lock'");
      if (waiting.rowCount) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await watcher.end();
    process.kill(pid, 'SIGTERM');
    const r = await run; // the clerk still holds the table: vanthu stops its own reading too
    await clerk.query('COMMIT');
    await clerk.end();
    expect(r.code).toBe(1);
    expect(r.err).toContain('Không sao lưu được cơ sở dữ liệu "vanthu_test": pg_dump bị dừng giữa chừng (lệnh bị ngắt bằng Ctrl+C hoặc SIGTERM). Không có tệp sao lưu nào được tạo.');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('exit 1 on bad options, naming them', async () => {
    const keep = await vanthu(['registry', 'backup', '--db', server.url, '--out', work, '--keep', 'nhiều']);
    expect(keep.code).toBe(1);
    expect(keep.err).toContain('Số bản sao lưu giữ lại (--keep) phải là số nguyên');
    const noFile = await vanthu(['registry', 'restore', '--db', server.databaseUrl('x')]);
    expect(noFile.code).toBe(1);
    expect(noFile.err).toContain('Lệnh khôi phục cần đúng một tệp sao lưu (.dump).');
    const missing = await vanthu(['registry', 'backup', '--db', server.url, '--out', path.join(work, 'khong-co')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('không tồn tại');
    expect(fs.readdirSync(work).filter((f) => f.includes('.dump'))).toEqual([]);
  });
});
