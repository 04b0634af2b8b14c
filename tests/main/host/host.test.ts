/**
 * The local host over real HTTP: sessions opened only by a one-time launch address, Origin, Host
 * and custom-header checks, statuses and Vietnamese messages of failures, size limits, downloads
 * only of allowed files (never stopping the host), uploads under generated names, rejected calls
 * leaving the data folder untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../common/api';
import { startHost, type Host } from '../../../main/host/server';
import org from '../../../templates/organisation.default.json';
import { apiPaths, openSession, raw, type Reply } from './http-client';
import { startTestHost } from './test-host';

let host: Host;
let cookie: string;
let stop: () => Promise<void>;

/** A call of the page's own client: session cookie, X-Vanthu header. */
const call = (op: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(host.port, { path: `/api/call/${op}`, headers: { cookie, 'x-vanthu': '1', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const post = (p: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  raw(host.port, { path: p, headers: { cookie, 'x-vanthu': '1', ...headers }, body });
const errorOf = (r: Reply) => (JSON.parse(r.body) as { error: { code: string; message: string } }).error;

function tree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort()
    .map((f) => `${f}:${fs.statSync(path.join(dir, f)).isFile() ? fs.statSync(path.join(dir, f)).size : 'd'}`);
}

beforeAll(async () => {
  ({ host, cookie, stop } = await startTestHost());
});
afterAll(() => stop?.());

describe('access control', () => {
  it('listens on 127.0.0.1 only, on a free port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('serves the page with a strict CSP and no secret in it to a browser holding the session', async () => {
    const r = await raw(host.port, { method: 'GET', path: '/', headers: { cookie } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('vanthu-app');
    expect(r.body).not.toContain('vanthu-token');
    expect(r.body).not.toContain(cookie.split('=')[1]);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not serve files outside the renderer folder, and survives malformed addresses', async () => {
    const r = await raw(host.port, { method: 'GET', path: '/../../../../etc/passwd', headers: { cookie } });
    expect(r.body).not.toContain('root:');
    expect((await raw(host.port, { method: 'GET', path: '/%E0%A4%A', headers: { cookie } })).status).toBe(400);
    expect((await call('%E0%A4%A', {})).status).toBe(404);
    expect((await raw(host.port, { method: 'GET', path: '/', headers: { cookie } })).status).toBe(200);
  });

  it('refuses a call from another origin or another site even with the session', async () => {
    const other = await call('app.info', {}, { origin: 'http://evil.example' });
    expect(other.status).toBe(403);
    expect(errorOf(other).message).toContain('trang web khác');
    expect((await call('app.info', {}, { origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await call('app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await call('app.info', {}, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
  });

  it('refuses a call without the X-Vanthu header, which a form of another site cannot send', async () => {
    const r = await raw(host.port, { path: '/api/call/app.info', headers: { cookie, 'content-type': 'text/plain' }, body: '{}' });
    expect(r.status).toBe(403);
    expect(errorOf(r).message).toContain('không đến từ trang của vanthu');
  });

  it('refuses a forged Host header (DNS rebinding)', async () => {
    expect((await call('app.info', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await raw(host.port, { method: 'GET', path: '/', headers: { cookie, host: 'evil.example' } })).status).toBe(403);
  });

  it('accepts a call with the session from its own origin', async () => {
    const r = await call('app.info', {}, { origin: host.url.slice(0, -1), 'sec-fetch-site': 'same-origin' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'vanthu', mode: 'web' } });
  });

  it('refuses other methods and unknown API paths', async () => {
    expect((await raw(host.port, { method: 'GET', path: '/api/call/app.info', headers: { cookie, 'x-vanthu': '1' } })).status).toBe(405);
    expect((await post('/api/secret', '{}')).status).toBe(404);
  });

  it('lists every API path for the session tests', () => {
    expect(apiPaths()).toEqual(expect.arrayContaining(['/api/call/app.info', '/api/call/backup.restore', '/api/download', '/api/upload']));
  });
});

describe('statuses and messages of failures', () => {
  it('gives 400 for wrong input and malformed JSON, in Vietnamese', async () => {
    const bad = await post('/api/call/drafts.list', '{nope', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toContain('JSON');
    const wrong = await call('settings.saveOrganisation', { organisation: { ...org, symbol: 'T U' }, term: { name: 'NK', start: '2025-10-01' } });
    expect(wrong.status).toBe(400);
    expect(errorOf(wrong).code).toBe('invalid-input');
  });

  it('gives 403 for a path outside the allowed folders, without echoing the absolute path', async () => {
    const r = await call('backup.restore', { file: '/etc/passwd' });
    expect(r.status).toBe(403);
    expect(errorOf(r).code).toBe('path-not-allowed');
    expect(errorOf(r).message).not.toContain('/etc/');
  });

  it('gives 404 for what does not exist and 409 for a conflict', async () => {
    expect((await call('settings.saveOrganisation', { organisation: org, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } })).status).toBe(200);
    const missing = await call('drafts.create', { templateId: 'khong-co-mau-nay' });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe('not-found');
    const books = JSON.parse((await call('registry.deskBooks', {})).body).value as { id: number }[];
    const reserved = await call('registry.deskReserve', { bookId: books[0]!.id, typeCode: 'NQ', summary: 'Giữ số' });
    expect(reserved.status).toBe(200);
    const id = (JSON.parse(reserved.body).value as { id: number }).id;
    expect((await call('registry.deskCancel', { id, reason: 'Nhầm số' })).status).toBe(200);
    const again = await call('registry.deskCancel', { id, reason: 'Nhầm số' });
    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'conflict', message: expect.stringContaining('đã bị hủy') });
  });
});

describe('limits and files', () => {
  it('answers 413 with a JSON message to a body over the limit, declared or chunked', async () => {
    const big = await call('drafts.list', { query: 'x'.repeat(LIMITS.requestBytes + 10) });
    expect(big.status).toBe(413);
    expect(errorOf(big).message).toContain('quá lớn');
    const chunked = await raw(host.port, {
      path: '/api/call/drafts.list', headers: { cookie, 'x-vanthu': '1', 'content-type': 'application/json' },
      chunks: { size: 64 * 1024, total: LIMITS.requestBytes * 2 },
    });
    expect(chunked.status).toBe(413);
    expect(errorOf(chunked)).toMatchObject({ code: 'too-large', message: expect.stringContaining('tối đa') });
    expect((await call('app.info', {})).status).toBe(200);
  });

  it('uploads under a generated name inside the uploads folder, refusing other kinds', async () => {
    const r = await post('/api/upload?name=..%2F..%2Fcong-van.pdf', '%PDF-1.4');
    const v = JSON.parse(r.body).value as { file: string; name: string };
    expect(path.dirname(v.file)).toBe(path.join(host.ctx.dataDir, 'uploads'));
    expect(v.name).not.toContain('/');
    const exe = await post('/api/upload?name=virus.exe', 'MZ');
    expect(exe.status).toBe(400);
    expect(errorOf(exe).code).toBe('invalid-input');
  });

  it('downloads only files inside the allowed folders', async () => {
    const bad = await post('/api/download', JSON.stringify({ file: '/etc/passwd', name: 'p.txt' }));
    expect(bad.status).toBe(403);
    expect(bad.body).not.toContain('root:');
    const dir = path.join(host.ctx.dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.docx'), 'PK-test');
    const ok = await post('/api/download', JSON.stringify({ file: path.join(dir, 'a.docx'), name: 'Nghị quyết.docx' }));
    expect(ok.body).toBe('PK-test');
    expect(String(ok.headers['content-disposition'])).toContain("UTF-8''Ngh%E1%BB%8B");
  });

  it('survives a download of a folder, a missing file or malformed JSON, answering each in Vietnamese', async () => {
    const folder = path.join(host.ctx.dataDir, 'exports', 'thu-muc');
    fs.mkdirSync(folder, { recursive: true });
    const dir = await post('/api/download', JSON.stringify({ file: folder, name: 'x.docx' }));
    expect(dir.status).toBe(400);
    expect(errorOf(dir).message).toContain('là một thư mục');
    expect(errorOf(dir).message).not.toContain(host.ctx.dataDir);
    const gone = await post('/api/download', JSON.stringify({ file: path.join(host.ctx.dataDir, 'exports', 'khong-co.docx'), name: 'x.docx' }));
    expect(gone.status).toBe(404);
    expect(errorOf(gone).message).toContain('"khong-co.docx"');
    expect(errorOf(gone).message).not.toContain(host.ctx.dataDir);
    expect((await post('/api/download', '{nope')).status).toBe(400);
    expect((await call('app.info', {})).status).toBe(200);
  });

  it('answers in Vietnamese, without stopping, when the built page is missing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-renderer-'));
    const bare = await startHost({ dataDir: host.ctx.dataDir, rendererDir: empty });
    try {
      const session = await openSession(bare);
      const r = await raw(bare.port, { method: 'GET', path: '/', headers: { cookie: session } });
      expect(r.status).toBe(404);
      expect(errorOf(r).message).toContain('Không đọc được tệp giao diện "index.html"');
      expect(errorOf(r).message).not.toContain(empty);
      expect((await raw(bare.port, { path: '/api/call/app.info', headers: { cookie: session, 'x-vanthu': '1' }, body: '{}' })).status).toBe(200);
    } finally {
      await bare.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('leaves the data folder untouched when requests are rejected', async () => {
    const before = tree(host.ctx.dataDir);
    await call('settings.saveOrganisation', { organisation: { ...org, symbol: 'T U' }, term: { name: 'NK', start: '2025-10-01' } });
    await call('settings.saveOrganisation', { organisation: org, term: { name: 'NK', start: '01/10/2025' } });
    await call('backup.restore', { file: '/etc/passwd' });
    await call('registry.deskRegisterIncoming', { receivedDate: '2026-03-10', sender: 'VP', senderNumber: '1-CV/VP', summary: 'x', attachments: ['/etc/hostname'] });
    await call('drafts.create', { templateId: '../../etc' });
    await raw(host.port, { path: '/api/call/settings.saveOrganisation', headers: { 'x-vanthu': '1' }, body: JSON.stringify({ organisation: org, term: { name: 'NK', start: '2020-01-01' } }) });
    expect(tree(host.ctx.dataDir)).toEqual(before);
    const s = JSON.parse((await call('settings.status', {})).body);
    expect(s.value.term.start).toBe('2025-10-01');
  });
});
