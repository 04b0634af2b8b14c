/**
 * The local host over real HTTP: token, Origin and Host checks, size limits, downloads only of
 * allowed files, uploads under generated names, the page carrying the token, rejected calls leaving
 * the data folder untouched.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../common/api';
import { startHost, type Host } from '../../../main/host/server';
import org from '../../../templates/organisation.default.json';

let host: Host;
let renderer: string;

/** Raw request, so headers such as Host can be forged. */
function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const call = (op: string, body: unknown, headers: Record<string, string> = {}) =>
  raw({ path: `/api/call/${op}`, headers: { 'x-vanthu-token': host.token, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

function tree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort()
    .map((f) => `${f}:${fs.statSync(path.join(dir, f)).isFile() ? fs.statSync(path.join(dir, f)).size : 'd'}`);
}

beforeAll(async () => {
  renderer = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-renderer-'));
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  host = await startHost({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-host-')), rendererDir: renderer });
});

afterAll(async () => {
  await host.close();
  fs.rmSync(host.ctx.dataDir, { recursive: true, force: true });
  fs.rmSync(renderer, { recursive: true, force: true });
});

describe('access control', () => {
  it('listens on 127.0.0.1 only, on a free port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('serves the page with the launch token and a strict CSP', async () => {
    const r = await raw({ method: 'GET', path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain(`<meta name="vanthu-token" content="${host.token}">`);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not serve files outside the renderer folder, and survives malformed addresses', async () => {
    const r = await raw({ method: 'GET', path: '/../../../../etc/passwd' });
    expect(r.body).not.toContain('root:');
    expect((await raw({ method: 'GET', path: '/%E0%A4%A' })).status).toBe(400);
    expect((await raw({ path: '/api/call/%E0%A4%A', headers: { 'x-vanthu-token': host.token }, body: '{}' })).status).toBe(404);
    expect((await raw({ method: 'GET', path: '/' })).status).toBe(200);
  });

  it('refuses a call without the token, with a wrong token, or from another origin', async () => {
    expect((await raw({ path: '/api/call/app.info', body: '{}' })).status).toBe(403);
    expect((await call('app.info', {}, { 'x-vanthu-token': 'x'.repeat(43) })).status).toBe(403);
    const other = await call('app.info', {}, { origin: 'http://evil.example' });
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body).error.message).toContain('trang web khác');
    expect((await call('app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a forged Host header (DNS rebinding)', async () => {
    expect((await call('app.info', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await raw({ method: 'GET', path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('accepts a call with the token from its own origin', async () => {
    const r = await call('app.info', {}, { origin: host.url.slice(0, -1) });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'vanthu', mode: 'web' } });
  });

  it('refuses other methods and unknown API paths', async () => {
    expect((await raw({ method: 'GET', path: '/api/call/app.info', headers: { 'x-vanthu-token': host.token } })).status).toBe(405);
    expect((await raw({ path: '/api/secret', headers: { 'x-vanthu-token': host.token }, body: '{}' })).status).toBe(404);
  });
});

describe('limits and files', () => {
  it('refuses a body over the size limit and malformed JSON', async () => {
    const big = await call('drafts.list', { query: 'x'.repeat(LIMITS.requestBytes + 10) });
    expect(big.status).toBe(413);
    const bad = await raw({ path: '/api/call/drafts.list', headers: { 'x-vanthu-token': host.token }, body: '{nope' });
    expect(JSON.parse(bad.body).error.message).toContain('JSON');
  });

  it('uploads under a generated name inside the uploads folder, refusing other kinds', async () => {
    const r = await raw({ path: '/api/upload?name=..%2F..%2Fcong-van.pdf', headers: { 'x-vanthu-token': host.token }, body: '%PDF-1.4' });
    const v = JSON.parse(r.body).value as { file: string; name: string };
    expect(path.dirname(v.file)).toBe(path.join(host.ctx.dataDir, 'uploads'));
    expect(v.name).not.toContain('/');
    const exe = await raw({ path: '/api/upload?name=virus.exe', headers: { 'x-vanthu-token': host.token }, body: 'MZ' });
    expect(JSON.parse(exe.body).error.code).toBe('invalid-input');
  });

  it('downloads only files inside the allowed folders', async () => {
    const bad = await raw({ path: '/api/download', headers: { 'x-vanthu-token': host.token }, body: JSON.stringify({ file: '/etc/passwd', name: 'p.txt' }) });
    expect(bad.status).toBe(400);
    expect(bad.body).not.toContain('root:');
    const dir = path.join(host.ctx.dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.docx'), 'PK-test');
    const ok = await raw({ path: '/api/download', headers: { 'x-vanthu-token': host.token }, body: JSON.stringify({ file: path.join(dir, 'a.docx'), name: 'Nghị quyết.docx' }) });
    expect(ok.body).toBe('PK-test');
    expect(String(ok.headers['content-disposition'])).toContain("UTF-8''Ngh%E1%BB%8B");
  });

  it('leaves the data folder untouched when requests are rejected', async () => {
    const before = tree(host.ctx.dataDir);
    await call('settings.saveOrganisation', { organisation: { ...org, symbol: 'T U' }, term: { name: 'NK', start: '2025-10-01' } });
    await call('settings.saveOrganisation', { organisation: org, term: { name: 'NK', start: '01/10/2025' } });
    await call('backup.restore', { file: '/etc/passwd' });
    await call('registry.registerIncoming', { receivedDate: '2026-03-10', sender: 'VP', senderNumber: '1-CV/VP', summary: 'x', attachment: '/etc/hostname' });
    await call('drafts.create', { templateId: '../../etc' });
    expect(tree(host.ctx.dataDir)).toEqual(before);
    const s = JSON.parse((await call('settings.status', {})).body);
    expect(s.value.configured).toBe(false);
  });
});
