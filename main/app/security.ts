/**
 * App-wide protections: CSP on every response of the app's own pages, every permission request
 * denied, network and file:// requests cancelled, navigation and new windows refused for any web
 * contents (including ones the app did not create itself). The one exception is the confirmed
 * office server when this workstation works with it (office.ts): requests to its origin go
 * through, with the server's own security headers, over TLS accepting exactly the confirmed
 * certificate (setCertificateVerifyProc), and its pages may navigate within that origin.
 */
import { app, session, type WebContents } from 'electron';
import { isOfficeUrl, newWindowDecision, verifyCertificate, type OfficeTarget } from './office-window';
import { CSP, SECURE_WEB_PREFERENCES } from './window-options';

/** Requests cancelled for every page: the network and the local disk (the app is served by app://). */
export const BLOCKED_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*'];

/** The office server in use, asked at each decision (null: working alone). */
export type OfficeOf = () => OfficeTarget | null;

/** Navigation, redirects, webviews and new windows of one web contents: only within the office server. */
export function guardContents(contents: WebContents, office: OfficeOf): void {
  contents.setWindowOpenHandler(({ url }) => newWindowDecision(office(), url) === 'office'
    ? { action: 'allow', overrideBrowserWindowOptions: { width: 900, height: 700, autoHideMenuBar: true, webPreferences: { ...SECURE_WEB_PREFERENCES } } }
    : { action: 'deny' });
  const onlyOffice = (ev: { preventDefault(): void }, url: string) => {
    if (!isOfficeUrl(office(), url)) ev.preventDefault();
  };
  contents.on('will-navigate', (ev) => onlyOffice(ev, ev.url));
  contents.on('will-redirect', (ev) => onlyOffice(ev, ev.url));
  contents.on('will-attach-webview', (ev) => ev.preventDefault());
}

/** Installs the protections; call once when the app is ready. */
export function installSecurity(office: OfficeOf = () => null): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    // The server sends its own CSP (its login page allows its inline script by hash).
    if (isOfficeUrl(office(), details.url)) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: BLOCKED_URLS }, (d, cb) => cb({ cancel: !isOfficeUrl(office(), d.url) }));
  ses.setCertificateVerifyProc((req, cb) => cb(verifyCertificate(office(), req.hostname, req.certificate.data)));
  app.on('web-contents-created', (_e, contents) => guardContents(contents, office));
}
