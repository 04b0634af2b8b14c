#!/usr/bin/env node
// `npm start`: the desktop app with Electron where it can start, otherwise the local host in the browser
// (main/app/start.ts, built into dist/node/start.mjs). Files are private (umask 077) from the start.
import { loadBuilt } from './built.mjs';

if (process.platform !== 'win32') process.umask(0o077);
const { start } = await loadBuilt('start');
await start(process.argv.slice(2));
