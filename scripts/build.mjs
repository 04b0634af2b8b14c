#!/usr/bin/env node
/**
 * The build of vanthu's Node side with esbuild (about 1 s): the TypeScript of main/ and common/ becomes
 * JavaScript in dist/, so no command compiles TypeScript when it starts.
 *
 *   dist/node/      ESM, split into chunks so each command loads only what it uses:
 *                   cli.mjs (`vanthu`, main/cli), host.mjs (`npm run web`, main/host/cli.ts),
 *                   start.mjs (`npm start`, main/app/start.ts)
 *   dist/electron/  CommonJS single files for Electron: main.cjs, preload.cjs (a sandboxed preload
 *                   cannot load modules)
 *
 * Every output sits two folders below the project root, so the code that finds the root, the
 * templates or the renderer from its own file (`import.meta.url` + '../..') finds them from dist/ too.
 * Left external (loaded from node_modules at run time): electron, better-sqlite3 (native),
 * pdfjs-dist (loads its worker and data by path) and vite (only to build the renderer on a first run).
 *
 * dist/build-info.json lists the project files that went into the build; `isBuildFresh` compares their
 * times with the build's, so the launchers in bin/ rebuild only when a source changed.
 * Run directly: `node scripts/build.mjs` (what scripts/setup.sh and tests/run-all.mjs do).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Output folder of the Node entry points (ESM). */
export const NODE_OUT = path.join(ROOT, 'dist', 'node');

/** Output folder of the Electron bundles (CommonJS). */
export const ELECTRON_OUT = path.join(ROOT, 'dist', 'electron');

/** The record of the last build: its time and the project files it read. */
export const BUILD_INFO = path.join(ROOT, 'dist', 'build-info.json');

/** Entry points of dist/node: output name → source. */
export const NODE_ENTRIES = {
  cli: 'main/cli/index.ts',
  host: 'main/host/cli.ts',
  start: 'main/app/start.ts',
};

/** Entry points of dist/electron: output name → source. */
export const ELECTRON_ENTRIES = {
  main: 'main/app/main.ts',
  preload: 'main/app/preload.ts',
};

/** Packages loaded from node_modules at run time instead of being bundled (see the file comment). */
export const EXTERNAL = ['electron', 'better-sqlite3', 'pdfjs-dist', 'vite'];

/** Files whose change makes every output stale, besides the sources the build read. */
const BUILD_INPUTS = ['scripts/build.mjs', 'package-lock.json', 'tsconfig.json'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  external: EXTERNAL,
  logLevel: 'warning',
  metafile: true,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  absWorkingDir: ROOT,
};

/** ESM output: CommonJS dependencies call `require`, which an ES module must make for itself. */
const ESM_BANNER = "import { createRequire as __vanthuRequire } from 'node:module'; const require = __vanthuRequire(import.meta.url);";

/** CommonJS output: `import.meta.url` becomes the bundle's own file URL. */
const CJS_BANNER = "const __vanthuMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/** Builds dist/node and dist/electron; returns the milliseconds it took. */
async function buildAll({ quiet }) {
  const started = performance.now();
  const builtAt = Date.now();
  const { build: esbuild } = await import('esbuild');
  // Built beside and swapped in, so a command running meanwhile never reads a half-written file.
  const fresh = `${NODE_OUT}.new-${process.pid}`;
  const old = `${NODE_OUT}.old-${process.pid}`;
  const results = await Promise.all([
    esbuild({
      ...common,
      entryPoints: NODE_ENTRIES,
      outdir: fresh,
      format: 'esm',
      splitting: true,
      outExtension: { '.js': '.mjs' },
      chunkNames: '[name]-[hash]',
      banner: { js: ESM_BANNER },
    }),
    electronBuild(),
  ]);
  try {
    renameSync(NODE_OUT, old);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  renameSync(fresh, NODE_OUT);
  rmSync(old, { recursive: true, force: true });
  const inputs = new Set(BUILD_INPUTS);
  for (const r of results.flat()) {
    for (const file of Object.keys(r.metafile.inputs)) if (!file.includes('node_modules/')) inputs.add(file);
  }
  const ms = Math.round(performance.now() - started);
  writeFileSync(BUILD_INFO, `${JSON.stringify({ builtAt, ms, inputs: [...inputs].sort() }, null, 1)}\n`);
  if (!quiet) console.log(`Đã dựng dist/node và dist/electron (${inputs.size} tệp nguồn, ${ms} ms).`);
  return ms;
}

/** Builds only dist/electron/main.cjs and preload.cjs; returns their folder. */
export async function buildElectron() {
  await electronBuild();
  return ELECTRON_OUT;
}

async function electronBuild() {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(ELECTRON_OUT, { recursive: true });
  return Promise.all(
    Object.entries(ELECTRON_ENTRIES).map(([name, entry]) =>
      esbuild({
        ...common,
        entryPoints: [entry],
        outfile: path.join(ELECTRON_OUT, `${name}.cjs`),
        format: 'cjs',
        target: 'node22',
        define: { 'import.meta.url': '__vanthuMetaUrl' },
        banner: { js: CJS_BANNER },
      }),
    ),
  );
}

/**
 * True when dist/ holds a build newer than every project file it read (and than the lockfile and this
 * script). A few hundred `stat` calls: about 2 ms.
 */
export function isBuildFresh() {
  let info;
  try {
    info = JSON.parse(readFileSync(BUILD_INFO, 'utf8'));
  } catch {
    return false;
  }
  for (const name of Object.keys(NODE_ENTRIES)) if (!existsSync(path.join(NODE_OUT, `${name}.mjs`))) return false;
  for (const file of info.inputs) {
    try {
      if (statSync(path.join(ROOT, file)).mtimeMs > info.builtAt) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** A lock older than this is left over from a build that crashed. */
const LOCK_STALE_MS = 60_000;

const LOCK = path.join(ROOT, 'dist', '.build-lock');

/**
 * Runs `job` while holding dist/.build-lock, so one process builds at a time; a process that finds
 * another one building waits for it. Files are written with the ordinary umask (022), even from a
 * launcher that has set its private one.
 */
async function underLock(job) {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (Date.now() - lockTime() > LOCK_STALE_MS) rmSync(LOCK, { force: true });
      else await new Promise((r) => setTimeout(r, 100));
    }
  }
  const mask = process.umask(0o022);
  try {
    return await job();
  } finally {
    process.umask(mask);
    rmSync(LOCK, { force: true });
  }
}

function lockTime() {
  try {
    return statSync(LOCK).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** Builds dist/ (one process at a time); returns the milliseconds the build itself took. */
export function build({ quiet = false } = {}) {
  return underLock(() => buildAll({ quiet }));
}

/**
 * Makes sure dist/ holds a build of the current sources: builds (quietly) when it is missing or stale.
 * Returns true when it built.
 */
export async function ensureBuilt() {
  if (isBuildFresh()) return false;
  return underLock(async () => {
    if (isBuildFresh()) return false;
    await buildAll({ quiet: true });
    return true;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await build();
  } catch (e) {
    console.error(`Không dựng được vanthu (esbuild): ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
