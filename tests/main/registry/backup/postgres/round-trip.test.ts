/**
 * PostgreSQL backups on a real server (tests/helpers/postgres.ts): pg_dump → file → pg_restore into
 * a new database gives back every row of every table (ordered, compared field by field), bytea and
 * Vietnamese text intact, sequences and the trigger-kept counter where they were; the file is 0600
 * with its manifest; rotation keeps the newest N; a non-empty target, a truncated dump and a killed
 * pg_dump are refused with nothing left behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPostgres, listPostgresBackups, readManifest, restorePostgres } from '../../../../../main/registry/backup/postgres';
import { startPostgres, type TestPostgres } from '../../../../helpers/postgres';
import { fillDatabase, readEverything, sql } from './fixture';

let server: TestPostgres;
let work: string;
let before: Record<string, unknown[]>;
let firstDump: string;

beforeAll(async () => {
  server = await startPostgres();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-pg-backup-'));
  await fillDatabase(server.url);
  before = await readEverything(server.url);
});

afterAll(() => {
  server?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const databases = async () => (await sql(server.url, 'SELECT datname FROM pg_database ORDER BY 1')).map((r) => r.datname as string);
const folder = (name: string) => {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  return dir;
};

describe('dump and restore', () => {
  it('writes a private, verified dump with its manifest and restores identical rows into a new database', async () => {
    const dir = folder('round-trip');
    const backup = await backupPostgres(server.url, dir);
    firstDump = backup.file;
    expect(path.basename(backup.file)).toMatch(/^vanthu-pg-vanthu_test-\d{8}T\d{6}Z\.dump$/);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(backup.file), `${path.basename(backup.file)}.manifest.json`]);
    expect(fs.statSync(backup.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(backup.manifestFile).mode & 0o777).toBe(0o600);
    expect(backup.masked).not.toContain(new URL(server.url).password);
    const manifest = readManifest(backup.file)!;
    expect(manifest.tables.map((t) => [`${t.schema}.${t.name}`, t.rows])).toEqual([
      ['kho.tep_dinh_kem', 15], ['public.bo_dem', 1], ['public.nhat_ky', 14], ['public.so_di', 38],
    ]);
    expect(manifest.sequences.find((s) => s.name === 'so_den_seq')).toMatchObject({ lastValue: '104', isCalled: true });
    expect(manifest.dumpBytes).toBe(fs.statSync(backup.file).size);

    const restored = await restorePostgres(backup.file, server.databaseUrl('khoi_phuc_1'));
    expect(restored).toMatchObject({ database: 'khoi_phuc_1', tables: 4, rows: 68, sequences: 3, verifiedBy: 'manifest', replacedEmpty: false });
    const after = await readEverything(server.databaseUrl('khoi_phuc_1'));
    expect(after).toEqual(before);
    // Spelled out what toEqual covers, as a user would check it.
    const row2 = (after.so_di as { id: number; tep: Buffer; trich_yeu: string }[]).find((r) => r.id === 2)!;
    expect([...row2.tep.subarray(0, 256)]).toEqual(Array.from({ length: 256 }, (_, i) => i));
    expect(row2.tep.subarray(256).toString('utf8')).toBe('tệp 1');
    expect((after.so_di as { id: number; trich_yeu: string }[]).find((r) => r.id === 4)!.trich_yeu)
      .toBe('Quyết định chuẩn y Ban Chấp hành Đảng bộ xã Đắk Đoa'.normalize('NFD'));
    expect(after.so_den_seq).toEqual([{ last_value: '104', is_called: true }]);
    expect(after.chua_dung_seq).toEqual([{ last_value: '42', is_called: false }]);
    expect(after.bo_dem).toEqual([{ khoa: 'NQ', so_cuoi: 40 }]); // the trigger did not run again while loading
    // The restored database goes on numbering where the source stood, its trigger in place.
    const [next] = await sql(server.databaseUrl('khoi_phuc_1'), "INSERT INTO so_di (so, trich_yeu) VALUES ('41-NQ/TU', 'Mới') RETURNING id");
    expect(next.id).toBe(41);
    expect(await sql(server.databaseUrl('khoi_phuc_1'), 'SELECT so_cuoi FROM bo_dem')).toEqual([{ so_cuoi: 41 }]);
    expect((await databases()).filter((d) => d.startsWith('vanthu_khoi_phuc'))).toEqual([]);
  });

  it('refuses a target database that holds data, and leaves it untouched', async () => {
    const [{ n }] = await sql(server.url, 'SELECT count(*)::int AS n FROM pg_database');
    await expect(restorePostgres(firstDump, server.url)).rejects.toThrow(
      /Cơ sở dữ liệu "vanthu_test" .* đã có dữ liệu \(.*bảng.*\)\. vanthu chỉ khôi phục vào một cơ sở dữ liệu mới hoặc trống/);
    expect(await readEverything(server.url)).toEqual(before);
    expect(await sql(server.url, 'SELECT count(*)::int AS n FROM pg_database')).toEqual([{ n }]);
  });

  it('restores into an existing empty database', async () => {
    await sql(server.url, 'CREATE DATABASE trong');
    const restored = await restorePostgres(firstDump, server.databaseUrl('trong'));
    expect(restored.replacedEmpty).toBe(true);
    expect(await readEverything(server.databaseUrl('trong'))).toEqual(before);
  });

  it('refuses a truncated dump before creating anything, with or without its manifest', async () => {
    const dbs = await databases();
    const size = fs.statSync(firstDump).size;
    const withManifest = path.join(folder('cut-with-manifest'), path.basename(firstDump));
    fs.copyFileSync(firstDump, withManifest);
    fs.copyFileSync(`${firstDump}.manifest.json`, `${withManifest}.manifest.json`);
    fs.truncateSync(withManifest, Math.floor(size * 0.7));
    await expect(restorePostgres(withManifest, server.databaseUrl('tu_tep_cut'))).rejects.toThrow(
      /Tệp sao lưu "vanthu-pg-vanthu_test-.*\.dump" không còn nguyên vẹn: .* Không có gì được khôi phục/);
    const alone = path.join(folder('cut-alone'), 'ban-sao.dump');
    fs.copyFileSync(firstDump, alone);
    fs.truncateSync(alone, Math.floor(size * 0.7));
    await expect(restorePostgres(alone, server.databaseUrl('tu_tep_cut'))).rejects.toThrow(
      /Tệp sao lưu "ban-sao\.dump" bị hỏng hoặc không phải bản sao lưu PostgreSQL dạng custom \(pg_restore: .*\)\. Không có gì được khôi phục/);
    const garbage = path.join(work, 'cut-alone', 'khong-phai.dump');
    fs.writeFileSync(garbage, 'đây không phải bản sao lưu');
    await expect(restorePostgres(garbage, server.databaseUrl('tu_tep_cut'))).rejects.toThrow(/bị hỏng hoặc không phải bản sao lưu PostgreSQL/);
    expect(await databases()).toEqual(dbs);
  });

  it('a restore that fails, or whose data differ from the manifest, leaves no database behind', async () => {
    const dbs = await databases();
    // A manifest that does not match what the dump holds (as if the restore lost a row's content).
    const dir = folder('differs');
    const copy = path.join(dir, path.basename(firstDump));
    fs.copyFileSync(firstDump, copy);
    const manifest = JSON.parse(fs.readFileSync(`${firstDump}.manifest.json`, 'utf8'));
    manifest.tables.find((t: { name: string }) => t.name === 'so_di').md5 = '0'.repeat(32);
    fs.writeFileSync(`${copy}.manifest.json`, JSON.stringify(manifest));
    await expect(restorePostgres(copy, server.databaseUrl('khong_khop'))).rejects.toThrow(
      /dữ liệu sau khôi phục không khớp với bản sao lưu: bảng "public\.so_di" đủ 38 dòng nhưng nội dung khác \(mã kiểm tra không khớp\)\. Cơ sở dữ liệu "khong_khop" không bị tạo hay thay đổi\./);
    // A dump granting a right to a role the server no longer has: pg_restore stops at that statement.
    await sql(server.url, 'CREATE DATABASE co_quyen');
    await sql(server.databaseUrl('co_quyen'), 'CREATE ROLE nguoi_doc; CREATE TABLE so (id int PRIMARY KEY); GRANT SELECT ON so TO nguoi_doc');
    const granted = await backupPostgres(server.databaseUrl('co_quyen'), folder('grant'));
    await sql(server.databaseUrl('co_quyen'), 'REVOKE SELECT ON so FROM nguoi_doc; DROP ROLE nguoi_doc');
    await expect(restorePostgres(granted.file, server.databaseUrl('thieu_vai_tro'))).rejects.toThrow(
      /^Không khôi phục được "vanthu-pg-co_quyen-.*\.dump" vào cơ sở dữ liệu "thieu_vai_tro": pg_restore báo lỗi \(mã 1\): .*role "nguoi_doc" does not exist.*Cơ sở dữ liệu "thieu_vai_tro" không bị tạo hay thay đổi\.$/);
    expect(await databases()).toEqual([...dbs, 'co_quyen'].sort());
  });

  it('restores a dump without its manifest, checked against the archive table of contents', async () => {
    const alone = path.join(folder('alone'), 'ban-sao.dump');
    fs.copyFileSync(firstDump, alone);
    const restored = await restorePostgres(alone, server.databaseUrl('khong_ke_khai'));
    expect(restored).toMatchObject({ verifiedBy: 'archive', tables: 4 });
    expect(await readEverything(server.databaseUrl('khong_ke_khai'))).toEqual(before);
  });
});

describe('rotation and interruption', () => {
  it('keeps the newest N dumps of the database with their manifests', async () => {
    const dir = folder('rotation');
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await backupPostgres(server.url, dir, { keep: 2 })).file);
    expect(listPostgresBackups(dir, 'vanthu_test')).toEqual(made.slice(1));
    expect(fs.readdirSync(dir).length).toBe(4);
    // keep 0 is read as 1: the dump just written is never deleted.
    const last = await backupPostgres(server.url, dir, { keep: 0 });
    expect(last.removed).toEqual(made.slice(1));
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(last.file), `${path.basename(last.file)}.manifest.json`]);
  });

  it('leaves no file when pg_dump is killed mid-way, and says so', async () => {
    const dir = folder('killed');
    // A clerk's transaction holds a table: pg_dump has started and waits for it, its file open.
    const clerk = new pg.Client({ connectionString: server.url });
    await clerk.connect();
    await clerk.query('BEGIN; LOCK TABLE so_di IN ACCESS EXCLUSIVE MODE');
    let pid = 0;
    const backup = backupPostgres(server.url, dir, { onStart: (p) => { pid = p; } }).then(() => null, (e: Error) => e);
    const watcher = new pg.Client({ connectionString: server.url }); // pg_stat_activity is frozen inside the clerk's transaction
    await watcher.connect();
    for (let i = 0; i < 400; i++) {
      const waiting = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'pg_dump' AND wait_event_type = 'Lock'");
      if (waiting.rowCount) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await watcher.end();
    expect(fs.readdirSync(dir)).toEqual([expect.stringMatching(/^\.vanthu-pg-vanthu_test-.*\.dump\.\d+\.[a-z0-9]+\.tmp$/)]);
    process.kill(pid, 'SIGKILL');
    await clerk.query('COMMIT');
    await clerk.end();
    expect((await backup)?.message).toBe(
      'Không sao lưu được cơ sở dữ liệu "vanthu_test": pg_dump bị dừng giữa chừng (tín hiệu SIGKILL). Không có tệp sao lưu nào được tạo. Hãy chạy lại lệnh.');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('dumps one moment while a clerk keeps registering: the restore matches the manifest', async () => {
    const dir = folder('busy');
    await sql(server.url, 'CREATE DATABASE ban_ron');
    const busy = server.databaseUrl('ban_ron');
    await fillDatabase(busy);
    let writing = true;
    let written = 0;
    const clerk = (async () => {
      const c = new pg.Client({ connectionString: busy });
      await c.connect();
      while (writing) {
        await c.query("INSERT INTO so_di (so, trich_yeu) VALUES ('x', 'Đăng ký trong lúc sao lưu')");
        written++;
      }
      await c.end();
    })();
    while (written < 5) await new Promise((r) => setTimeout(r, 10));
    const backup = await backupPostgres(busy, dir);
    writing = false;
    await clerk;
    const inDump = backup.manifest.tables.find((t) => t.name === 'so_di')!.rows;
    expect(inDump).toBeGreaterThan(38);
    expect(inDump).toBeLessThan(38 + written); // rows kept coming after the snapshot
    const restored = await restorePostgres(backup.file, server.databaseUrl('giua_luc_ghi'));
    expect(restored.verifiedBy).toBe('manifest');
    const [counter] = await sql(server.databaseUrl('giua_luc_ghi'), 'SELECT so_cuoi FROM bo_dem');
    expect(counter.so_cuoi).toBe(inDump + 2); // the trigger's counter and the rows are of the same moment (2 rows were deleted)
  });

  it('removes a temporary file left by a backup process that died', async () => {
    const dir = folder('stale');
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
    const stale = path.join(dir, `.vanthu-pg-vanthu_test-20260101T000000Z.dump.${dead}.abc123.tmp`);
    fs.writeFileSync(stale, 'một nửa bản sao lưu');
    const r = await backupPostgres(server.url, dir);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(r.file), `${path.basename(r.file)}.manifest.json`]);
  });
});
