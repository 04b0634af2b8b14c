#!/usr/bin/env node
// The `vanthu` command: runs the built CLI (dist/node/cli.mjs; built first if missing or stale, see
// built.mjs). Everything vanthu writes is private to the user's account (umask 077) from the first line on.
import { loadBuilt } from './built.mjs';

if (process.platform !== 'win32') process.umask(0o077);
const { main } = await loadBuilt('cli');
process.exitCode = await main(process.argv.slice(2));
