// Loads an entry point of the built code (dist/node/<name>.mjs, made by scripts/build.mjs). When dist/
// is missing or older than the sources (a fresh checkout without setup, or a source edited since the
// last build), it is rebuilt first with esbuild (about 1 s, without a word) instead of failing; when that
// is impossible (esbuild not installed), a Vietnamese message says to run the setup.
import { pathToFileURL } from 'node:url';
import { ensureBuilt, NODE_OUT } from '../scripts/build.mjs';

/** Imports dist/node/<name>.mjs after making sure it is built from the current sources. */
export async function loadBuilt(name) {
  try {
    await ensureBuilt();
  } catch (e) {
    console.error(
      `vanthu chưa được dựng và không dựng được lúc này (${e instanceof Error ? e.message : String(e)}).\n` +
        'Hãy chạy: bash scripts/setup.sh',
    );
    process.exit(1);
  }
  return import(pathToFileURL(`${NODE_OUT}/${name}.mjs`).href);
}
