/**
 * The app's own scheme: the window loads `app://vanthu/index.html`, served from dist/renderer by
 * protocol.handle with the app's Content-Security-Policy on every response, instead of `file://`
 * (which would give the page the whole disk as its origin). Only files inside the renderer folder
 * are served, after resolving "..", encoded separators and links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { isInside } from '../services/paths';
import { CSP } from './window-options';

/** The scheme, host and first page of the app. */
export const APP_SCHEME = 'app';
/** Origin of every page of the app. */
export const APP_ORIGIN = `${APP_SCHEME}://vanthu`;
/** The page the main window loads. */
export const APP_PAGE = `${APP_ORIGIN}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.json': 'application/json',
};

/**
 * Declares the scheme privileged (standard, secure, fetch) so 'self', relative URLs and modules
 * work as on https; must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, bypassCSP: false } },
  ]);
}

/** The file of `root` that `url` names, or null when it is not an app URL or lies outside `root`. */
export function appFileOf(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== 'vanthu') return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.resolve(root, `.${rel}`);
  if (!isInside(root, file)) return null;
  try {
    const real = fs.realpathSync(file);
    return isInside(fs.realpathSync(root), real) && fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Security headers of every response of the scheme. */
function headers(type: string): Record<string, string> {
  return { 'Content-Type': type, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
}

/** A page the main process makes itself (the office server's unreachable page): its type and text, or null. */
export type GeneratedPages = (pathname: string) => { type: string; body: string } | null;

/** The generated page `url` names, when it is one. */
function generatedOf(url: string, generated: GeneratedPages | undefined): { type: string; body: string } | null {
  if (!generated) return null;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'vanthu' ? generated(u.pathname) : null;
  } catch {
    return null;
  }
}

/** The response to one request of the scheme: a generated page or the file, with the CSP, or 404. */
export async function appResponse(root: string, request: { url: string; method?: string }, generated?: GeneratedPages): Promise<Response> {
  const made = request.method && request.method !== 'GET' ? null : generatedOf(request.url, generated);
  if (made) return new Response(made.body, { status: 200, headers: headers(made.type) });
  const file = request.method && request.method !== 'GET' ? null : appFileOf(root, request.url);
  if (!file) return new Response('Không tìm thấy.', { status: 404, headers: headers('text/plain; charset=utf-8') });
  const body = await fs.promises.readFile(file);
  return new Response(body, { status: 200, headers: headers(TYPES[path.extname(file)] ?? 'application/octet-stream') });
}

/** Serves the scheme from `root` (dist/renderer) and the generated pages; call once when the app is ready. */
export function installAppProtocol(root: string, generated?: GeneratedPages): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(root, request, generated));
}
