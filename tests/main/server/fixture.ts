/** Server folders and a tiny built renderer for the server tests, removed afterwards. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A new empty temporary folder (removed by removeTemp). */
export function tempDir(prefix = 'vanthu-server-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A renderer folder whose index.html says "vanthu-app". */
export function tinyRenderer(): string {
  const dir = tempDir('vanthu-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body>vanthu-app</body></html>');
  return dir;
}

/** Removes every folder made by tempDir. */
export function removeTemp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
