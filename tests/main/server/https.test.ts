/**
 * `vanthu server` over real TLS on loopback: the contract answered to a client pinning the
 * server's fingerprint (as openssl computes it), refused to one pinning another certificate and
 * to a client trusting only the system's authorities, plain HTTP refused on the same port, no
 * session → 401, a Host header the certificate does not name → 403, the connection string (of the
 * real PostgreSQL holding the server's accounts) never in an answer.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initServer } from '../../../main/server/certificate';
import { serverFiles } from '../../../main/server/files';
import { startServer, type OfficeServer } from '../../../main/server/https';
import { saveServerSettings } from '../../../main/server/settings';
import { fetchServerCertificate, parseServerAddress, pinnedRequest, type Pin, type ServerAddress } from '../../../main/server/trust';
import { startPostgres, type TestPostgres } from '../../helpers/postgres';
import { login, seedAccounts } from './accounts-fixture';
import { removeTemp, tempDir, tinyRenderer } from './fixture';

let SECRET = '';
let postgres: TestPostgres;
let server: OfficeServer;
let addr: ServerAddress;
let pin: Pin;
let other: Pin;

beforeAll(async () => {
  const dir = tempDir();
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  postgres = await startPostgres('vanthu_https');
  SECRET = decodeURIComponent(new URL(postgres.url).password);
  saveServerSettings(serverFiles(dir).settings, { listen: { host: '127.0.0.1', port: 8443 }, database: postgres.url });
  const elsewhere = await initServer({ dir: tempDir(), name: 'may-gia-mao', ips: [] });
  other = { fingerprint: elsewhere.fingerprint, pem: fs.readFileSync(elsewhere.files.cert, 'utf8') };
  server = await startServer({ dir, rendererDir: tinyRenderer(), port: 0 });
  await seedAccounts(server.accounts.service, { vanthu1: ['van-thu'] });
  addr = parseServerAddress(`127.0.0.1:${server.port}`);
  const seen = await fetchServerCertificate(addr);
  pin = { fingerprint: seen.fingerprint, pem: seen.pem };
});

afterAll(async () => {
  await server?.close();
  postgres?.stop();
  removeTemp();
});

/** Logs in over the pinned connection; returns the Cookie header. */
async function session(): Promise<string> {
  const { reply: r } = await login(addr, pin, 'vanthu1');
  expect(r.status).toBe(200);
  const set = String(r.headers['set-cookie']);
  expect(set).toContain('HttpOnly');
  expect(set).toContain('SameSite=Strict');
  expect(set).toContain('Secure');
  return set.split(';')[0] ?? '';
}

const call = (op: string, cookie: string, extra: Record<string, string> = {}) =>
  pinnedRequest(addr, pin, { method: 'POST', path: `/api/call/${op}`, headers: { cookie, 'x-vanthu': '1', 'content-type': 'application/json', ...extra }, body: '{}' });

describe('vanthu server over HTTPS', () => {
  it('presents the certificate whose fingerprint openssl computes from the written file', () => {
    const fp = execFileSync('openssl', ['x509', '-in', server.files.cert, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' }).trim().split('=')[1];
    expect(pin.fingerprint).toBe(fp);
    expect(server.certificate.fingerprint).toBe(fp);
  });

  it('answers the contract over TLS to a client pinning that fingerprint, once it holds a session', async () => {
    const noSession = await call('app.info', '');
    expect(noSession.status).toBe(401);
    const cookie = await session();
    const r = await call('app.info', cookie);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'vanthu' } });
    const page = await pinnedRequest(addr, pin, { path: '/', headers: { cookie } });
    expect(page.body).toContain('vanthu-app');
  });

  it('never returns the PostgreSQL connection string', async () => {
    const cookie = await session();
    for (const op of ['app.info', 'settings.status']) {
      const r = await call(op, cookie);
      expect(r.status).toBe(200);
      expect(r.body).not.toContain(SECRET);
    }
  });

  it('refuses a Host header the certificate does not name (DNS rebinding)', async () => {
    const cookie = await session();
    const r = await call('app.info', cookie, { host: `evil.example:${server.port}` });
    expect(r.status).toBe(403);
  });

  it('is refused by a client pinning another certificate, with the impersonation warning', async () => {
    const refused = await pinnedRequest(addr, other, { path: '/' }).then(() => null, (e: Error) => e.message);
    expect(refused).toContain('CẢNH BÁO: mã nhận dạng của máy chủ');
    expect(refused).toContain('giả mạo');
  });

  it('is refused by a client trusting only the usual authorities (self-signed)', async () => {
    const error = await new Promise<string>((resolve) => {
      https.get({ host: '127.0.0.1', port: server.port, path: '/', agent: false }, () => resolve('accepted')).on('error', (e) => resolve((e as NodeJS.ErrnoException).code ?? e.message));
    });
    expect(error).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
  });

  it('refuses plain HTTP on the same port with a Vietnamese message and the https:// address', async () => {
    const cookie = await session();
    const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/call/app.info', headers: { cookie, 'x-vanthu': '1' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(r.status).toBe(400);
    expect(r.body).toContain('chỉ nhận kết nối mã hóa (HTTPS)');
    expect(r.body).toContain(`https://127.0.0.1:${server.port}/`);
    expect(r.body).not.toContain('"ok"');
  });
});
