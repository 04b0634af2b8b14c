/**
 * The registry (sổ đăng ký văn bản): `openRegistry(path)` opens or creates the SQLite database and
 * returns the service object of ./service.ts. All SQL of vanthu lives under main/registry.
 */
import type { OpenOptions, RegistryService } from './service';
import { RegistryError } from './errors';

export type * from './service';
export type * from './types';
export { RegistryError } from './errors';

/** Opens (creating when missing) the registry database at `path` (default: the user's data folder). */
export function openRegistry(path?: string, opts: OpenOptions = {}): RegistryService {
  void path; void opts;
  throw new RegistryError('not-implemented', 'Sổ đăng ký: chưa làm.');
}
