#!/usr/bin/env node
// The `vanthu` command: loads the TypeScript CLI through tsx, so no build step is needed.
// Everything vanthu writes is private to the user's account (umask 077) from the first line on.
import { register } from 'tsx/esm/api';

if (process.platform !== 'win32') process.umask(0o077);
register();
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
