/** Handlers of the search and backup domains. */
import fs from 'node:fs';
import path from 'node:path';
import type { SearchHit } from '../../common/api';
import { foldVietnamese } from '../../common/text/normalize';
import { folders, type Handlers, type ServiceContext } from './context';
import { listDrafts } from './drafts-store';
import { withRegistry } from './registry';

function backupInfo(file: string) {
  const st = fs.statSync(file);
  return { file, size: st.size, createdAt: st.mtime.toISOString() };
}

function searchDrafts(ctx: ServiceContext, text: string): SearchHit[] {
  const q = foldVietnamese(text);
  return listDrafts(ctx)
    .filter((d) => foldVietnamese(d.title).includes(q))
    .map((d) => ({ kind: 'draft' as const, id: d.id, title: d.title, snippet: `Dự thảo, sửa lúc ${d.updatedAt.slice(0, 16).replace('T', ' ')}` }));
}

/** Handlers of the search and backup domains. */
export const searchBackupHandlers: Handlers = {
  'search.query': async ({ text, limit }, ctx) => {
    const hits = await withRegistry(ctx, (r) => r.search({ text, limit }));
    const reg: SearchHit[] = hits.map((h) => ({
      kind: h.register === 'out' ? 'outgoing' : 'incoming', id: String(h.id), title: h.number, snippet: h.summary,
    }));
    return [...reg, ...searchDrafts(ctx, text)].slice(0, limit);
  },
  'backup.create': async (_i, ctx) => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dest = path.join(folders(ctx.dataDir).backups, `vanthu-${stamp}.db`);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    return backupInfo(await withRegistry(ctx, (r) => r.backup(dest)));
  },
  'backup.list': (_i, ctx) => withRegistry(ctx, (r) => r.listBackups().map(backupInfo)),
  'backup.restore': ({ file }, ctx) => withRegistry(ctx, async (r) => {
    await r.restore(file);
    return { restored: true };
  }),
};
