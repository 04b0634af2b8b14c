#!/usr/bin/env node
// Runs a TypeScript entry point of vanthu in plain Node (tsx loader); used by `npm start`,
// `npm run web` and the bench. Files are private to the user's account (umask 077) from the start.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

if (process.platform !== 'win32') process.umask(0o077);
register();
const [entry, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(path.resolve(entry)).href);
