/**
 * Moving a single-seat registry into the server (issue 14, item 5) on a real PostgreSQL: a populated
 * SQLite registry moved in keeps every row (compared table by table, independently of the module's own
 * checksums), its stored files (SHA-256), its audit chain (verifies on PostgreSQL with the key moved
 * beside it) and its numbering (the next registration on the server gives the number the file would
 * have given); a backup moves in the same way; a non-empty target, a damaged source, a move that fails
 * inside its transaction, a move killed mid-way and a schema differing by a column are refused or
 * leave the target empty.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRegistry, type RegistryService } from '../../../main/registry/index';
import { moveIn, MoveInSchemaError, moveInSummary } from '../../../main/registry/move-in/index';
import { DRAFT_TABLES_POSTGRES } from '../../../main/registry/schema/postgres/drafts';
import { pgRows, usePostgresFile } from '../../helpers/postgres-file';
import { registryCli } from './cli-harness';
import { ROOT } from './helpers';
import { fillSingleSeat } from './move-in-fixture';

const postgres = usePostgresFile('vanthu-move-in-');
let n = 0;
const cli = registryCli();

/** A new empty database and a data folder for it. */
async function target(): Promise<{ url: string; dataDir: string }> {
  n++;
  return { url: await postgres.createDatabase(`moved_${n}`), dataDir: path.join(postgres.dir, `server-${n}`) };
}

