/**
 * The desktop window on the office server (issue 14), with `electron` mocked and a real server over
 * TLS: which server office.json names, Chromium's certificate check accepting exactly the confirmed
 * certificate (another one, even for the same address, refused), requests and navigation allowed
 * only on the server's origin and its own headers kept, the window loading the server's page when it
 * answers, and the local "Không kết nối được máy chủ văn phòng" page (escaped reason, the
 * impersonation warning for a renewed certificate) when it does not; "Làm việc một mình" from there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initServer } from '../../../main/server/certificate';
import { startServer, type OfficeServer } from '../../../main/server/https';
import { readOffice, saveOffice, type OfficeFile } from '../../../main/server/trust-store';
import { removeTemp, tempDir, tinyRenderer } from '../server/fixture';
import { electronMock, rec, type FakeWindow } from './electron-mock';

vi.mock('electron', () => electronMock());

const { isOfficeUrl, loadFailureText, newWindowDecision, officeTarget, pemFingerprint, verifyCertificate } = await import('../../../main/app/office-window');
const { escapeHtml, unreachableHtml } = await import('../../../main/app/office-page');
const { OfficeLink, UNREACHABLE_PAGE } = await import('../../../main/app/office');
const { installSecurity } = await import('../../../main/app/security');
const { appResponse } = await import('../../../main/app/protocol');
const { createContext } = await import('../../../main/services');

let dir: string;
let server: OfficeServer;
let pem: string;
let otherPem: string;
let origin: string;

/** office.json working with the test server, pinned to `pinPem`. */
function officeFileFor(pinPem: string, mode: 'server' | 'single' = 'server'): OfficeFile {
  return {
    mode, server: mode === 'server' ? origin : null,
    trusted: { [origin]: { pem: pinPem, fingerprint: pemFingerprint(pinPem) ?? '', confirmedAt: '2026-12-01T08:00:00.000Z' } },
  };
}

/** A window of the mock whose current URL is what it loaded last. */
function fakeWindow(): FakeWindow {
  const { BrowserWindow } = electronMock();
  const win = new BrowserWindow({});
  (win.webContents as Record<string, unknown>).getURL = () => win.loaded;
  return win;
}

beforeAll(async () => {
  dir = path.join(tempDir('vanthu-office-window-'), 'may-chu');
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  server = await startServer({ dir, rendererDir: tinyRenderer(), port: 0, host: '127.0.0.1' });
  origin = `https://127.0.0.1:${server.port}`;
  pem = fs.readFileSync(path.join(dir, 'tls-cert.pem'), 'utf8');
  const other = path.join(tempDir(), 'may-khac');
  await initServer({ dir: other, name: 'may-chu-vp', ips: [] });
  otherPem = fs.readFileSync(path.join(other, 'tls-cert.pem'), 'utf8');
});

afterAll(async () => {
  await server?.close();
  removeTemp();
});

describe('the decisions (plain Node)', () => {
  it('takes the server only when office.json says so and it was confirmed', () => {
    expect(officeTarget({ mode: 'single', server: null, trusted: {} })).toBeNull();
    expect(officeTarget(officeFileFor(pem, 'single'))).toBeNull();
    expect(officeTarget({ mode: 'server', server: 'https://10.0.0.9:8443', trusted: {} })).toBeNull();
    const t = officeTarget(officeFileFor(pem));
    expect(t).toMatchObject({ url: `${origin}/`, address: { host: '127.0.0.1', port: server.port }, pin: { fingerprint: server.certificate.fingerprint } });
  });

  it('accepts exactly the confirmed certificate, for the server\'s host only', () => {
    const t = officeTarget(officeFileFor(pem));
    expect(pemFingerprint(pem)).toBe(server.certificate.fingerprint);
    expect(verifyCertificate(t, '127.0.0.1', pem)).toBe(0);
    expect(verifyCertificate(t, '127.0.0.1', otherPem)).toBe(-2); // same names, another key: an impersonator
    expect(verifyCertificate(t, 'may-chu-vp', pem)).toBe(-2); // another host name than the confirmed address
    expect(verifyCertificate(t, '127.0.0.1', 'không phải chứng chỉ')).toBe(-2);
    expect(verifyCertificate(null, '127.0.0.1', pem)).toBe(-2); // working alone: no https at all
  });

  it('allows requests, navigation and login windows on the server\'s origin only', () => {
    const t = officeTarget(officeFileFor(pem));
    expect(isOfficeUrl(t, `${origin}/`)).toBe(true);
    expect(isOfficeUrl(t, `${origin}/api/call/drafts.list`)).toBe(true);
    for (const url of [`http://127.0.0.1:${server.port}/`, `https://127.0.0.1:${server.port + 1}/`, 'https://127.0.0.2:8443/',
      `https://user:pw@127.0.0.1:${server.port}/`, 'https://evil.example/', 'javascript:alert(1)', 'app://vanthu/index.html', 'không phải URL']) {
      expect(isOfficeUrl(t, url), url).toBe(false);
    }
    expect(isOfficeUrl(null, `${origin}/`)).toBe(false);
    expect(newWindowDecision(t, `${origin}/`)).toBe('office');
    expect(newWindowDecision(t, 'https://evil.example/')).toBe('deny');
  });

  it('says in Vietnamese why a page load failed', () => {
    const t = officeTarget(officeFileFor(pem));
    if (!t) throw new Error('no target');
    expect(loadFailureText(t.address, -102, 'ERR_CONNECTION_REFUSED')).toBe(`Không kết nối được máy chủ văn phòng 127.0.0.1:${server.port}: máy chủ chưa chạy vanthu server, hoặc sai cổng.`);
    expect(loadFailureText(t.address, -202, 'ERR_CERT_AUTHORITY_INVALID')).toContain('chứng chỉ khác');
  });

  it('escapes the reason in the unreachable page', () => {
    const html = unreachableHtml({ origin, message: '<img src=x onerror=alert(1)> "lỗi"' });
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)> "lỗi"'));
    expect(html).toContain('Thử lại');
    expect(html).toContain('Làm việc một mình');
    expect(unreachableHtml({ origin, message: 'lỗi' })).not.toMatch(/<script>|<style|style=|on\w+=/); // nothing inline: the app's CSP allows none
  });
});

