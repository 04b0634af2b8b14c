// Loads an entry point of the built code (dist/node/<name>.mjs, or the CLI's cli*.cjs, made by
// scripts/build.mjs). CommonJS, as the `vanthu` launcher (bin/vanthu.cjs) that requires it. When dist/
// is missing or older than the sources (a fresh checkout without setup, or a source edited since the
// last build), it is rebuilt first with esbuild (a few seconds, without a
// word) instead of failing. Without esbuild (dependencies not installed) it exits 1 saying to run the
// setup; when the sources do not build (a bug), it exits 2 with esbuild's errors.
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { isFolderFresh } = require('../scripts/build-fresh.cjs');
const { loadWithCodeCache } = require('./code-cache.cjs');

const ROOT = path.resolve(__dirname, '..');
/** The build's folders by target (as in scripts/build.mjs, which loads only when a build is needed). */
const OUT = { node: path.join(ROOT, 'dist', 'node'), electron: path.join(ROOT, 'dist', 'electron') };
const NODE_OUT = OUT.node;

/**
 * Imports dist/node/<name>.mjs after making sure the `targets` of the build (default: node) are built
 * from the current sources.
 */
async function loadBuilt(name, targets = ['node']) {
  await ensureFresh(targets);
  return import(pathToFileURL(`${NODE_OUT}/${name}.mjs`).href);
}

/** Builds the stale `targets`, or exits 1 (no esbuild: run the setup) or 2 (the sources do not build). */
async function ensureFresh(targets) {
  if (targets.every((t) => isFolderFresh(OUT[t], ROOT))) return;
  try {
    const { ensureBuilt } = await import('../scripts/build.mjs');
    await ensureBuilt(targets);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && /esbuild/.test(message)) {
      console.error('vanthu chưa được dựng và máy chưa có công cụ dựng (esbuild). Hãy chạy: bash scripts/setup.sh');
      process.exit(1);
    }
    console.error(`Lỗi nội bộ của vanthu: mã nguồn không dựng được (${message}).`);
    process.exit(2);
  }
}

/** Commands with a code cache of their own; any other word shares one (bin/code-cache.cjs). */
const CLI_COMMANDS = new Set(['templates', 'new', 'export', 'import', 'check', 'registry', 'server']);

/** Commands run from dist/node/cli-document.cjs, the bundle of only their code (CLI_BUNDLES in scripts/build.mjs). */
const DOCUMENT_COMMANDS = new Set(['templates', 'new', 'export']);

/**
 * Loads the `vanthu` command (dist/node/cli.cjs, or cli-document.cjs for a document command; built
 * first when stale) with the V8 code cache of `command`. Returns the bundle's exports and
 * `saveCache()`, to call when the command is done.
 */
async function loadCli(command) {
  await ensureFresh(['node']);
  const bundle = DOCUMENT_COMMANDS.has(command) ? 'cli-document.cjs' : 'cli.cjs';
  return loadWithCodeCache(`${NODE_OUT}/${bundle}`, CLI_COMMANDS.has(command) ? command : 'other');
}

module.exports = { DOCUMENT_COMMANDS, loadBuilt, loadCli };
