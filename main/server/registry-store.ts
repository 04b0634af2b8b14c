/**
 * Where the office server keeps its registry: on PostgreSQL when server.json holds a connection
 * string (`database`), opened at start with `openRegistry(<url>)` (so a server that cannot be reached
 * stops the start with a Vietnamese message, exit 1); otherwise in SQLite, `data/vanthu.db` of the
 * server folder, opened by the services on first use as before. On PostgreSQL the registry's own
 * folder (stored documents, attachments, the audit key `audit.key`) is `data/vanthu-files/` of the
 * server folder, the folder the services already allow. Its calls are guarded (database-guard.ts):
 * while PostgreSQL is unreachable they fail with the workstation's 503 sentence, and they work again
 * once it is back (the store connects again by itself).
 */
import { UserError } from '../../common/api/errors';
import { openRegistry, RegistryError, type RegistryService } from '../registry/index';
import { folders } from '../services/context';
import type { Engine } from '../store';
import { guardDatabase, watchDatabase, type DatabaseWatch } from './database-guard';
import type { ServerFiles } from './files';
import { maskConnectionString, type ServerSettings } from './settings';

/** The registry of a server, when the server opens it itself. */
export interface ServerRegistry {
  /** 'postgres' or 'sqlite'. */
  engine: Engine;
  /** The opened (guarded) registry on PostgreSQL; null on SQLite (the services open data/vanthu.db on first use). */
  service: RegistryService | null;
  /** Reachability of the database, as the last call saw it (PostgreSQL). */
  watch: DatabaseWatch | null;
}

/** The user the registry's own writes (guards re-created at opening) are made as; requests run as the signed-in person. */
export const SERVER_USER = 'may-chu-van-phong';

/** Opens the registry of the server (see the file comment); every failure to open is a Vietnamese UserError. */
export function openServerRegistry(files: ServerFiles, settings: ServerSettings): ServerRegistry {
  if (!settings.database) return { engine: 'sqlite', service: null, watch: null };
  const shown = maskConnectionString(settings.database);
  let registry: RegistryService;
  try {
    // The server stays up for days: it takes each day's pg_dump itself (docs/backup-postgres.md), into
    // the folder the Sao lưu screen lists and restores from.
    const where = folders(files.data);
    registry = openRegistry(settings.database, { dataDir: where.registryFiles, backupDir: where.backups, user: SERVER_USER, dailyDump: true });
  } catch (e) {
    if (e instanceof UserError) {
      throw new UserError(e.code, `Máy chủ văn phòng không khởi động được vì không mở được sổ đăng ký trên PostgreSQL. ${e.message}`);
    }
    if (e instanceof RegistryError) {
      throw new UserError('not-available', `Máy chủ văn phòng không khởi động được: sổ đăng ký trên ${shown}: ${e.message}`);
    }
    throw e;
  }
  const watch = watchDatabase(`cơ sở dữ liệu PostgreSQL ${shown}`);
  return { engine: 'postgres', service: guardDatabase(registry, watch), watch };
}
