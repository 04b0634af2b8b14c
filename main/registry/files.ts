/**
 * Files kept in the data folder (exported DOCX of registered documents, attachments of incoming
 * ones) under generated names, with their SHA-256. Written atomically and privately (main/fs:
 * folders 0700, files 0600), so a stored file is either complete or absent, and a failed write
 * (full disk) leaves no partial file.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_DIR_MODE, writeFileAtomic } from '../fs';
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
  fs.mkdirSync(path.dirname(abs), { recursive: true, mode: PRIVATE_DIR_MODE });
  writeFileAtomic(abs, bytes);
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

/** The absolute path of stored file `rel`, refused (RegistryError) when it leaves the data folder (see backup/stored-path.ts). */
export { resolveStoredPath as resolveStored } from './backup/stored-path';
