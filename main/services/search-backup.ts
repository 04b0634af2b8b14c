/** Handlers of the search and backup domains. */
import fs from 'node:fs';
import path from 'node:path';
import type { SearchHit } from '../../common/api';
import { queryPhrases, textMatches } from '../registry/search';
import { folders, type Handlers, type ServiceContext } from './context';
import { listDrafts } from './drafts-store';
import { withRegistry } from './registry';

function backupInfo(file: string) {
  const st = fs.statSync(file);
  return { file, size: st.size, createdAt: st.mtime.toISOString() };
}

/** Drafts not yet issued whose title holds the query (an issued one is found as its outgoing entry). */
async function searchDrafts(ctx: ServiceContext, text: string): Promise<SearchHit[]> {
  const phrases = queryPhrases(text);
  if (!phrases.length) return [];
  return (await listDrafts(ctx))
    .filter((d) => !d.registeredAs && textMatches(d.title, phrases))
    .map((d) => ({ kind: 'draft' as const, id: d.id, title: d.title, snippet: 'Dự thảo chưa cấp số' }));
}

/** Handlers of the search and backup domains. */
export const searchBackupHandlers: Handlers = {
  'search.query': async ({ text, limit }, ctx) => {
    const hits = await withRegistry(ctx, (r) => r.search({ text, limit }));
    const reg: SearchHit[] = hits.map((h) => ({
      kind: h.register === 'out' ? 'outgoing' : 'incoming', id: String(h.id), title: h.number, snippet: h.summary,
    }));
    return [...reg, ...(await searchDrafts(ctx, text))].slice(0, limit);
  },
  'backup.create': async (_i, ctx) => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dest = path.join(folders(ctx.dataDir).backups, `vanthu-${stamp}.db`);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    return backupInfo(await withRegistry(ctx, (r) => r.backup(dest)));
  },
  'backup.list': async (_i, ctx) => {
    const dir = folders(ctx.dataDir).backups;
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).filter((f) => f.endsWith('.db')).map((f) => backupInfo(path.join(dir, f)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  },
  'backup.restore': ({ file }, ctx) => withRegistry(ctx, async (r) => {
    await r.restore(file);
    return { restored: true };
  }),
};
