#!/usr/bin/env node
// The `vanthu` command: runs the built CLI (dist/node/cli.cjs, or cli-document.cjs for templates, new
// and export; built first if missing or stale, see built.cjs) with its V8 code cache (code-cache.cjs).
// CommonJS, as everything it loads at start: an ES module launcher costs Node's ES module loader about
// 10 ms at every start (docs/build.md). Everything vanthu writes is private to the user's account
// (umask 077) from the first line on.
if (process.platform !== 'win32') process.umask(0o077);

const v8 = require('node:v8');
const { DOCUMENT_COMMANDS, loadCli } = require('./built.cjs');

/**
 * V8 optimises a function (TurboFan, on a second thread) once it has run for this budget, 8× the
 * default of Node 20's V8 (67584): a command lives a second or two, and with the default most of those
 * optimisations cost more than they save (measured: `vanthu export` of 10 and of 100 pages about a
 * quarter faster). The long-running `vanthu server` keeps V8's default.
 */
const INTERRUPT_BUDGET = 8 * 67584;

async function run(argv) {
  if (argv[0] !== 'server') v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  // The document commands zip once with zlib in WebAssembly (main/zip/deflate.ts): V8's baseline
  // compiler (Liftoff) runs it fast enough, and its optimising tier only keeps both cores busy compiling
  // the hot functions in the background (measured: `vanthu export` ~11 ms faster, docs/build.md).
  if (DOCUMENT_COMMANDS.has(argv[0])) v8.setFlagsFromString('--liftoff-only');
  const cli = await loadCli(argv[0]);
  process.exitCode = await cli.exports.main(argv);
  cli.saveCache();
  // A document command leaves nothing running once it has answered: end as soon as its output is
  // written, instead of letting V8 collect and tear down a heap the system frees anyway (about 10 ms).
  if (DOCUMENT_COMMANDS.has(argv[0])) process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}

run(process.argv.slice(2)).catch((e) => {
  // main() answers every problem itself; reaching here is a bug of vanthu.
  console.error(`Lỗi nội bộ của vanthu (hãy báo cho người quản trị): ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
