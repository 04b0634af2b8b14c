#!/usr/bin/env node
// Runs a TypeScript entry point of vanthu in plain Node (tsx loader); used by the CLI and the bench.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

register();
const [entry, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(path.resolve(entry)).href);
