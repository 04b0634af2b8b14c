/**
 * The app's windows: creation with the secure options, showing the app's own page
 * (`app://vanthu/index.html`, see protocol.ts) or the office server's (office.ts), the set of
 * windows whose IPC messages are trusted, navigation and new windows blocked (security.ts: only
 * within the office server), bounds remembered.
 */
import { BrowserWindow, app, screen, type IpcMainInvokeEvent } from 'electron';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state';
import { mainWindowOptions } from './window-options';
import { appFile } from './paths';
import { APP_ORIGIN, APP_PAGE } from './protocol';
import { guardContents, type OfficeOf } from './security';

const trusted = new Set<number>();

/** Whether an IPC message comes from a window this app created, showing the app's own page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!trusted.has(event.sender.id) || !frame) return false;
  return frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * Creates and shows the main window; it loads `page` (the app's own page by default; null: the
 * caller loads it, office.ts). `office` is the office server in use, for its navigation rules.
 */
export function createMainWindow(page: string | null = APP_PAGE, office: OfficeOf = () => null): BrowserWindow {
  const dir = app.getPath('userData');
  const state = loadWindowState(dir);
  const bounds = visibleBounds(state.bounds, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(mainWindowOptions(bounds, appFile('preload.cjs')));
  const id = win.webContents.id;
  trusted.add(id);
  guardContents(win.webContents, office);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => saveWindowState(dir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => trusted.delete(id));
  if (page) void win.loadURL(page);
  return win;
}
