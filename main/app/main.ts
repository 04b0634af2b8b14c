/**
 * The Electron main process: single instance, the app:// scheme, security, the Vietnamese menu,
 * the IPC handlers (one setupX per domain) and the main window, on the app's own page or, when this
 * workstation works with the office server, on the server's (office.ts). Built to dist/electron/main.cjs.
 */
import { BrowserWindow, Menu, app } from 'electron';
import pkg from '../../package.json' with { type: 'json' };
import { closeRegistry, createContext } from '../services';
import { defaultDataDir } from '../services/data-dir';
import { nativeFiles } from './dialogs';
import { setupAll } from './ipc';
import { menuTemplate } from './menu';
import { appFile } from './paths';
import { installAppProtocol, registerAppScheme } from './protocol';
import { installSecurity } from './security';
import { OfficeLink } from './office';
import { createMainWindow } from './windows';
import { usePrivateUmask } from '../fs';

usePrivateUmask();

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const dataDir = defaultDataDir();
  const ctx = createContext(dataDir, 'electron', {
    versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '' },
    files: nativeFiles(dataDir, () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]),
  });
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  if (process.platform === 'win32') app.setAppUserModelId('vn.vanthu.desktop');
  app.setAboutPanelOptions({ applicationName: 'vanthu', applicationVersion: pkg.version, copyright: 'Văn bản của Đảng' });
  const office = new OfficeLink(ctx);
  const officeOf = () => office.target();
  const openWindow = () => {
    const win = createMainWindow(null, officeOf);
    office.watch(win);
    void office.start(win);
  };
  void app.whenReady().then(() => {
    installSecurity(officeOf);
    installAppProtocol(appFile('../renderer'), office.pages);
    const workAlone = () => {
      const win = BrowserWindow.getAllWindows()[0];
      if (win && office.target()) void office.alone(win);
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', { workAlone })));
    setupAll(ctx);
    office.installIpc((id) => BrowserWindow.getAllWindows().find((w) => w.webContents.id === id) ?? null);
    openWindow();
    app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openWindow());
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => closeRegistry(ctx));
}
