#!/usr/bin/env node
// `npm run web`: the local host in the browser (main/host/cli.ts, built into dist/node/host.mjs).
// Files are private (umask 077) from the start.
import { loadBuilt } from './built.cjs';

if (process.platform !== 'win32') process.umask(0o077);
const { runHost } = await loadBuilt('host');
await runHost(process.argv.slice(2));
