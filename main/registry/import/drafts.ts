/**
 * One-time import of the drafts kept as JSON files before they moved into the database
 * (`drafts/`, `drafts-trash/`, `drafts-meta/`, `drafts-versions/<id>/`). Every file imported is
 * recorded in `draft_imports`, so running it again adds nothing; after the transaction the folders
 * are renamed to `<name>.imported-<date>` (their files are kept). A file that cannot be read becomes
 * a draft titled as such, holding the file's text, so nothing is lost. A UTF-8 BOM is skipped and
 * every text loses the characters XML cannot carry (common/text/sanitize.ts). Written on the store
 * (docs/query-layer.md): the same on SQLite and PostgreSQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldVietnamese } from '../../../common/text/normalize';
import { sanitizeDeep, stripNonXmlChars } from '../../../common/text/sanitize';
import type { Ctx } from '../context';
import { nowIso, todayIso } from '../sql';
import type { LegacyDraftFolders, LegacyImportReport } from '../drafts/types';

interface LegacyFile { source: string; name: string; text: string; mtime: string }
interface LegacyRecord { templateId?: string; title?: string; updatedAt?: string; registeredAs?: string; draft?: unknown }
interface LegacyMeta { status?: string; registeredAs?: string; files?: unknown[] }

function jsonFiles(dir: string, sub = ''): LegacyFile[] {
  const abs = path.join(dir, sub);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs).filter((f) => f.endsWith('.json')).sort().map((f) => ({
    source: path.posix.join(path.basename(dir), sub, f), name: f.slice(0, -5),
    text: stripNonXmlChars(fs.readFileSync(path.join(abs, f), 'utf8').replace(/^\uFEFF/, '')), mtime: fs.statSync(path.join(abs, f)).mtime.toISOString(),
  }));
}

function parse<T>(text: string): T | null {
  try { return sanitizeDeep(JSON.parse(text)) as T; } catch { return null; }
}

function renameAside(dir: string): string | null {
  let target = `${dir}.imported-${todayIso()}`;
  for (let i = 2; fs.existsSync(target); i++) target = `${dir}.imported-${todayIso()}-${i}`;
  try { fs.renameSync(dir, target); return target; } catch { return null; }
}

/** Imports the legacy JSON drafts of `f` (idempotent), then renames their folders. */
export function importLegacyDrafts(ctx: Ctx, f: LegacyDraftFolders): LegacyImportReport {
  const report: LegacyImportReport = { drafts: 0, trashed: 0, versions: 0, unreadable: [], renamed: [] };
  const folders = [f.drafts, f.trash, f.meta, f.versions].filter((d) => fs.existsSync(d));
  if (folders.length === 0) return report;
  const metas = new Map(jsonFiles(f.meta).map((m) => [m.name, parse<LegacyMeta>(m.text) ?? {}]));
  const { store } = ctx;
  const done = (source: string) => !!store.first(store.db.selectFrom('draft_imports').select('source').where('source', '=', source));
  const record = (source: string) => store.run(store.db.insertInto('draft_imports').values({ source, imported_at: nowIso() })
    .onConflict((oc) => oc.column('source').doNothing()));
  const exists = (id: string) => !!store.first(store.db.selectFrom('drafts').select('id').where('id', '=', id));
  const addDraft = (file: LegacyFile, trashed: boolean) => {
    if (done(file.source) || exists(file.name)) { record(file.source); return; }
    const parsed = parse<LegacyRecord>(file.text);
    const rec = parsed && typeof parsed === 'object' && parsed.draft !== undefined ? parsed : null;
    if (!rec) report.unreadable.push(file.source);
    const meta = metas.get(file.name) ?? {};
    const number = rec?.registeredAs || meta.registeredAs || null;
    const outs = number ? store.all(store.db.selectFrom('out_entries').select('id').where('number', '=', number).where('status', '=', 'issued')) : [];
    const title = rec ? String(rec.title || file.name) : `Dự thảo không đọc được (${file.source})`;
    const at = rec?.updatedAt || file.mtime;
    store.run(store.db.insertInto('drafts').values({
      id: file.name, template_id: String(rec?.templateId ?? ''), title, title_folded: foldVietnamese(title),
      doc: rec ? JSON.stringify(rec.draft) : file.text, status: number ? 'issued' : meta.status === 'submitted' ? 'submitted' : 'draft',
      registered_as: number, outgoing_id: outs.length === 1 ? outs[0].id : null, files: Array.isArray(meta.files) ? JSON.stringify(meta.files) : null,
      created_at: at, updated_at: at, trashed_at: trashed ? file.mtime : null,
    }));
    record(file.source);
    if (trashed) report.trashed++; else report.drafts++;
  };
  store.transaction(() => {
    for (const file of jsonFiles(f.drafts)) addDraft(file, false);
    for (const file of jsonFiles(f.trash)) addDraft(file, true);
    const ids = fs.existsSync(f.versions) ? fs.readdirSync(f.versions).filter((d) => exists(d)) : [];
    for (const id of ids) {
      for (const v of jsonFiles(f.versions, id)) {
        if (done(v.source)) continue;
        const parsed = parse<unknown>(v.text);
        const doc = parsed === null ? v.text : JSON.stringify(parsed);
        report.versions += store.run(store.db.insertInto('draft_versions').values({ draft_id: id, version: v.name, saved_at: v.mtime, size: doc.length, doc })
          .onConflict((oc) => oc.columns(['draft_id', 'version']).doNothing())).changes;
        record(v.source);
      }
    }
  });
  for (const dir of folders) {
    const to = renameAside(dir);
    if (to) report.renamed.push(to);
  }
  return report;
}
