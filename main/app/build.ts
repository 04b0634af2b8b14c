/**
 * Bundles the Electron main process and the preload into dist/electron (main.cjs, preload.cjs).
 * A sandboxed preload cannot load modules, so both are single files; electron and the native
 * better-sqlite3 stay external (the latter is unpacked from the asar by electron-builder).
 */
import path from 'node:path';
import { builtinModules } from 'node:module';
import { ROOT } from '../host/build-renderer';

/** Output folder of the bundles. */
export const ELECTRON_OUT = path.join(ROOT, 'dist', 'electron');

/** Builds main.cjs and preload.cjs. */
export async function buildElectron(): Promise<string> {
  const { build } = await import('vite');
  const external = ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
  for (const entry of ['main', 'preload']) {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        ssr: path.join(ROOT, 'main', 'app', `${entry}.ts`),
        outDir: ELECTRON_OUT,
        emptyOutDir: false,
        target: 'node22',
        minify: false,
        rollupOptions: { external, output: { format: 'cjs', entryFileNames: `${entry}.cjs`, codeSplitting: false } },
      },
      ssr: { noExternal: true, external: ['electron', 'better-sqlite3'] },
    });
  }
  return ELECTRON_OUT;
}

if (process.argv[1] && /app[\\/]build\.ts$/.test(process.argv[1])) {
  console.log(`Đã dựng ${await buildElectron()}`);
}
