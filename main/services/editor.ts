/**
 * Handlers of the editor's operations (drafts domain): autosave with versions, restore,
 * duplicate, recycle bin, Trình ký, draft DOCX with "DỰ THẢO", and issue — number and date from the
 * registry in one step, final DOCX (and PDF where LibreOffice exists), register row, draft locked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError, type DraftRecord } from '../../common/api';
import { setNumberAndDate, validateDraft, type Draft } from '../../common/draft/draft';
import { parseNumber } from '../../common/rules/number';
import { exportDocx } from '../export/docx/index';
import { convertToPdf, findLibreOffice } from '../export/pdf';
import type { Handlers, ServiceContext } from './context';
import { newDraftId, readDraft, writeDraft } from './drafts-store';
import { titleOf } from './drafts';
import { editorFolders, listTrash, listVersions, readMeta, readVersion, saveVersion, writeMeta } from './editor-store';
import { safeFileName } from './export';
import { outRow } from './registry-handlers';
import { withRegistry } from './registry';

function checked(draft: unknown): Draft {
  const v = validateDraft(draft);
  if (!v.ok) throw new UserError('invalid-input', v.message);
  return v.draft;
}

function editable(ctx: ServiceContext, id: string): DraftRecord {
  const rec = readDraft(ctx, id);
  if (rec.registeredAs) throw new UserError('conflict', `Văn bản đã được cấp số ${rec.registeredAs} và khóa; không sửa được nữa.`);
  return rec;
}

function produced(file: string) {
  return { file, name: path.basename(file), size: fs.statSync(file).size };
}

/** Handlers of the editor's operations. */
export const editorHandlers: Handlers = {
  'drafts.autosave': async ({ id, draft, checkpoint }, ctx) => {
    const rec = editable(ctx, id);
    const d = checked(draft);
    const summary = writeDraft(ctx, { ...rec, title: titleOf(d, rec.templateId), draft: d, updatedAt: new Date().toISOString() });
    return { ...summary, version: saveVersion(ctx, id, d, checkpoint) };
  },
  'drafts.versions': async ({ id }, ctx) => listVersions(ctx, id),
  'drafts.restore': async ({ id, version }, ctx) => {
    const rec = editable(ctx, id);
    const old = readVersion(ctx, id, version);
    if (!old) throw new UserError('not-found', 'Không tìm thấy phiên bản này.');
    saveVersion(ctx, id, rec.draft, true);
    const d = checked(old);
    const next = { ...rec, title: titleOf(d, rec.templateId), draft: d, updatedAt: new Date().toISOString() };
    writeDraft(ctx, next);
    return next;
  },
  'drafts.duplicate': async ({ id }, ctx) => {
    const rec = readDraft(ctx, id);
    const d = checked(rec.draft);
    const content = (d.doc.content as { type: string; attrs?: Record<string, unknown> }[]).map((c) =>
      (c.type === 'header' ? { ...c, attrs: { ...c.attrs, serial: null, date: null } } : c));
    const copy = { id: newDraftId(), templateId: rec.templateId, title: `${rec.title} (bản sao)`.slice(0, 200), updatedAt: new Date().toISOString(), draft: { ...d, doc: { ...d.doc, content } } };
    return writeDraft(ctx, copy);
  },
  'drafts.trash': async ({ id }, ctx) => {
    const f = editorFolders(ctx);
    const src = path.join(f.drafts, `${id}.json`);
    if (!fs.existsSync(src)) return { trashed: false };
    fs.mkdirSync(f.trash, { recursive: true });
    fs.renameSync(src, path.join(f.trash, `${id}.json`));
    return { trashed: true };
  },
  'drafts.trashList': async (_i, ctx) => listTrash(ctx),
  'drafts.untrash': async ({ id }, ctx) => {
    const f = editorFolders(ctx);
    const src = path.join(f.trash, `${id}.json`);
    if (!fs.existsSync(src)) throw new UserError('not-found', 'Thùng rác không có dự thảo này.');
    fs.renameSync(src, path.join(f.drafts, `${id}.json`));
    const { draft: _d, ...summary } = readDraft(ctx, id);
    return summary;
  },
  'drafts.meta': async ({ id }, ctx) => {
    const rec = readDraft(ctx, id);
    const meta = readMeta(ctx, id);
    return rec.registeredAs ? { ...meta, status: 'issued', registeredAs: rec.registeredAs } : meta;
  },
  'drafts.submit': async ({ id, submitted }, ctx) => {
    editable(ctx, id);
    return writeMeta(ctx, { ...readMeta(ctx, id), status: submitted ? 'submitted' : 'draft' });
  },
  'drafts.exportDraft': async ({ id }, ctx) => {
    const rec = readDraft(ctx, id);
    const d = checked(rec.draft);
    const content = (d.doc.content as { type: string; attrs?: Record<string, unknown> }[]).map((c) =>
      (c.type === 'header' ? { ...c, attrs: { ...c.attrs, draftMark: String(c.attrs?.draftMark || '') || 'DỰ THẢO' } } : c));
    const bytes = await exportDocx({ ...d, doc: { ...d.doc, content } });
    const dir = path.join(editorFolders(ctx).exports, id);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, safeFileName(`du-thao ${rec.title}`, 'docx'));
    fs.writeFileSync(file, bytes);
    return produced(file);
  },
  'drafts.issue': async ({ id, date, reservationId, pdf }, ctx) => {
    const rec = editable(ctx, id);
    const d = checked(rec.draft);
    const dir = path.join(editorFolders(ctx).exports, id);
    fs.mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `issue-${process.pid}-${Date.now()}.docx`);
    const entry = await withRegistry(ctx, (r) => r.registerDocument(JSON.stringify(d), { date, reservationId, outPath: tmp }));
    const row = outRow(entry);
    const n = parseNumber(row.number);
    const serial = n.ok ? n.value.serial : Number.parseInt(row.number, 10);
    const record = { ...rec, draft: setNumberAndDate(d, serial, row.date), registeredAs: row.number, updatedAt: new Date().toISOString() };
    writeDraft(ctx, record);
    const docxPath = path.join(dir, safeFileName(`${row.number} ${rec.title}`, 'docx'));
    fs.renameSync(tmp, docxPath);
    let pdfFile = null;
    if (pdf && (await findLibreOffice())) {
      try { pdfFile = produced(await convertToPdf(docxPath, dir)); } catch { pdfFile = null; }
    }
    const docx = produced(docxPath);
    writeMeta(ctx, { id, status: 'issued', registeredAs: row.number, files: [docx, ...(pdfFile ? [pdfFile] : [])] });
    return { row, docx, pdf: pdfFile, record };
  },
};
