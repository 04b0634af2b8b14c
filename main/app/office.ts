/**
 * The desktop window on the office server, Electron side (the decisions are office-window.ts):
 * when office.json says this workstation works with the server, the window loads the server's own
 * https page (its login, then the app over HTTP, `renderer/api/web-client.ts`), after a pinned
 * request has checked that the server answers with the confirmed certificate. When it cannot be
 * reached, or presents another certificate, or a page load of it fails, the window shows the local
 * page office-page.ts ("Thử lại" / "Làm việc một mình"), whose buttons come back here over the two
 * channels of common/api/office-bridge.ts.
 */
import { ipcMain, type BrowserWindow } from 'electron';
import { HANDLERS, dispatch, type ServiceContext } from '../services';
import { readOffice } from '../server/trust-store';
import { pinnedRequest } from '../server/trust';
import { OFFICE_CHANNELS, type OfficeAnswer } from '../../common/api/office-bridge';
import { OFFICE_PAGE_PATHS, UNREACHABLE_SCRIPT, UNREACHABLE_STYLE, unreachableHtml, type UnreachableState } from './office-page';
import { isOfficeUrl, loadFailureText, officeTarget, type OfficeTarget } from './office-window';
import type { GeneratedPages } from './protocol';
import { APP_ORIGIN, APP_PAGE } from './protocol';
import { isTrustedSender } from './windows';

/** The unreachable page's URL. */
export const UNREACHABLE_PAGE = `${APP_ORIGIN}${OFFICE_PAGE_PATHS.html}`;

/** Chromium's code of a load replaced by another one (not a failure). */
const ERR_ABORTED = -3;

/** The office connection of the app: the server in use and the last failure. */
export class OfficeLink {
  private current: OfficeTarget | null;
  private failure: UnreachableState | null = null;

  /** Reads office.json of the data folder of `ctx`. */
  constructor(private readonly ctx: ServiceContext) {
    this.current = officeTarget(readOffice(ctx.dataDir));
  }

  /** The server the window works with now, or null (alone). */
  target(): OfficeTarget | null {
    return this.current;
  }

  /** Loads the first page: the server (checked first) when it is the choice, else the app's own page. */
  async start(win: BrowserWindow): Promise<void> {
    if (!this.current) await win.loadURL(APP_PAGE);
    else await this.open(win);
  }

  /**
   * Opens the confirmed server in `win` (office.json read again: the user may just have confirmed
   * it): one pinned request first, so an unreachable server or another certificate shows the local
   * page with the reason instead of a blank or Chromium error page.
   */
  async open(win: BrowserWindow): Promise<OfficeAnswer> {
    this.current = officeTarget(readOffice(this.ctx.dataDir));
    const target = this.current;
    if (!target) return { ok: false, message: 'Máy này chưa xác nhận máy chủ văn phòng nào: hãy kiểm tra và xác nhận máy chủ trước.' };
    try {
      await pinnedRequest(target.address, target.pin, { path: '/' });
    } catch (e) {
      return this.unreachable(win, (e as Error).message);
    }
    this.failure = null;
    await win.loadURL(target.url);
    return { ok: true };
  }

  /** Works alone from now on (the confirmation is kept): the app's own page. */
  async alone(win: BrowserWindow): Promise<OfficeAnswer> {
    const r = await dispatch(HANDLERS, this.ctx, 'settings.officeSingle', {});
    if (!r.ok) return { ok: false, message: r.error.message };
    this.current = null;
    this.failure = null;
    await win.loadURL(APP_PAGE);
    return { ok: true };
  }

  /** Shows the unreachable page with `message` (unless it is already shown: its script then shows the new reason). */
  private async unreachable(win: BrowserWindow, message: string): Promise<OfficeAnswer> {
    const origin = this.current?.address.origin ?? '';
    this.failure = { origin, message };
    if (!win.webContents.getURL().startsWith(UNREACHABLE_PAGE)) await win.loadURL(UNREACHABLE_PAGE);
    return { ok: false, message };
  }

  /**
   * Watches `win`: a failed load of a server page (the server stopped, the network went down, a
   * certificate refused) shows the unreachable page; the reason is checked again by a pinned
   * request, so another certificate reads as the impersonation warning.
   */
  watch(win: BrowserWindow): void {
    win.webContents.on('did-fail-load', (_e, code, description, url, isMainFrame) => {
      const target = this.current;
      if (!isMainFrame || code === ERR_ABORTED || !target || !isOfficeUrl(target, url)) return;
      const fallback = loadFailureText(target.address, code, description);
      void pinnedRequest(target.address, target.pin, { path: '/' })
        .then(() => fallback, (e: Error) => e.message)
        .then((message) => this.unreachable(win, message));
    });
  }

  /** The unreachable page and its files, for the app's scheme. */
  readonly pages: GeneratedPages = (pathname) => {
    if (pathname === OFFICE_PAGE_PATHS.html) {
      const state = this.failure ?? { origin: this.current?.address.origin ?? '', message: 'Chưa kết nối máy chủ văn phòng.' };
      return { type: 'text/html; charset=utf-8', body: unreachableHtml(state) };
    }
    if (pathname === OFFICE_PAGE_PATHS.script) return { type: 'text/javascript; charset=utf-8', body: UNREACHABLE_SCRIPT };
    if (pathname === OFFICE_PAGE_PATHS.style) return { type: 'text/css; charset=utf-8', body: UNREACHABLE_STYLE };
    return null;
  };

  /** Answers the bridge's two channels, only for the app's own pages in its own windows. */
  installIpc(windowOf: (id: number) => BrowserWindow | null): void {
    const refused: OfficeAnswer = { ok: false, message: 'Yêu cầu không đến từ cửa sổ của vanthu nên bị từ chối.' };
    const handle = (channel: string, run: (win: BrowserWindow) => Promise<OfficeAnswer>) =>
      ipcMain.handle(channel, async (event) => {
        const win = isTrustedSender(event) ? windowOf(event.sender.id) : null;
        return win ? run(win) : refused;
      });
    handle(OFFICE_CHANNELS.open, (win) => this.open(win));
    handle(OFFICE_CHANNELS.alone, (win) => this.alone(win));
  }
}
