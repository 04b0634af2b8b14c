#!/usr/bin/env node
/**
 * The build of vanthu's Node side with esbuild: the TypeScript of main/ and common/ becomes JavaScript
 * in dist/, so no command compiles TypeScript when it starts. Two targets:
 *
 *   node      dist/node/: host.mjs (`npm run web`, main/host/cli.ts) and start.mjs (`npm start`,
 *             main/app/start.ts), ESM split into chunks, so each loads only what it uses; and
 *             cli.cjs (`vanthu`, main/cli; cli-document.cjs the same for templates, new and export
 *             only, see CLI_BUNDLES), one CommonJS file, because only a classic script can be
 *             given a V8 code cache on Node 20 (bin/code-cache.cjs; an ES module cannot). Its modules
 *             load lazily inside the file (esbuild wraps each dynamic import), and the big libraries
 *             only the registry, server and Word-check commands use are files of their own beside it
 *             (vendor-*.cjs, see VENDOR), so `vanthu export` does not read them.
 *   electron  dist/electron/: CommonJS single files main.cjs and preload.cjs (a sandboxed preload
 *             cannot load modules)
 *
 * Every output sits two folders below the project root, so the code that finds the root, the
 * templates or the renderer from its own file (`import.meta.url` + '../..') finds them from dist/ too.
 * Left external (loaded from node_modules at run time): electron, better-sqlite3 (native),
 * pdfjs-dist (loads its worker and data by path), vite (only to build the renderer on a first run).
 *
 * Each target writes build-info.json (its time and the project files it read) into its folder;
 * `isBuildFresh` compares their times with the build's, so the launchers in bin/ rebuild a target only
 * when one of its sources changed. `node scripts/build.mjs` builds both (scripts/setup.sh and
 * tests/run-all.mjs run it).
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_INFO, isFolderFresh } from './build-fresh.cjs';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Output folder of the Node entry points (ESM). */
export const NODE_OUT = path.join(ROOT, 'dist', 'node');

/** Output folder of the Electron bundles (CommonJS). */
export const ELECTRON_OUT = path.join(ROOT, 'dist', 'electron');

/** ESM entry points of dist/node: output name → source. */
export const NODE_ENTRIES = {
  host: 'main/host/cli.ts',
  start: 'main/app/start.ts',
};

/** Source of dist/node/cli.cjs, the `vanthu` command. */
export const CLI_ENTRY = 'main/cli/index.ts';

/**
 * The CLI's bundles: output file → the commands it holds (main/cli/index.ts reads the value as
 * VANTHU_CLI_BUNDLE, set here by `define`, and leaves the other commands' code out). cli.cjs holds every
 * command; cli-document.cjs only templates, new and export, so `vanthu export` reads, and V8 restores
 * the code cache of, about half the code. bin/built.cjs picks the bundle by the command.
 */
export const CLI_BUNDLES = { cli: 'all', 'cli-document': 'document' };

/**
 * Libraries the CLI bundle leaves to a file of their own (dist/node/vendor-<name>.cjs, required when
 * first used): the registry's Excel, PostgreSQL and CSV, the server's certificates, the PDF fonts.
 * Each is self-contained (nothing of ours compares their objects with another copy). Package → name.
 */
export const VENDOR = {
  exceljs: 'exceljs',
  pg: 'pg',
  'csv-parse/sync': 'csv-parse',
  'pdf-lib': 'pdf-lib',
  '@pdf-lib/fontkit': 'fontkit',
  '@peculiar/x509': 'x509',
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

const INFO = BUILD_INFO;

/**
 * zod's message locales (about 50 languages, half of zod's code in the start-up chunk) are never used:
 * vanthu words its own Vietnamese messages (common/api/issue-text.ts). Only English, zod's default, is kept.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  external: EXTERNAL,
  logLevel: 'warning',
  metafile: true,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  absWorkingDir: ROOT,
  plugins: [zodEnglishOnly],
  alias: { fflate: 'fflate/browser' },
};

/**
 * The CLI bundle requires each VENDOR package from its own file beside it instead of bundling it: an
 * import of the package becomes a small module of the bundle that requires the file (so even a dynamic
 * import() of it stays a `require`, run by the CommonJS loader).
 */
const vendorFiles = {
  name: 'vendor-files',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(VENDOR).map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: 'vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (a) => ({ contents: `module.exports = require(${JSON.stringify(`./vendor-${VENDOR[a.path]}.cjs`)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/vendor-[\w-]+\.cjs$/ }, (a) => ({ path: a.path, external: true }));
  },
};

/**
 * Finishes dist/node/cli.cjs for bin/code-cache.cjs, which runs it as a classic script (vm.Script):
 *   - each import() of a package left external (pdfjs-dist, vite: ES modules) becomes a call of
 *     __vanthuImport, the loader's own import(), which a classic script lacks without an experimental
 *     flag;
 *   - the non-ASCII characters esbuild leaves (in regular expressions and the text of tagged templates,
 *     e.g. /^Số\s+/u, sql`… 'Khác' …`) become \uXXXX escapes, which mean the same there, so the bundle is
 *     ASCII and loads as a one-byte string, several times faster to decode than UTF-8. Not done when such
 *     a character follows a backslash (an escape would change its meaning): still correct, only slower.
 */
