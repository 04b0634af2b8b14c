/** Handlers of the backup domain. */
import fs from 'node:fs';
import path from 'node:path';
import { folders, type Handlers } from './context';
import { withRegistry } from './registry';

function backupInfo(file: string) {
  const st = fs.statSync(file);
  return { file, size: st.size, createdAt: st.mtime.toISOString() };
}

/** Handlers of the backup domain. */
export const searchBackupHandlers: Handlers = {
  'backup.create': async (_i, ctx) => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dest = path.join(folders(ctx.dataDir).backups, `vanthu-${stamp}.db`);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    return backupInfo(await withRegistry(ctx, (r) => r.backup(dest)));
  },
  // A registry on PostgreSQL (the office server) writes pg_dump files, `vanthu-pg-….dump`, in the same folder.
  'backup.list': async (_i, ctx) => {
    const dir = folders(ctx.dataDir).backups;
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).filter((f) => f.endsWith('.db') || /^vanthu-pg-.*\.dump$/.test(f)).map((f) => backupInfo(path.join(dir, f)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  },
  'backup.restore': ({ file }, ctx) => withRegistry(ctx, async (r) => {
    await r.restore(file);
    return { restored: true };
  }),
};
