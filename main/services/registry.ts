/**
 * The registry facade as the handlers use it: one service per data folder, opened on first use,
 * its RegistryError turned into the contract's UserError (same Vietnamese message).
 */
import { UserError, type ApiErrorCode } from '../../common/api';
import { asUser } from '../registry/acting-user';
import { openRegistry, RegistryError, type RegistryService } from '../registry/index';
import { folders, type ServiceContext } from './context';

const open = new Map<string, RegistryService>();

const CODES: Partial<Record<string, ApiErrorCode>> = {
  'not-found': 'not-found', invalid: 'invalid-input', conflict: 'conflict', forbidden: 'forbidden', 'not-implemented': 'not-available',
};

/** Runs `fn` and converts registry errors into user errors. */
export async function withRegistry<T>(ctx: ServiceContext, fn: (r: RegistryService) => T | Promise<T>): Promise<T> {
  try {
    let reg = open.get(ctx.dataDir);
    if (!reg) {
      const f = folders(ctx.dataDir);
      reg = openRegistry(f.database, { backupDir: f.backups });
      open.set(ctx.dataDir, reg);
    }
    const r = reg;
    return await (ctx.office ? asUser(ctx.office.actor.userName, () => fn(r), ctx.office.actor.roles) : fn(r));
  } catch (e) {
    if (e instanceof RegistryError) {
      const msg = e.code === 'not-implemented' ? `Sổ đăng ký chưa có trong phiên bản này (${e.message})` : e.message;
      throw new UserError(CODES[e.code] ?? 'conflict', msg);
    }
    throw e;
  }
}

/**
 * Makes `reg` the registry of the data folder `dataDir` (the office server opens its registry itself,
 * on PostgreSQL when its settings name one: main/server/registry-store.ts); closed by closeRegistry.
 */
export function provideRegistry(dataDir: string, reg: RegistryService): void {
  open.set(dataDir, reg);
}

/** Closes the registry of a data folder (on quit, and between tests). */
export function closeRegistry(ctx: ServiceContext): void {
  const reg = open.get(ctx.dataDir);
  open.delete(ctx.dataDir);
  reg?.close();
}
