/**
 * Options of the main window, with the security settings every vanthu window must have. Pure data,
 * asserted by tests/main/app with electron mocked.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** The fixed security preferences of every window. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false,
} as const;

/** Options of the main window, at the remembered bounds, with the given preload script. */
export function mainWindowOptions(bounds: Partial<Rectangle>, preload: string): BrowserWindowConstructorOptions {
  return {
    width: bounds.width ?? 1366,
    height: bounds.height ?? 768,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'vanthu – Văn bản của Đảng',
    backgroundColor: '#f4f5f7',
    autoHideMenuBar: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  };
}

/** Content-Security-Policy sent with every page of the app. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
