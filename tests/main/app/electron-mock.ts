/** A small stand-in for the `electron` module, recording what main and preload ask of it. */
import { vi } from 'vitest';

/** Everything the mock recorded. */
export const rec = {
  windows: [] as FakeWindow[],
  handlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  exposed: new Map<string, unknown>(),
  appEvents: new Map<string, (...a: unknown[]) => void>(),
  headers: null as null | ((d: unknown, cb: (r: unknown) => void) => void),
  permission: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
  invoked: [] as [string, unknown][],
  schemes: [] as unknown[],
  protocols: new Map<string, (request: { url: string; method?: string }) => Promise<Response> | Response>(),
  blocked: null as null | { urls: string[] },
  beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  verify: null as null | ((req: { hostname: string; certificate: { data: string } }, cb: (code: number) => void) => void),
};

let nextId = 1;

/** A fake BrowserWindow keeping its options and event handlers. */
export class FakeWindow {
  options: Record<string, unknown>;
  handlers = new Map<string, (...a: unknown[]) => void>();
  openHandler: (() => unknown) | null = null;
  loaded = '';
  webContents: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    this.options = options;
    const id = nextId++;
    const mainFrame = { url: '', parent: null };
    this.webContents = {
      id,
      mainFrame,
      setWindowOpenHandler: (h: () => unknown) => (this.openHandler = h),
      on: (ev: string, h: (...a: unknown[]) => void) => this.handlers.set(`wc:${ev}`, h),
    };
    rec.windows.push(this);
  }
  once(ev: string, h: (...a: unknown[]) => void) { this.handlers.set(ev, h); }
  on(ev: string, h: (...a: unknown[]) => void) { this.handlers.set(ev, h); }
  loadFile(f: string) { this.loaded = f; return Promise.resolve(); }
  loadURL(u: string) { this.loaded = u; return Promise.resolve(); }
  show() {}
  maximize() {}
  isMaximized() { return false; }
  getNormalBounds() { return { x: 10, y: 20, width: 1200, height: 700 }; }
  static getAllWindows() { return rec.windows; }
  static getFocusedWindow() { return rec.windows[0]; }
}

/** The factory given to vi.mock('electron'). */
export function electronMock() {
  return {
    BrowserWindow: FakeWindow,
    app: {
      getPath: vi.fn(() => process.env.VANTHU_TEST_USERDATA ?? '/tmp'),
      on: (ev: string, h: (...a: unknown[]) => void) => rec.appEvents.set(ev, h),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: vi.fn(() => new Promise(() => {})),
      setAboutPanelOptions: vi.fn(),
      quit: vi.fn(),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    ipcMain: { handle: (ch: string, h: (e: unknown, p: unknown) => Promise<unknown>) => rec.handlers.set(ch, h) },
    ipcRenderer: { invoke: vi.fn(async (ch: string, p: unknown) => (rec.invoked.push([ch, p]), { ok: true, value: ch })) },
    contextBridge: { exposeInMainWorld: (k: string, v: unknown) => rec.exposed.set(k, v) },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (h: typeof rec.headers) => (rec.headers = h),
          onBeforeRequest: vi.fn((filter: { urls: string[] }, h: typeof rec.beforeRequest) => ((rec.blocked = filter), (rec.beforeRequest = h))),
        },
        setPermissionRequestHandler: (h: typeof rec.permission) => (rec.permission = h),
        setPermissionCheckHandler: vi.fn(),
        setCertificateVerifyProc: vi.fn((p: typeof rec.verify) => (rec.verify = p)),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => rec.schemes.push(...schemes)),
      handle: (scheme: string, h: (request: { url: string; method?: string }) => Promise<Response> | Response) => rec.protocols.set(scheme, h),
    },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  };
}
