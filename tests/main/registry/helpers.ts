/** Shared helpers of the registry tests: temporary folders and a registry with a TU book and term. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRegistry, type RegistryService } from '../../../main/registry/index';

/** A fresh temporary folder. */
export function tmpDir(prefix = 'vanthu-reg-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Opens a registry in a fresh folder, without automatic backups (tests that need them ask). */
export function freshRegistry(dir = tmpDir()): RegistryService {
  return openRegistry(path.join(dir, 'vanthu.db'), { user: 'kiem-thu', dailyBackup: false, backupOnClose: false });
}

/** A registry with the book "TU" (id returned) and the 2020–2025 term open from 2020-10-15. */
export function withTermBook(dir = tmpDir()): { reg: RegistryService; bookId: number; dir: string } {
  const reg = freshRegistry(dir);
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy Hà Nam' });
  reg.openTerm(book.id, '2020–2025', '2020-10-15');
  return { reg, bookId: book.id, dir };
}

/** Repository root (for spawning the CLI and child writers). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so fault tests kill at the same offsets every run. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
