/** Small JSON files of the data folder, written atomically (temp file + fsync + rename), private (0600). */
import fs from 'node:fs';
import path from 'node:path';
import { describingEnvironment, ensurePrivateDir, writeFileAtomic } from '../fs';

/** Reads a JSON file (a UTF-8 BOM left by an editor is accepted); `fallback` when it does not exist. */
export function readJsonOr<T>(file: string, fallback: T): T {
  if (!fs.existsSync(file)) return fallback;
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as T;
}

/** Writes a JSON file atomically, creating its folder (0700); environment problems become a Vietnamese UserError. */
export function writeJson(file: string, value: unknown): void {
  describingEnvironment('Không lưu được tệp cài đặt', file, () => {
    ensurePrivateDir(path.dirname(file));
    writeFileAtomic(file, JSON.stringify(value, null, 2));
  });
}
