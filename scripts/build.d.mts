/** Types of scripts/build.mjs (the esbuild build of dist/node and dist/electron), for TypeScript callers. */

/** The project root. */
export const ROOT: string;
/** Output folder of the Node entry points (ESM). */
export const NODE_OUT: string;
/** Output folder of the Electron bundles (CommonJS). */
export const ELECTRON_OUT: string;
/** The record of the last build: its time and the project files it read. */
export const BUILD_INFO: string;
/** Entry points of dist/node: output name → source. */
export const NODE_ENTRIES: Record<'cli' | 'host' | 'start', string>;
/** Entry points of dist/electron: output name → source. */
export const ELECTRON_ENTRIES: Record<'main' | 'preload', string>;
/** Packages loaded from node_modules at run time instead of being bundled. */
export const EXTERNAL: string[];
/** Builds dist/node and dist/electron (one process at a time); returns the milliseconds it took. */
export function build(options?: { quiet?: boolean }): Promise<number>;
/** Builds only dist/electron/main.cjs and preload.cjs; returns their folder. */
export function buildElectron(): Promise<string>;
/** True when dist/ holds a build newer than every project file it read. */
export function isBuildFresh(): boolean;
/** Builds (quietly) when dist/ is missing or stale; true when it built. */
export function ensureBuilt(): Promise<boolean>;
