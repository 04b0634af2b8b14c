/**
 * The app's windows: creation with the secure options, showing the app's own page
 * (`app://vanthu/index.html`, see protocol.ts), the set of windows whose IPC messages are trusted,
 * navigation and new windows blocked, bounds remembered.
 */
import { BrowserWindow, app, screen, type IpcMainInvokeEvent } from 'electron';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state';
import { mainWindowOptions } from './window-options';
import { appFile } from './paths';
import { APP_ORIGIN, APP_PAGE } from './protocol';

const trusted = new Set<number>();

/** Whether an IPC message comes from a window this app created, showing the app's own page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!trusted.has(event.sender.id) || !frame) return false;
  return frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** Creates and shows the main window. */
export function createMainWindow(): BrowserWindow {
  const dir = app.getPath('userData');
  const state = loadWindowState(dir);
  const bounds = visibleBounds(state.bounds, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(mainWindowOptions(bounds, appFile('preload.cjs')));
  const id = win.webContents.id;
  trusted.add(id);
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.on('will-redirect', (e) => e.preventDefault());
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => saveWindowState(dir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => trusted.delete(id));
  void win.loadURL(APP_PAGE);
  return win;
}
