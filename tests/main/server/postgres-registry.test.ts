/**
 * `vanthu server` with a PostgreSQL connection string in server.json keeps its REGISTRY there (not in
 * data/vanthu.db), with the audit rows naming the signed-in person; an unreachable PostgreSQL at start
 * is exit 1 with a Vietnamese message; PostgreSQL stopped while the server runs gives 503 with "máy
 * chủ cơ sở dữ liệu không liên lạc được" (nothing acknowledged, the server alive), and the API works
 * again once PostgreSQL is back, numbering on from where it was. A real PostgreSQL
 * (tests/helpers/postgres.ts) and real TLS on loopback.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initServer } from '../../../main/server/certificate';
import { DATABASE_UNREACHABLE } from '../../../main/server/database-guard';
import { folders } from '../../../main/services/context';
import { serverFiles } from '../../../main/server/files';
import { startServer, type OfficeServer } from '../../../main/server/https';
import { saveServerSettings } from '../../../main/server/settings';
import { fetchServerCertificate, parseServerAddress, type Pin, type ServerAddress } from '../../../main/server/trust';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { pgRows } from '../../helpers/postgres-file';
import { waitFor } from '../../helpers/wait';
import { RAW, vanthu } from '../cli/run';
import { callOp, login, seedAccounts, type Reply } from './accounts-fixture';
import { removeTemp, tempDir, tinyRenderer } from './fixture';

let postgres: TestPostgres;
let server: OfficeServer;
let dir: string;
let addr: ServerAddress;
let pin: Pin;
let admin = '';
let clerk = '';
let bookId = 0;

const value = <T>(r: Reply): T => (JSON.parse(r.body) as { value: T }).value;
const errorOf = (r: Reply) => (JSON.parse(r.body) as { error?: { code: string; message: string } }).error;

/** Rows of the registry's PostgreSQL database, read past the server. */
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => pgRows<T>(postgres.url, text, params);

const reserve = (summary: string) => callOp(addr, pin, clerk, 'registry.deskReserve', { bookId, typeCode: 'CV', date: '2026-03-02', summary, notes: '' });

beforeAll(async () => {
  dir = tempDir();
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  postgres = await startPostgres('vanthu_server_registry');
  saveServerSettings(serverFiles(dir).settings, { listen: { host: '127.0.0.1', port: 8443 }, database: postgres.url });
  server = await startServer({ dir, rendererDir: tinyRenderer(), port: 0, host: '127.0.0.1' });
  await seedAccounts(server.accounts.service, { vanthu1: ['van-thu'] });
  addr = parseServerAddress(`127.0.0.1:${server.port}`);
  const seen = await fetchServerCertificate(addr);
  pin = { fingerprint: seen.fingerprint, pem: seen.pem };
  admin = (await login(addr, pin, 'quantri')).cookie;
  clerk = (await login(addr, pin, 'vanthu1')).cookie;
  const made = await callOp(addr, pin, admin, 'registry.deskCreateBook', { issuerCode: 'VPTU', name: 'Sổ văn bản đi' });
  expect(made.status).toBe(200);
  bookId = value<{ id: number }>(made).id;
  const term = await callOp(addr, pin, admin, 'registry.deskOpenTerm', { bookId, name: 'Nhiệm kỳ 2025-2030', start: '2025-10-01' });
  expect(term.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await server?.close();
  postgres?.stop();
  removeTemp();
});

describe('the office server registry on PostgreSQL', () => {
  it('writes the register and its audit rows to PostgreSQL, naming the signed-in văn thư; no SQLite registry', async () => {
    expect(server.registry.engine).toBe('postgres');
    const r = await reserve('Công văn thứ nhất');
    expect(r.status).toBe(200);
    expect(value<{ number: string; serial: number }>(r)).toMatchObject({ serial: 1, number: expect.stringContaining('CV') });
    const rows = await sql<{ serial: number; summary: string }>('SELECT serial, summary FROM out_entries ORDER BY serial');
    expect(rows).toEqual([{ serial: 1, summary: 'Công văn thứ nhất' }]);
    const audit = await sql<{ user_name: string; action: string }>(`SELECT "user" AS user_name, action FROM audit_log WHERE action IN ('book.create', 'term.open', 'out.reserve') ORDER BY id`);
    expect(audit.map((a) => [a.action, a.user_name])).toEqual([['book.create', 'quantri'], ['term.open', 'quantri'], ['out.reserve', 'vanthu1']]);
    expect(fs.existsSync(path.join(serverFiles(dir).data, 'vanthu.db'))).toBe(false);
    const log = await callOp(addr, pin, admin, 'registry.deskAudit', { limit: 10 });
    expect(value<{ verdict: { ok: boolean } }>(log).verdict.ok).toBe(true);
  });

  it('takes the day’s pg_dump by itself, into the folder the Sao lưu screen lists', async () => {
    const backups = folders(serverFiles(dir).data).backups;
    const dumps = () => (fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => /^vanthu-pg-.*\.dump$/.test(f)) : []);
    await waitFor(() => (dumps().length ? true : null), 60_000);
    expect(dumps()).toHaveLength(1);
    expect(fs.existsSync(path.join(backups, `${dumps()[0]}.manifest.json`))).toBe(true);
  }, 90_000);

  it('answers 503 "máy chủ cơ sở dữ liệu không liên lạc được" while PostgreSQL is stopped, then works again once it is back', async () => {
    postgres.kill();
    try {
      for (const r of [await reserve('Trong lúc máy chủ dừng'), await callOp(addr, pin, clerk, 'registry.listOutgoing', { limit: 10, offset: 0 })]) {
        expect(r.status).toBe(503);
        expect(errorOf(r)?.message).toBe(DATABASE_UNREACHABLE);
        expect(r.body).not.toContain(String(postgres.port));
      }
      // The session check itself needs the accounts on the same server: a fresh login is refused alike.
      const again = await login(addr, pin, 'vanthu1');
      expect(again.reply.status).toBe(503);
      expect(errorOf(again.reply)?.message).toContain('không liên lạc được');
    } finally {
      postgres.restart();
    }
    let r = await reserve('Sau khi máy chủ chạy lại');
    for (let i = 0; r.status === 503 && i < 3; i++) r = await reserve('Sau khi máy chủ chạy lại');
    expect(r.status).toBe(200);
    expect(value<{ serial: number }>(r).serial).toBe(2);
    const rows = await sql<{ serial: number; summary: string }>('SELECT serial, summary FROM out_entries ORDER BY serial');
    expect(rows.map((x) => x.summary)).toEqual(['Công văn thứ nhất', 'Sau khi máy chủ chạy lại']);
  });
});

describe('vanthu server with its PostgreSQL unreachable at start', () => {
  it('exits 1 with a Vietnamese message naming the masked server, never the password', async () => {
    const down = tempDir();
    await initServer({ dir: down, name: 'may-chu-vp', ips: [] });
    const url = postgres.databaseUrl('vanthu_server_registry').replace(`:${postgres.port}/`, ':1/');
    saveServerSettings(serverFiles(down).settings, { listen: { host: '127.0.0.1', port: 8443 }, database: url });
    const r = await vanthu('server', '--dir', down, '--listen', '127.0.0.1', '--port', '18443');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Máy chủ văn phòng không khởi động được');
    expect(r.stderr).toContain('PostgreSQL');
    expect(r.stderr).toContain('127.0.0.1:1');
    expect(r.stderr).not.toContain(decodeURIComponent(new URL(url).password));
    expect(r.stderr).not.toMatch(RAW);
  });
});
