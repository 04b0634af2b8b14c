/**
 * Serves the built renderer (dist/renderer) to a browser holding a session. Files are served as
 * they are: nothing secret is written into the page.
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

/** Serves `urlPath` from `root`; unknown paths fall back to index.html. Throws on a malformed path. */
export function serveStatic(res: ServerResponse, root: string, urlPath: string): void {
  let rel = decodeURIComponent(urlPath);
  if (rel === '/' || rel === '') rel = '/index.html';
  let file = path.resolve(root, `.${rel}`);
  if (!isInside(root, file) || !fs.existsSync(file) || !fs.statSync(file).isFile()) file = path.join(root, 'index.html');
  const ext = path.extname(file);
  const body = fs.readFileSync(file);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[ext] ?? 'application/octet-stream' });
  res.end(body);
}
