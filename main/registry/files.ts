/**
 * Files kept in the data folder (exported DOCX of registered documents, attachments of incoming
 * ones) under generated names, with their SHA-256. Written to a temporary name, flushed, then
 * renamed, so a stored file is either complete or absent.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { RegistryError } from './errors';

/** A file stored in the data folder. */
export interface Stored { relPath: string; sha256: string; size: number }

/** SHA-256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores `bytes` as `<dataDir>/<sub>/<year>/<generated><ext>`; returns the path relative to dataDir. */
export function storeBytes(dataDir: string, sub: string, ext: string, bytes: Uint8Array, year = new Date().getFullYear()): Stored {
  const rel = path.join(sub, String(year), `${randomUUID()}${ext.toLowerCase()}`);
  const abs = path.join(dataDir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.tmp`;
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, abs);
  return { relPath: rel.split(path.sep).join('/'), sha256: sha256(bytes), size: bytes.byteLength };
}

/** Copies a user's file into the data folder under a generated name (the extension is kept). */
export function copyIn(dataDir: string, sub: string, src: string, year?: number): Stored & { originalName: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(src);
  } catch {
    throw new RegistryError('io', `Không đọc được tệp đính kèm "${src}".`);
  }
  return { ...storeBytes(dataDir, sub, path.extname(src), bytes, year), originalName: path.basename(src) };
}

/** Removes a stored file (used when the transaction that would have referenced it failed). */
export function removeStored(dataDir: string, rel: string): void {
  fs.rmSync(path.join(dataDir, rel), { force: true });
}