function finishCliBundle(file) {
  let text = readFileSync(file, 'utf8').replace(/\bimport\((["'])([\w@./-]+)\1\)/g, (_, q, spec) => `__vanthuImport(${q}${spec}${q})`);
  if (!/\\[^\x00-\x7f]/.test(text)) text = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, text);
}

/** ESM output: CommonJS dependencies call `require`, which an ES module must make for itself. */
const ESM_BANNER = "import { createRequire as __vanthuRequire } from 'node:module'; const require = __vanthuRequire(import.meta.url);";

/** CommonJS output: `import.meta.url` becomes the bundle's own file URL. */
const CJS_BANNER = "const __vanthuMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/** The targets: output folder, entries (to check they exist) and how to build into a folder. */
const TARGETS = {
  node: {
    out: NODE_OUT,
    files: [...Object.keys(NODE_ENTRIES).map((n) => `${n}.mjs`), ...Object.keys(CLI_BUNDLES).map((n) => `${n}.cjs`), ...Object.values(VENDOR).map((n) => `vendor-${n}.cjs`)],
    run: (esbuild, outdir) =>
      Promise.all([
        esbuild({
          ...common,
          entryPoints: NODE_ENTRIES,
          outdir,
          target: 'node20.19',
          format: 'esm',
          splitting: true,
          outExtension: { '.js': '.mjs' },
          chunkNames: '[name]-[hash]',
          banner: { js: ESM_BANNER },
        }),
        ...Object.entries(CLI_BUNDLES).map(([name, commands]) =>
          esbuild({
            ...common,
            plugins: [...common.plugins, vendorFiles],
            entryPoints: [CLI_ENTRY],
            outfile: path.join(outdir, `${name}.cjs`),
            target: 'node20.19',
            format: 'cjs',
            define: { 'import.meta.url': '__vanthuMetaUrl', 'process.env.VANTHU_CLI_BUNDLE': JSON.stringify(commands) },
            banner: { js: CJS_BANNER },
          }).then((r) => {
            finishCliBundle(path.join(outdir, `${name}.cjs`));
            return r;
          }),
        ),
        esbuild({
          ...common,
          entryPoints: Object.fromEntries(Object.entries(VENDOR).map(([pkg, name]) => [`vendor-${name}`, pkg])),
          outdir,
          target: 'node20.19',
          format: 'cjs',
          outExtension: { '.js': '.cjs' },
        }),
      ]),
  },
  electron: {
    out: ELECTRON_OUT,
    files: Object.keys(ELECTRON_ENTRIES).map((n) => `${n}.cjs`),
    run: (esbuild, outdir) =>
      Promise.all(
        Object.entries(ELECTRON_ENTRIES).map(([name, entry]) =>
          esbuild({
            ...common,
            entryPoints: [entry],
            outfile: path.join(outdir, `${name}.cjs`),
            target: 'node22',
            format: 'cjs',
            define: { 'import.meta.url': '__vanthuMetaUrl' },
            banner: { js: CJS_BANNER },
          }),
        ),
      ),
  },
};

/**
 * Builds one target into a folder beside its output, then swaps it in, so a command running meanwhile
 * never reads a half-written file. Returns the number of project files it read.
 */
async function buildTarget(name) {
  const { build: esbuild } = await import('esbuild');
  const target = TARGETS[name];
  const builtAt = Date.now();
  const fresh = `${target.out}.new-${process.pid}`;
  const old = `${target.out}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  const results = await target.run(esbuild, fresh);
  const inputs = new Set(BUILD_INPUTS);
  for (const r of results) {
    // Not the libraries, nor the modules plugins make up (`vendor:pg`): only the project's files.
    for (const file of Object.keys(r.metafile.inputs)) if (!file.includes('node_modules/') && !/^[\w-]+:/.test(file)) inputs.add(file);
  }
  const info = { builtAt, inputs: [...inputs].sort(), outputs: target.files };
  writeFileSync(path.join(fresh, INFO), `${JSON.stringify(info, null, 1)}\n`);
  try {
    renameSync(target.out, old);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  renameSync(fresh, target.out);
  rmSync(old, { recursive: true, force: true });
  return inputs.size;
}

/**
 * True when the target's folder holds a build newer than every project file it read (and than the
 * lockfile and this script), with all its files (scripts/build-fresh.cjs).
 */
export function isBuildFresh(name = 'node') {
  return isFolderFresh(TARGETS[name].out, ROOT);
}

/** A lock older than this is left over from a build that crashed. */
const LOCK_STALE_MS = 120_000;

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

/** Builds the targets (default both), one process at a time; returns the milliseconds it took. */
export function build({ quiet = false, targets = ['node', 'electron'] } = {}) {
  return underLock(async () => {
    const started = performance.now();
    const counts = await Promise.all(targets.map(buildTarget));
    const ms = Math.round(performance.now() - started);
    if (!quiet) console.log(`Đã dựng ${targets.map((t) => `dist/${t}`).join(' và ')} (${Math.max(...counts)} tệp nguồn, ${ms} ms).`);
    return ms;
  });
}

/** Builds only dist/electron/main.cjs and preload.cjs; returns their folder. */
export async function buildElectron() {
  await build({ quiet: true, targets: ['electron'] });
  return ELECTRON_OUT;
}

/**
 * Makes sure the targets (default: node, what the launchers run) hold a build of the current sources:
 * builds, quietly, those that are missing or stale. Returns true when it built.
 */
export async function ensureBuilt(targets = ['node']) {
  const stale = () => targets.filter((t) => !isBuildFresh(t));
  if (stale().length === 0) return false;
  return underLock(async () => {
    const todo = stale();
    await Promise.all(todo.map(buildTarget));
    return todo.length > 0;
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
