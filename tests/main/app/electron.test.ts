/**
 * The Electron glue with `electron` mocked: window security options, navigation and new windows
 * blocked, IPC sender checks, one handler per operation, the preload's API, CSP and permissions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATIONS, channelOf } from '../../../common/api';
import { rec, electronMock, type FakeWindow } from './electron-mock';

vi.mock('electron', () => electronMock());

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-userdata-'));
process.env.VANTHU_TEST_USERDATA = userData;

const { createMainWindow, isTrustedSender } = await import('../../../main/app/windows');
const { setupAll } = await import('../../../main/app/ipc');
const { installSecurity } = await import('../../../main/app/security');
const { appFile } = await import('../../../main/app/paths');
const { createContext } = await import('../../../main/services');

let win: FakeWindow;
const pageUrl = 'app://vanthu/index.html';

beforeAll(() => {
  createMainWindow();
  win = rec.windows[0] as FakeWindow;
});

describe('main window', () => {
  it('is created with the security settings', () => {
    const wp = win.options.webPreferences as Record<string, unknown>;
    expect(wp).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(String(wp.preload)).toMatch(/preload\.cjs$/);
    expect(win.loaded).toBe('app://vanthu/index.html');
  });

  it('refuses new windows and navigation', () => {
    expect((win.openHandler as ((d: { url: string }) => unknown) | null)?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    for (const ev of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn(), url: 'https://evil.example/' };
      win.handlers.get(`wc:${ev}`)?.(e);
      expect(e.preventDefault, ev).toHaveBeenCalled();
    }
  });

  it('remembers its bounds', async () => {
    win.handlers.get('close')?.();
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 10, y: 20, width: 1200, height: 700 }, maximized: false,
    });
    createMainWindow();
    expect(rec.windows[1]?.options).toMatchObject({ x: 10, y: 20, width: 1200, height: 700 });
  });
});

describe('IPC', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent });

  it('trusts only the app page in the top frame of its own windows', () => {
    const sender = win.webContents as never;
    expect(isTrustedSender({ sender, senderFrame: frame(pageUrl) as never })).toBe(true);
    expect(isTrustedSender({ sender, senderFrame: frame('https://evil.example/') as never })).toBe(false);
    expect(isTrustedSender({ sender, senderFrame: frame(pageUrl, {}) as never })).toBe(false);
    expect(isTrustedSender({ sender, senderFrame: frame(pathToFileURL(appFile('../renderer/index.html')).href) as never })).toBe(false);
    expect(isTrustedSender({ sender, senderFrame: frame('app://vanthu.evil/index.html') as never })).toBe(false);
    expect(isTrustedSender({ sender: { id: 999 } as never, senderFrame: frame(pageUrl) as never })).toBe(false);
  });

  it('registers one handler per operation, refusing untrusted senders before validation', async () => {
    const ctx = createContext(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-ipc-')), 'electron');
    const channels = setupAll(ctx);
    expect(channels.sort()).toEqual(Object.keys(OPERATIONS).map((n) => channelOf(n as never)).sort());
    const h = rec.handlers.get(channelOf('app.info'));
    const foreign = await h?.({ sender: { id: 999 }, senderFrame: frame(pageUrl) }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const ok = await h?.({ sender: win.webContents, senderFrame: frame(pageUrl) }, {});
    expect(ok).toMatchObject({ ok: true, value: { mode: 'electron' } });
    const bad = await rec.handlers.get(channelOf('backup.restore'))?.({ sender: win.webContents, senderFrame: frame(pageUrl) }, { file: '/etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
  });
});

describe('preload', () => {
  it('exposes window.vanthu with one method per operation and no raw ipcRenderer', async () => {
    vi.stubGlobal('location', { protocol: 'app:' });
    await import('../../../main/app/preload');
    vi.unstubAllGlobals();
    const api = rec.exposed.get('vanthu') as Record<string, Record<string, (r?: unknown) => Promise<unknown>>>;
    expect([...rec.exposed.keys()]).toEqual(['vanthu', 'vanthuOffice']);
    for (const name of Object.keys(OPERATIONS)) {
      const [d, a] = name.split('.') as [string, string];
      expect(typeof api[d]?.[a], name).toBe('function');
    }
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipc');
    await expect(api.drafts?.list?.({ query: 'x' })).resolves.toBe(channelOf('drafts.list'));
    expect(rec.invoked.at(-1)).toEqual([channelOf('drafts.list'), { query: 'x' }]);
  });
});

describe('session security', () => {
  it('adds the CSP to every response, cancels network and file:// requests, denies permissions and new windows', () => {
    installSecurity();
    expect(rec.blocked?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*']));
    let headers: Record<string, string[]> = {};
    rec.headers?.({ responseHeaders: { a: ['b'] } }, (r) => (headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'self'");
    expect(headers['Content-Security-Policy']?.[0]).not.toContain('unsafe-inline');
    let granted: boolean | null = null;
    rec.permission?.({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    rec.appEvents.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler.mock.calls[0]?.[0]({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});
