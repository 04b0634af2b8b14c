/**
 * `vanthu registry … --db postgres://…` against a real PostgreSQL: the commands whose methods are
 * ported (init, books, term, out reserve/release/cancel/list, audit verify, print, import) work
 * exactly as with a file; a --db URL of another kind is refused and no file is made. The audit key lands in the user's data folder
 * (XDG_DATA_HOME here), never in the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryCli } from './cli-harness';
import { useRegistryEngines } from './engines';
import { tmpDir } from './helpers';

const engines = useRegistryEngines();
const cli = registryCli();
let home = '';
const saved = process.env.XDG_DATA_HOME;
beforeAll(() => {
  home = tmpDir('vanthu-cli-pg-');
  process.env.XDG_DATA_HOME = home;
});
afterAll(() => {
  if (saved === undefined) delete process.env.XDG_DATA_HOME;
  else process.env.XDG_DATA_HOME = saved;
  fs.rmSync(home, { recursive: true, force: true });
});

describe('vanthu registry --db postgres://…', () => {
  it('runs the ported commands as with a file, and refuses the others with exit 1', async () => {
    const { location: db } = engines.location('postgres');
    expect(await cli.run('books', '--db', db)).toBe(1);
    expect(cli.err.join('\n')).toMatch(/còn trống, chưa có sổ đăng ký/);
    expect(await cli.run('init', '--db', db)).toBe(0);
    expect(cli.out.join('\n')).not.toContain(db); // the password is masked
    expect(await cli.run('books', 'add', '--db', db, '--issuer', 'TU', '--name', 'Tỉnh ủy Hà Nam')).toBe(0);
    expect(cli.out.join('\n')).toMatch(/Đã tạo sổ văn bản đi mã 1: Tỉnh ủy Hà Nam \(TU\)/);
    expect(await cli.run('term', 'open', '--db', db, '--book', '1', '--name', '2020–2025', '--start', '2020-10-15')).toBe(0);
    expect(await cli.run('term', 'last-used', '--db', db, '--book', '1', '--type', 'KL', '--last', '87', '--date', '2021-03-01')).toBe(0);
    expect(await cli.run('out', 'reserve', '--db', db, '--type', 'KL', '--date', '2021-03-06')).toBe(0);
    expect(cli.out.join('\n')).toMatch(/Đã giữ số 88-KL\/TU \(mã 1\)/);
    expect(await cli.run('out', 'reserve', '--db', db, '--type', 'KL', '--date', '2021-03-07')).toBe(0);
    expect(await cli.run('out', 'cancel', '--db', db, '88-KL/TU', '--reason', 'Không ban hành')).toBe(0);
    expect(await cli.run('out', 'release', '--db', db, '2', '--reason', 'Chưa ký')).toBe(0);
    expect(cli.out.join('\n')).toMatch(/Đã trả số giữ chỗ/);
    expect(await cli.run('out', 'list', '--db', db)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/\[1\] 88-KL\/TU {2}2021-03-06 +— đã hủy: Không ban hành/);
    expect(await cli.run('books', '--db', db)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/\[1\] Tỉnh ủy Hà Nam \(TU\) — nhiệm kỳ 2020–2025 từ 2020-10-15/);
    expect(await cli.run('audit', 'verify', '--db', db)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/Nhật ký nguyên vẹn: 7 mục/);
    // print and import run on PostgreSQL too (their own tests: tests/main/registry/print, import).
    expect(await cli.run('print', 'out', '-o', path.join(home, 'so.docx'), '--from', '2021-01-01', '--to', '2021-12-31', '--db', db)).toBe(0);
    expect(fs.statSync(path.join(home, 'so.docx')).size).toBeGreaterThan(0);
    const keys = fs.readdirSync(path.join(home, 'vanthu', 'postgres'));
    expect(keys).toHaveLength(1);
    expect(fs.statSync(path.join(home, 'vanthu', 'postgres', keys[0], 'audit.key')).mode & 0o777).toBe(0o600);
  });

  it('refuses a --db URL of another kind and makes no file', async () => {
    const cwd = process.cwd();
    const before = fs.readdirSync(cwd);
    expect(await cli.run('out', 'list', '--db', 'mysql://u:bi-mat@localhost/vanthu')).toBe(1);
    expect(cli.err.join('\n')).toMatch(/kiểu "mysql:", vanthu không dùng được/);
    expect(cli.err.join('\n')).not.toContain('bi-mat');
    expect(fs.readdirSync(cwd)).toEqual(before);
  });
});
