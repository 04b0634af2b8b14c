/** Paths of the built app's files, relative to the bundled main script (dist/electron/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the running main bundle. */
export function hereDir(): string {
  return typeof __dirname !== 'undefined' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
}

/** A file next to (or relative to) the main bundle. */
export function appFile(rel: string): string {
  return path.join(hereDir(), rel);
}
