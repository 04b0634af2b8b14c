/** Builds the renderer with vite when dist/renderer is missing (first run of `npm run web`). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Default folder of the built renderer. */
export const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');

/** Builds the renderer into `outDir` unless its index.html exists (or `force`). */
export async function ensureRenderer(outDir = RENDERER_DIR, force = false): Promise<string> {
  if (!force && fs.existsSync(path.join(outDir, 'index.html'))) return outDir;
  console.log(force ? 'Đang dựng giao diện (vite build)…' : 'Chưa có giao diện đã dựng: đang dựng lần đầu (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}
