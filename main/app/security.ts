/**
 * App-wide protections: CSP on every response, every permission request denied, network and
 * file:// requests cancelled, navigation and new windows refused for any web contents (including
 * ones the app did not create itself).
 */
import { app, session } from 'electron';
import { CSP } from './window-options';

/** Requests cancelled for every page: the network and the local disk (the app is served by app://). */
export const BLOCKED_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*'];

/** Installs the protections; call once when the app is ready. */
export function installSecurity(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onBeforeRequest({ urls: BLOCKED_URLS }, (_d, cb) => cb({ cancel: true }));
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (ev) => ev.preventDefault());
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
  });
}
