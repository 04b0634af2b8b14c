/**
 * Who may use the local host: only the browser that opened the one-time launch address. Any other
 * process of the computer (this account without the address, or another OS account, on Linux even
 * holding the address) gets 403 on the page and on every API path, and the page it gets carries no
 * secret.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../main/host/server';
import { apiPaths, openSession, raw } from './http-client';

const renderer = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-renderer-'));
fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html><head></head><body>vanthu-app</body></html>');
fs.mkdirSync(path.join(renderer, 'assets'));
fs.writeFileSync(path.join(renderer, 'assets', 'main.js'), 'console.log("vanthu-app")');

let clock = 1_000_000;
let host: Host;
let other: Host;

beforeAll(async () => {
  host = await startHost({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-session-')), rendererDir: renderer, sessions: { now: () => clock } });
  other = await startHost({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-session-')), rendererDir: renderer });
});

afterAll(async () => {
  for (const h of [host, other]) {
    await h.close();
    fs.rmSync(h.ctx.dataDir, { recursive: true, force: true });
  }
  fs.rmSync(renderer, { recursive: true, force: true });
});

const launchPath = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/** What a process without the session gets on every API path, as status per path. */
async function apiStatuses(headers: Record<string, string>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const p of apiPaths()) out[p] = (await raw(host.port, { path: p, headers: { 'x-vanthu': '1', 'content-type': 'application/json', ...headers }, body: '{}' })).status;
  return out;
}

const all403 = () => Object.fromEntries(apiPaths().map((p) => [p, 403]));

describe('a process that did not get the launch address', () => {
  it('gets 403 and a page without any secret on / and on the app files', async () => {
    const unused = host.launchUrl();
    const r = await raw(host.port, { method: 'GET', path: '/' });
    expect(r.status).toBe(403);
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(r.body).toContain('Hãy mở vanthu từ máy của bạn');
    expect(r.body).toContain('npm start');
    expect(r.body).not.toContain('vanthu-app');
    expect(r.body).not.toContain(new URL(unused).searchParams.get('code'));
    expect(r.body).not.toMatch(/vanthu-token|<script/);
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
    for (const p of ['/index.html', '/assets/main.js', '/?code=', '/?code=doan-bua']) {
      const f = await raw(host.port, { method: 'GET', path: p });
      expect(f.status, p).toBe(403);
      expect(f.body, p).not.toContain('vanthu-app');
    }
  });

  it('gets 403 on every API path, with or without a forged cookie or the old token header', async () => {
    expect(await apiStatuses({})).toEqual(all403());
    expect(await apiStatuses({ cookie: `vanthu-${host.port}=${'A'.repeat(43)}` })).toEqual(all403());
    expect(await apiStatuses({ 'x-vanthu-token': 'x'.repeat(43) })).toEqual(all403());
    const r = await raw(host.port, { path: '/api/call/settings.status', headers: { 'x-vanthu': '1' }, body: '{}' });
    expect(JSON.parse(r.body).error.message).toContain('mở lại vanthu');
  });

  it('cannot use the session of another vanthu host', async () => {
    const foreign = await openSession(other);
    expect(foreign.startsWith(`vanthu-${other.port}=`)).toBe(true);
    expect(await apiStatuses({ cookie: foreign.replace(`vanthu-${other.port}`, `vanthu-${host.port}`) })).toEqual(all403());
  });
});

describe('the launch address', () => {
  it('opens a session once: an HttpOnly, SameSite=Strict cookie and a redirect to /', async () => {
    const url = host.launchUrl();
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?code=[A-Za-z0-9_-]{43}$`));
    const first = await raw(host.port, { method: 'GET', path: launchPath(url) });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const set = first.headers['set-cookie']?.[0] ?? '';
    expect(set).toMatch(new RegExp(`^vanthu-${host.port}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    const cookie = set.split(';')[0]!;
    const page = await raw(host.port, { method: 'GET', path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('vanthu-app');
    expect((await raw(host.port, { path: '/api/call/app.info', headers: { cookie, 'x-vanthu': '1' }, body: '{}' })).status).toBe(200);

    const second = await raw(host.port, { method: 'GET', path: launchPath(url) });
    expect(second.status).toBe(403);
    expect(second.headers['set-cookie']).toBeUndefined();
    expect(second.body).toContain('đã được dùng hoặc đã hết hạn');
  });

  it('expires after 60 seconds', async () => {
    const late = host.launchUrl();
    const onTime = host.launchUrl();
    clock += 59_000;
    expect((await raw(host.port, { method: 'GET', path: launchPath(onTime) })).status).toBe(303);
    clock += 1_000;
    const r = await raw(host.port, { method: 'GET', path: launchPath(late) });
    expect(r.status).toBe(403);
    expect(r.headers['set-cookie']).toBeUndefined();
  });
});

describe('another OS account', () => {
  const canSwitch = process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/usr/sbin/runuser');
  if (!canSwitch) console.log('[skip] another OS account: needs Linux, root and runuser to run a process as "nobody"');

  it.skipIf(!canSwitch)('gets 403 on the page and on every API path, even holding a launch address (runuser -u nobody)', async () => {
    const stolen = host.launchUrl();
    const script = `
      const [port, paths, stolen] = [process.argv[1], JSON.parse(process.argv[2]), process.argv[3]];
      (async () => {
        const out = { uid: process.getuid() };
        const launch = await fetch(stolen, { redirect: 'manual' });
        out.launch = launch.status;
        out.cookie = launch.headers.get('set-cookie');
        const page = await fetch('http://127.0.0.1:' + port + '/');
        out['/'] = page.status;
        out.pageHasApp = (await page.text()).includes('vanthu-app');
        for (const p of paths) {
          const r = await fetch('http://127.0.0.1:' + port + p, { method: 'POST', headers: { 'X-Vanthu': '1', 'Content-Type': 'application/json' }, body: '{}' });
          out[p] = r.status;
        }
        console.log(JSON.stringify(out));
      })();`;
    const { stdout } = await promisify(execFile)('runuser', ['-u', 'nobody', '--', process.execPath, '-e', script, String(host.port), JSON.stringify(apiPaths()), stolen]);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out.uid).not.toBe(0);
    expect(out.launch).toBe(403);
    expect(out.cookie).toBeNull();
    expect(out['/']).toBe(403);
    expect(out.pageHasApp).toBe(false);
    const { uid: _u, launch: _l, cookie: _c, '/': _p, pageHasApp: _h, ...api } = out;
    expect(api).toEqual(all403());
    // The address was not used up by the other account: the user's own browser still opens with it.
    expect((await raw(host.port, { method: 'GET', path: launchPath(stolen) })).status).toBe(303);
  });
});