/** A populated single-seat registry in its own folder. */
async function source(): Promise<{ file: string; books: { tu: number; dh: number } }> {
  n++;
  const folder = path.join(postgres.dir, `seat-${n}`);
  fs.mkdirSync(folder);
  const file = path.join(folder, 'vanthu.db');
  return { file, books: await fillSingleSeat(file, folder) };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Rows of user tables of the PostgreSQL database (those with data), by table. */
async function pgCounts(url: string): Promise<Record<string, number>> {
  const tables = await pgRows<{ t: string }>(url, "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
  const out: Record<string, number> = {};
  for (const { t } of tables) {
    const [{ n: rows }] = await pgRows<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${t}"`);
    if (rows > 0) out[t] = rows;
  }
  return out;
}

/** Reads `table` of both sides ordered by id, values as the drivers give them (numbers, text). */
async function bothSides(file: string, url: string, table: string): Promise<[unknown[], unknown[]]> {
  const db = new Database(file, { readonly: true });
  try {
    const a = db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
    const b = (await pgRows(url, `SELECT * FROM ${table} ORDER BY id`)).map((r) => {
      for (const k of Object.keys(r)) if (typeof r[k] === 'string' && /^(size)$/.test(k)) r[k] = Number(r[k]);
      return r;
    });
    return [a, b];
  } finally {
    db.close();
  }
}

const pgOpen = (url: string, dataDir: string): RegistryService => openRegistry(url, { dataDir, user: 'van-thu-b', create: false });

describe('move-in', () => {
  it('moves every row, file, audit event and the numbering of a populated registry', async () => {
    const { file, books } = await source();
    const t = await target();
    const before = sha(file);
    const r = await moveIn(file, t.url, { dataDir: t.dataDir });
    expect(sha(file)).toBe(before); // the source is never written

    // Row counts: every table of the file with rows is on the server with the same number of rows.
    const db = new Database(file, { readonly: true });
    const sqliteCounts: Record<string, number> = {};
    for (const name of Object.keys(await pgCounts(t.url))) {
      const found = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = ?").get(name);
      if (found) sqliteCounts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
    }
    db.close();
    const counts = await pgCounts(t.url);
    for (const [name, rows] of Object.entries(sqliteCounts)) expect(counts[name], name).toBe(rows);
    expect(counts.out_entries).toBe(13);
    expect(counts.in_attachments).toBe(3);
    expect(counts.audit_log).toBeGreaterThan(15);
    expect(r.rows).toBe(Object.values(sqliteCounts).reduce((a, b) => a + b, 0));

    // Same rows, value for value (read independently of the module).
    for (const table of ['out_entries', 'in_entries', 'in_attachments', 'audit_log', 'terms', 'out_books']) {
      const [a, b] = await bothSides(file, t.url, table);
      expect(b, table).toEqual(a);
    }

    // The audit chain verifies on the server, with the key moved beside it.
    const reg = pgOpen(t.url, t.dataDir);
    try {
      const v = reg.auditVerify();
      expect(v).toMatchObject({ ok: true });
      expect(v.count).toBe(counts.audit_log);
      expect(fs.statSync(path.join(t.dataDir, 'audit.key')).mode & 0o777).toBe(0o600);

      // Stored files: present on the server's data folder with the SHA-256 of their rows.
      const entries = reg.listIncoming({});
      const withFiles = entries.find((e) => e.sender === 'Ban Tổ chức Trung ương')!;
      const full = reg.getIncoming(withFiles.id)!;
      expect(full.attachments).toHaveLength(2);
      for (const a of full.attachments) expect(sha(path.join(t.dataDir, a.storedPath))).toBe(a.sha256);
      const docx = reg.listOutgoing({}).find((e) => e.filePath)!;
      expect(sha(path.join(t.dataDir, docx.filePath!))).toBe(docx.sha256);

      // Numbering continues: the next numbers on the server are those the file gives.
      const seat = openRegistry(file, { user: 'van-thu-a', dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
      try {
        const next = (x: RegistryService) => [
          x.registerNumber(books.tu, { typeCode: 'NQ', date: '2025-12-01', summary: 'Sau khi chuyển' }).number,
          x.registerNumber(books.tu, { typeCode: 'KL', date: '2025-12-01' }).number,
          x.registerNumber(books.dh, { typeCode: 'TB', date: '2025-12-01' }).number,
          x.addIncoming({ receivedDate: '2025-12-02', sender: 'Tỉnh ủy', summary: 'Tiếp' }).serial,
        ];
        const onServer = next(reg);
        expect(onServer).toEqual(next(seat));
        expect(onServer[0]).toBe('03-NQ/TU'); // after 01, and the registered DOCX 02 of the new term
        // New ids continue after the moved ones (identity sequences reset).
        const ids = reg.listOutgoing({}).map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(reg.auditVerify()).toMatchObject({ ok: true });
      } finally {
        seat.close();
      }
    } finally {
      reg.close();
    }
    const text = moveInSummary(r);
    expect(text).toMatch(/Đã chuyển sổ đăng ký .*\(13 số văn bản đi/);
    expect(text).toMatch(/nhật ký \d+ sự kiện kiểm tra toàn vẹn đạt/);
  }, 120_000);

  it('moves a backup file in through the CLI and refuses a second move into the now full registry', async () => {
    const { file } = await source();
    const seat = openRegistry(file, { user: 'van-thu-a', dailyBackup: false, backupOnClose: false, integrityCheck: 'off' });
    const backupDir = path.join(path.dirname(file), 'vanthu-files', 'backups');
    fs.mkdirSync(backupDir, { recursive: true });
    const backup = await seat.backup(path.join(backupDir, 'vanthu-2025-12-01.db'));
    seat.close();
    const t = await target();
    // As on the office server: the registry created empty, the accounts in the same database beside it.
    openRegistry(t.url, { dataDir: t.dataDir }).close();
    await pgRows(t.url, "CREATE TABLE accounts (id integer PRIMARY KEY, user_name text NOT NULL); INSERT INTO accounts VALUES (1, 'quantri')");
    expect(await cli.run('move-in', backup, '--db', t.url, '--data-dir', t.dataDir)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/Đã chuyển sổ đăng ký/);
    const counts = await pgCounts(t.url);
    expect(counts.out_entries).toBe(13);

    // A second move into the same registry: refused, nothing written.
    expect(await cli.run('move-in', file, '--db', t.url, '--data-dir', t.dataDir)).toBe(1);
    expect(cli.err.join('\n')).toMatch(/đã có dữ liệu .*out_entries: 13 dòng.*không có gì được ghi/);
    expect(await pgCounts(t.url)).toEqual(counts);
  }, 120_000);

  it('refuses a damaged source before touching the server', async () => {
    const { file } = await source();
    const bad = path.join(path.dirname(file), 'hong.db');
    const bytes = fs.readFileSync(file);
    for (let i = 4096 * 2; i < bytes.length; i += 4096) bytes.fill(0x5a, i + 100, i + 900);
    fs.writeFileSync(bad, bytes);
    const t = await target();
    expect(await cli.run('move-in', bad, '--db', t.url, '--data-dir', t.dataDir)).toBe(1);
    expect(cli.err.join('\n')).toMatch(/hỏng|không toàn vẹn/);
    expect(await pgRows(t.url, "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'")).toHaveLength(0);
    fs.writeFileSync(bad, 'không phải cơ sở dữ liệu');
    expect(await cli.run('move-in', bad, '--db', t.url, '--data-dir', t.dataDir)).toBe(1);
    expect(await cli.run('move-in', path.join(postgres.dir, 'khong-co.db'), '--db', t.url)).toBe(1);
    expect(cli.err.join('\n')).toMatch(/Không tìm thấy/);
    expect(await cli.run('move-in', file)).toBe(1);
    expect(cli.err.join('\n')).toMatch(/Thiếu --db/);
    expect(await cli.run('move-in', file, '--db', path.join(postgres.dir, 'khac.db'))).toBe(1);
    expect(cli.err.join('\n')).toMatch(/--db phải là địa chỉ máy chủ PostgreSQL/);
  }, 120_000);

  it('leaves the target empty, with no file, when the move fails inside its transaction', async () => {
    const { file } = await source();
    const t = await target();
    await expect(moveIn(file, t.url, { dataDir: t.dataDir, afterCopy: () => { throw new Error('hỏng giữa chừng'); } })).rejects.toThrow('hỏng giữa chừng');
    expect(await pgCounts(t.url)).toEqual({ vanthu_registry: 1, audit_head: 1 });
    const stored = fs.readdirSync(t.dataDir, { recursive: true }).filter((f) => /\.(pdf|docx)$/.test(String(f)));
    expect(stored).toEqual([]);
    // The empty registry takes the move afterwards.
    const r = await moveIn(file, t.url, { dataDir: t.dataDir });
    expect(r.tables.find((x) => x.name === 'out_entries')?.rows).toBe(13);
  }, 120_000);

  it('leaves the target empty when the process is killed in the middle of the move', async () => {
    const { file } = await source();
    const t = await target();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'tests/main/registry/move-in-child.ts'),
      'move-in', file, '--db', t.url, '--data-dir', t.dataDir], { cwd: ROOT, env: { ...process.env, VANTHU_TEST_MOVE_IN_PAUSE_MS: '60000' } });
    let err = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d) => {
        err += String(d);
        if (err.includes('đang chuyển')) resolve();
      });
      child.on('exit', () => reject(new Error(`ended before the pause: ${err}`)));
    });
    // Inside the transaction: the rows are written but not committed.
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 50; i++) {
      const live = await pgRows<{ n: number }>(postgres.server.url, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'moved_${n}'`);
      if (live[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await pgCounts(t.url)).toEqual({ vanthu_registry: 1, audit_head: 1 });
    const r = await moveIn(file, t.url, { dataDir: t.dataDir });
    expect(r.audit.events).toBeGreaterThan(15);
  }, 120_000);

  it('refuses, as a bug (exit 2), a schema where a column exists on one side only', async () => {
    const { file } = await source();
    const t = await target();
    openRegistry(t.url, { dataDir: t.dataDir }).close();
    await pgRows(t.url, "ALTER TABLE out_books ADD COLUMN ghi_chu text NOT NULL DEFAULT ''");
    await expect(moveIn(file, t.url, { dataDir: t.dataDir })).rejects.toBeInstanceOf(MoveInSchemaError);
    expect(await cli.run('move-in', file, '--db', t.url, '--data-dir', t.dataDir)).toBe(2);
    expect(cli.err.join('\n')).toMatch(/bảng out_books: cột "ghi_chu" có trên PostgreSQL/);
    expect(await pgCounts(t.url)).toEqual({ vanthu_registry: 1, audit_head: 1 });
  }, 120_000);

  it('moves the drafts with the registry when the server has their tables, and refuses them otherwise (nothing lost)', async () => {
    const { file } = await source();
    const t = await target();
    if (DRAFT_TABLES_POSTGRES.length === 0) {
      await expect(moveIn(file, t.url, { dataDir: t.dataDir })).rejects.toThrow(/chưa có chỗ cho bảng drafts \(2 dòng\)/);
      expect(await pgCounts(t.url)).toEqual({ vanthu_registry: 1, audit_head: 1 });
      return;
    }
    await moveIn(file, t.url, { dataDir: t.dataDir });
    const db = new Database(file, { readonly: true });
    const a = db.prepare('SELECT id, title, doc, status, revision FROM drafts ORDER BY id').all();
    db.close();
    expect(a).toHaveLength(2);
    expect(await pgRows(t.url, 'SELECT id, title, doc, status, revision FROM drafts ORDER BY id')).toEqual(a);
  }, 120_000);
});
