/**
 * The app:// scheme with `electron` mocked: declared privileged, serving the renderer folder with
 * the app's CSP on every response, and nothing outside it (.., encoded separators, links, other
 * hosts, other methods).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock, rec } from './electron-mock';

vi.mock('electron', () => electronMock());

const { APP_PAGE, installAppProtocol, registerAppScheme } = await import('../../../main/app/protocol');
const { CSP } = await import('../../../main/app/window-options');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-protocol-'));
const root = path.join(base, 'renderer');

beforeAll(() => {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>vanthu</title>');
  fs.writeFileSync(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'BÍ MẬT');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  registerAppScheme();
  installAppProtocol(root);
});

const get = (url: string, method = 'GET') => Promise.resolve(rec.protocols.get('app')!({ url, method }));

describe('app:// scheme', () => {
  it('is declared standard and secure, with fetch and without CSP bypass', () => {
    expect(rec.schemes).toContainEqual({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false }) });
  });

  it('serves the renderer files with the CSP header and their types', async () => {
    const page = await get(APP_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>vanthu</title>');
    const js = await get('app://vanthu/assets/main.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('content-security-policy')).toBe(CSP);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://vanthu/')).status).toBe(200);
  });

  it('refuses anything outside the renderer folder, other hosts and other methods', async () => {
    for (const url of [
      'app://vanthu/../secret.txt', 'app://vanthu/%2e%2e/secret.txt', 'app://vanthu/assets/..%2f..%2fsecret.txt',
      'app://vanthu/..%5csecret.txt', 'app://vanthu/assets/link.txt', 'app://vanthu/%00index.html',
      'app://vanthu/khong-co.js', 'app://vanthu/assets', 'app://other/index.html', 'file:///etc/passwd',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(await r.text(), url).not.toContain('BÍ MẬT');
      expect(r.headers.get('content-security-policy'), url).toBe(CSP);
    }
    expect((await get(APP_PAGE, 'POST')).status).toBe(404);
  });
});
