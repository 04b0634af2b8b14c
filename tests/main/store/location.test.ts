/** `--db`: a file path is SQLite, a postgres:// URL is PostgreSQL, any other URL is refused; passwords are never shown. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../common/api/errors';
import { maskPassword, parseStoreLocation } from '../../../main/store/location';

function refusal(value: string): string {
  try {
    parseStoreLocation(value, '/srv');
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error(`accepted ${value}`);
}

describe('--db location', () => {
  it('takes a path as an SQLite file, relative to the working folder', () => {
    expect(parseStoreLocation('so/vanthu.db', '/srv')).toMatchObject({ engine: 'sqlite', file: path.resolve('/srv/so/vanthu.db') });
    expect(parseStoreLocation('/var/lib/vanthu.db', '/srv')).toMatchObject({ engine: 'sqlite', file: '/var/lib/vanthu.db' });
    expect(parseStoreLocation('./mysql://x.db', '/srv')).toMatchObject({ engine: 'sqlite', file: '/srv/mysql:/x.db' });
    expect(parseStoreLocation('C:\\vanthu\\so.db', '/srv').engine).toBe('sqlite');
  });

  it('takes postgres:// and postgresql:// URLs apart, with the default port', () => {
    const a = parseStoreLocation('postgres://vanthu:bi-mat@db.tinhuy.vn:6543/so_dang_ky', '/srv');
    expect(a).toMatchObject({ engine: 'postgres', host: 'db.tinhuy.vn', port: 6543, database: 'so_dang_ky', user: 'vanthu' });
    const b = parseStoreLocation('postgresql://van%20thu@10.0.0.5/s%C3%B4', '/srv');
    expect(b).toMatchObject({ engine: 'postgres', host: '10.0.0.5', port: 5432, database: 'sô', user: 'van thu' });
    expect(parseStoreLocation('POSTGRES://h/d', '/srv').engine).toBe('postgres');
  });

  it('never shows the password: describe() masks it', () => {
    const loc = parseStoreLocation('postgres://vanthu:p@ss:w0rd@db:5432/so?sslmode=require&password=khac', '/srv');
    expect(loc.describe()).toBe('postgres://vanthu:***@db:5432/so?sslmode=require&password=***');
    expect(loc.describe()).not.toMatch(/w0rd|khac/);
    expect(maskPassword('postgres://chi-ten@db/so')).toBe('postgres://chi-ten@db/so');
  });

  it('refuses a URL of another kind, naming --db, and never takes it as a file name', () => {
    for (const value of ['mysql://root:bi-mat@db/so', 'http://may-chu/so.db', 'https://x', 'file:so.db', 'file:///tmp/so.db', 'sqlite://so.db', 'mssql:so']) {
      const message = refusal(value);
      expect(message).toMatch(/^--db: /);
      expect(message).toContain('vanthu không dùng được');
      expect(message).not.toContain('bi-mat');
    }
    expect(refusal('mysql://root:bi-mat@db/so')).toContain('"mysql://root:***@db/so" là địa chỉ kiểu "mysql:"');
  });

  it('refuses a postgres URL without a host, a database or a valid port, and an empty value', () => {
    expect(refusal('postgres://vanthu:bi-mat@db:5432/')).toContain('phải kết thúc bằng tên cơ sở dữ liệu');
    expect(refusal('postgres://vanthu:bi-mat@db:5432/')).not.toContain('bi-mat');
    expect(refusal('postgres:so')).toContain('thiếu "//"');
    expect(refusal('postgres://db:99999/so')).toContain('không đúng dạng');
    expect(refusal('  ')).toMatch(/^--db: hãy cho đường dẫn tệp SQLite/);
  });
});
