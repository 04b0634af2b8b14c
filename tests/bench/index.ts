/** `npm run bench`: runs every bench module of this folder (each exports `run()`) and prints figures. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && (only.length === 0 || only.includes(f.replace(/\.ts$/, ''))));
for (const file of modules.sort()) {
  console.log(`\n== ${file.replace(/\.ts$/, '')} ==`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run?: () => Promise<void> };
  if (mod.run) await mod.run();
}
