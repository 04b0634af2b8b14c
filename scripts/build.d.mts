/** Types of scripts/build.mjs (the esbuild build of dist/node and dist/electron), for TypeScript callers. */

/** A part of the build: dist/node (the CLI, the host, npm start) or dist/electron (main and preload). */
export type BuildTarget = 'node' | 'electron';
/** The project root. */
export const ROOT: string;
/** Output folder of the Node entry points (ESM). */
export const NODE_OUT: string;
/** Output folder of the Electron bundles (CommonJS). */
export const ELECTRON_OUT: string;
/** Entry points of dist/node: output name → source. */
export const NODE_ENTRIES: Record<'cli' | 'host' | 'start', string>;
/** Entry points of dist/electron: output name → source. */
export const ELECTRON_ENTRIES: Record<'main' | 'preload', string>;
/** Packages loaded from node_modules at run time instead of being bundled. */
export const EXTERNAL: string[];
/** Builds the targets (default both), one process at a time; returns the milliseconds it took. */
export function build(options?: { quiet?: boolean; targets?: BuildTarget[] }): Promise<number>;
/** Builds only dist/electron/main.cjs and preload.cjs; returns their folder. */
export function buildElectron(): Promise<string>;
/** True when the target's folder holds a build newer than every project file it read. */
export function isBuildFresh(target?: BuildTarget): boolean;
/** Builds (quietly) the targets (default: node) that are missing or stale; true when it built. */
export function ensureBuilt(targets?: BuildTarget[]): Promise<boolean>;
