#!/usr/bin/env node
// The `vanthu` command: runs the built CLI (dist/node/cli.cjs; built first if missing or stale, see
// built.mjs) with its V8 code cache (code-cache.mjs). Everything vanthu writes is private to the user's
// account (umask 077) from the first line on.
import { loadCli } from './built.mjs';

if (process.platform !== 'win32') process.umask(0o077);
const argv = process.argv.slice(2);
const cli = await loadCli(argv[0]);
process.exitCode = await cli.exports.main(argv);
cli.saveCache();