describe('the window (electron mocked, real server)', () => {
  it('lets the server\'s requests through with its own headers, and checks its certificate against the pin', () => {
    const t = officeTarget(officeFileFor(pem));
    installSecurity(() => t);
    const cancelled = (url: string) => {
      let answer: { cancel: boolean } | null = null;
      rec.beforeRequest?.({ url }, (r) => (answer = r));
      return (answer as { cancel: boolean } | null)?.cancel;
    };
    expect(cancelled(`${origin}/api/call/drafts.list`)).toBe(false);
    expect(cancelled('https://evil.example/')).toBe(true);
    expect(cancelled(`http://127.0.0.1:${server.port}/`)).toBe(true);
    const verdict = (hostname: string, data: string) => {
      let code: number | null = null;
      rec.verify?.({ hostname, certificate: { data } }, (c) => (code = c));
      return code;
    };
    expect(verdict('127.0.0.1', pem)).toBe(0);
    expect(verdict('127.0.0.1', otherPem)).toBe(-2);
    let kept: unknown = 'unset';
    rec.headers?.({ url: `${origin}/`, responseHeaders: { 'Content-Security-Policy': ['server'] } }, (r) => (kept = r));
    expect(kept).toEqual({}); // the server's own CSP (its login page's script hash) stays
    let replaced: { responseHeaders?: Record<string, string[]> } = {};
    rec.headers?.({ url: 'app://vanthu/index.html', responseHeaders: {} }, (r) => (replaced = r as typeof replaced));
    expect(replaced.responseHeaders?.['Content-Security-Policy']?.[0]).toContain("default-src 'self'");
  });

  it('loads the server\'s page when it answers with the confirmed certificate', async () => {
    const ctx = createContext(tempDir('vanthu-ws-'), 'electron');
    saveOffice(ctx.dataDir, officeFileFor(pem));
    const link = new OfficeLink(ctx);
    const win = fakeWindow();
    await link.start(win as never);
    expect(win.loaded).toBe(`${origin}/`);
  });

  it('shows the local page with the reason when the server does not answer, then works alone from it', async () => {
    const ctx = createContext(tempDir('vanthu-ws-'), 'electron');
    const down = { ...officeFileFor(pem), server: 'https://127.0.0.1:9' };
    down.trusted = { 'https://127.0.0.1:9': down.trusted[origin] as OfficeFile['trusted'][string] };
    saveOffice(ctx.dataDir, down);
    const link = new OfficeLink(ctx);
    const win = fakeWindow();
    await link.start(win as never);
    expect(win.loaded).toBe(UNREACHABLE_PAGE);
    const page = await appResponse('/nonexistent', { url: UNREACHABLE_PAGE }, link.pages);
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('Không kết nối được máy chủ văn phòng 127.0.0.1:9: máy chủ chưa chạy vanthu server, hoặc sai cổng.');
    expect((await appResponse('/nonexistent', { url: 'app://vanthu/office-unreachable.js' }, link.pages)).status).toBe(200);
    // Thử lại while still down: the same page says why, nothing else is loaded.
    expect(await link.open(win as never)).toMatchObject({ ok: false, message: expect.stringContaining('127.0.0.1:9') });
    expect(win.loaded).toBe(UNREACHABLE_PAGE);
    // Làm việc một mình: office.json says single, the confirmation kept, the app's own page.
    expect(await link.alone(win as never)).toEqual({ ok: true });
    expect(win.loaded).toBe('app://vanthu/index.html');
    expect(readOffice(ctx.dataDir)).toMatchObject({ mode: 'single', server: null, trusted: { 'https://127.0.0.1:9': { fingerprint: server.certificate.fingerprint } } });
    expect(link.target()).toBeNull();
  });

  it('refuses a server presenting another certificate than the confirmed one, with the impersonation warning', async () => {
    const ctx = createContext(tempDir('vanthu-ws-'), 'electron');
    saveOffice(ctx.dataDir, officeFileFor(otherPem)); // confirmed another certificate: the server now looks like an impersonator
    const link = new OfficeLink(ctx);
    const win = fakeWindow();
    await link.start(win as never);
    expect(win.loaded).toBe(UNREACHABLE_PAGE);
    const html = await (await appResponse('/nonexistent', { url: UNREACHABLE_PAGE }, link.pages)).text();
    expect(html).toContain('CẢNH BÁO: mã nhận dạng của máy chủ');
    expect(html).toContain('giả mạo');
    expect(html).toContain('class="box warning"');
  });

  it('answers the bridge only for the app\'s own pages', async () => {
    const ctx = createContext(tempDir('vanthu-ws-'), 'electron');
    const link = new OfficeLink(ctx);
    const win = fakeWindow();
    link.installIpc(() => win as never);
    const open = rec.handlers.get('vanthu-office:open');
    const foreign = await open?.({ sender: { id: 999 }, senderFrame: { url: `${origin}/`, parent: null } }, undefined);
    expect(foreign).toMatchObject({ ok: false, message: expect.stringContaining('từ chối') });
    expect(win.loaded).toBe('');
  });
});
