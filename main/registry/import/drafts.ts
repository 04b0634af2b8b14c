/**
 * One-time import of the drafts kept as JSON files before they moved into the database
 * (`drafts/`, `drafts-trash/`, `drafts-meta/`, `drafts-versions/<id>/`). Every file imported is
 * recorded in `draft_imports`, so running it again adds nothing; after the transaction the folders
 * are renamed to `<name>.imported-<date>` (their files are kept). A file that cannot be read becomes
 * a draft titled as such, holding the file's text, so nothing is lost. A UTF-8 BOM is skipped and
 * every text loses the characters XML cannot carry (common/text/sanitize.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldVietnamese } from '../../../common/text/normalize';
import { sanitizeDeep, stripNonXmlChars } from '../../../common/text/sanitize';
import type { Ctx } from '../context';
import { nowIso, stmt, todayIso } from '../sql';
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
  const done = (source: string) => !!stmt(ctx.db, 'SELECT 1 FROM draft_imports WHERE source = ?').get(source);
  const record = (source: string) => stmt(ctx.db, 'INSERT OR IGNORE INTO draft_imports (source, imported_at) VALUES (?, ?)').run(source, nowIso());
  const exists = (id: string) => !!stmt(ctx.db, 'SELECT 1 FROM drafts WHERE id = ?').get(id);
  const addDraft = (file: LegacyFile, trashed: boolean) => {
    if (done(file.source) || exists(file.name)) { record(file.source); return; }
    const parsed = parse<LegacyRecord>(file.text);
    const rec = parsed && typeof parsed === 'object' && parsed.draft !== undefined ? parsed : null;
    if (!rec) report.unreadable.push(file.source);
    const meta = metas.get(file.name) ?? {};
    const number = rec?.registeredAs || meta.registeredAs || null;
    const outs = number ? stmt(ctx.db, "SELECT id FROM out_entries WHERE number = ? AND status = 'issued'").all(number) as { id: number }[] : [];
    const title = rec ? String(rec.title || file.name) : `Dự thảo không đọc được (${file.source})`;
    const at = rec?.updatedAt || file.mtime;
    stmt(ctx.db, `INSERT INTO drafts (id, template_id, title, title_folded, doc, status, registered_as, outgoing_id, files,
      created_at, updated_at, trashed_at) VALUES (@id, @templateId, @title, @folded, @doc, @status, @number, @outgoing, @files, @at, @at, @trashed)`).run({
      id: file.name, templateId: String(rec?.templateId ?? ''), title, folded: foldVietnamese(title),
      doc: rec ? JSON.stringify(rec.draft) : file.text, status: number ? 'issued' : meta.status === 'submitted' ? 'submitted' : 'draft',
      number, outgoing: outs.length === 1 ? outs[0].id : null, files: Array.isArray(meta.files) ? JSON.stringify(meta.files) : null,
      at, trashed: trashed ? file.mtime : null,
    });
    record(file.source);
    if (trashed) report.trashed++; else report.drafts++;
  };
  ctx.db.transaction(() => {
    for (const file of jsonFiles(f.drafts)) addDraft(file, false);
    for (const file of jsonFiles(f.trash)) addDraft(file, true);
    const ids = fs.existsSync(f.versions) ? fs.readdirSync(f.versions).filter((d) => exists(d)) : [];
    for (const id of ids) {
      for (const v of jsonFiles(f.versions, id)) {
        if (done(v.source)) continue;
        const parsed = parse<unknown>(v.text);
        const doc = parsed === null ? v.text : JSON.stringify(parsed);
        report.versions += stmt(ctx.db, 'INSERT OR IGNORE INTO draft_versions (draft_id, version, saved_at, size, doc) VALUES (?, ?, ?, ?, ?)')
          .run(id, v.name, v.mtime, doc.length, doc).changes;
        record(v.source);
      }
    }
  }).immediate();
  for (const dir of folders) {
    const to = renameAside(dir);
    if (to) report.renamed.push(to);
  }
  return report;
}
