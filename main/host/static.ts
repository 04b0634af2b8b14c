/**
 * Serves the built renderer (dist/renderer). The page gets the launch token in a meta tag, so only
 * a page this host served can call the API; other files are served as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { isInside } from '../services/paths';
import { SECURITY_HEADERS } from './http-util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.json': 'application/json',
};

/** Serves `urlPath` from `root`; unknown paths fall back to index.html. */
export function serveStatic(res: ServerResponse, root: string, urlPath: string, token: string): void {
  let rel = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (rel === '/' || rel === '') rel = '/index.html';
  let file = path.resolve(root, `.${rel}`);
  if (!isInside(root, file) || !fs.existsSync(file) || !fs.statSync(file).isFile()) file = path.join(root, 'index.html');
  const ext = path.extname(file);
  let body: Buffer | string = fs.readFileSync(file);
  if (ext === '.html') {
    body = body.toString('utf8').replace('<head>', `<head>\n    <meta name="vanthu-token" content="${token}">`);
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[ext] ?? 'application/octet-stream' });
  res.end(body);
}
