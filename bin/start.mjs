#!/usr/bin/env node
// `npm start`: the desktop app with Electron where it can start, otherwise the local host in the browser
// (main/app/start.ts, built into dist/node/start.mjs; Electron runs dist/electron/main.cjs of the same
// build). Files are private (umask 077) from the start.
import { loadBuilt } from './built.cjs';

if (process.platform !== 'win32') process.umask(0o077);
const { start } = await loadBuilt('start', ['node', 'electron']);
await start(process.argv.slice(2));
