/**
 * `npm run dev:cli -- <command>`: the `vanthu` command straight from the TypeScript sources (through
 * tsx, bin/run-ts.mjs), for development; `vanthu` itself runs the build (bin/vanthu.cjs).
 */
import { main } from '../main/cli/index';

process.exitCode = await main(process.argv.slice(2));
