/** Small JSON files of the data folder, written atomically (temp file + rename). */
import fs from 'node:fs';
import path from 'node:path';

/** Reads a JSON file; `fallback` when it does not exist. */
export function readJson<T>(file: string, fallback: T): T {
  if (!fs.existsSync(file)) return fallback;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Writes a JSON file atomically, creating its folder. */
export function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2));
  fs.renameSync(tmp, file);
}
