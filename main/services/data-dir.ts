/** The data folder shared by the Electron app and the local host (the registry's default folder). */
import path from 'node:path';
import { defaultDbPath } from '../registry/paths';

/** `VANTHU_DATA` when set, else the folder of the registry's default database path. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.VANTHU_DATA || path.dirname(defaultDbPath(env)));
}
