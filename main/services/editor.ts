/**
 * Handlers of the editor's operations (drafts domain): autosave with versions, restore,
 * duplicate, recycle bin, Trình ký, draft DOCX with "DỰ THẢO", and issue — number and date from the
 * registry in one step, final DOCX (and PDF where LibreOffice exists), register row, draft locked.
 * Drafts, versions and workflow state are rows of the registry database; each write is one
 * transaction, and the issue locks the draft in the transaction that writes the register row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api';
import { withHeader } from '../../common/draft/operations';
import { exportDocx } from '../export/docx/index';
import { convertToPdf, findLibreOffice } from '../export/pdf';
import type { Handlers } from './context';
import { newDraftId, readDraft, recordOf, summaryOf, withDrafts, writeDraft } from './drafts-store';
import { checkedDraft, titleOf } from './drafts';
import { exportsDirOf, metaOf, produced } from './editor-store';
import { safeFileName } from './export';
import { outRow } from './registry-handlers';
import { withRegistry } from './registry';

/** Handlers of the editor's operations. */
export const editorHandlers: Handlers = {
  'drafts.autosave': async ({ id, draft, checkpoint }, ctx) => {
    const d = checkedDraft(draft);
    const { row, version } = await withDrafts(ctx, (s) => s.save(id, { title: titleOf(d, d.templateId), doc: d }, checkpoint ? 'force' : 'auto'));
    return { ...summaryOf(row), version };
  },
  'drafts.versions': async ({ id }, ctx) => withDrafts(ctx, (s) => s.versions(id)),
  'drafts.restore': async ({ id, version }, ctx) => withDrafts(ctx, (s) => recordOf(s.restore(id, version, (doc) => {
    const d = checkedDraft(doc);
    return { title: titleOf(d, d.templateId), doc: d };
  }))),
  'drafts.duplicate': async ({ id }, ctx) => {
    const rec = await readDraft(ctx, id);
    const d = checkedDraft(rec.draft);
    const draft = withHeader(d, (a) => ({ ...a, serial: null, date: null }));
    const copy = { id: newDraftId(), templateId: rec.templateId, title: `${rec.title} (bản sao)`.slice(0, 200), draft };
    return writeDraft(ctx, copy);
  },
  'drafts.trash': async ({ id }, ctx) => ({ trashed: await withDrafts(ctx, (s) => s.trash(id)) }),
  'drafts.trashList': async (_i, ctx) => withDrafts(ctx, (s) => s.list({ trashed: true }).map(summaryOf)),
  'drafts.untrash': async ({ id }, ctx) => {
    const row = await withDrafts(ctx, (s) => s.untrash(id));
    if (!row) throw new UserError('not-found', 'Thùng rác không có dự thảo này.');
    return summaryOf(row);
  },
  'drafts.meta': async ({ id }, ctx) => {
    const row = await withDrafts(ctx, (s) => s.row(id));
    if (!row) throw new UserError('not-found', 'Không tìm thấy dự thảo này (có thể đã bị xóa).');
    return metaOf(row);
  },
  'drafts.submit': async ({ id, submitted }, ctx) => metaOf(await withDrafts(ctx, (s) => s.setStatus(id, submitted ? 'submitted' : 'draft'))),
  'drafts.exportDraft': async ({ id }, ctx) => {
    const rec = await readDraft(ctx, id);
    const d = checkedDraft(rec.draft);
    const bytes = await exportDocx(withHeader(d, (a) => ({ ...a, draftMark: String(a.draftMark || '') || 'DỰ THẢO' })));
    const file = path.join(exportsDirOf(ctx, id), safeFileName(`du-thao ${rec.title}`, 'docx'));
    fs.writeFileSync(file, bytes);
    return produced(file);
  },
  'drafts.issue': async ({ id, date, reservationId, pdf }, ctx) => {
    const rec = await readDraft(ctx, id);
    const d = checkedDraft(rec.draft);
    const dir = exportsDirOf(ctx, id);
    const tmp = path.join(dir, `issue-${process.pid}-${Date.now()}.docx`);
    // The register row and the draft's number, date and lock are one transaction (registerDocument's draftId).
    const entry = await withRegistry(ctx, (r) => r.registerDocument(JSON.stringify(d), { date, reservationId, outPath: tmp, draftId: id }));
    const row = outRow(entry);
    const record = await readDraft(ctx, id);
    const docxPath = path.join(dir, safeFileName(`${row.number} ${rec.title}`, 'docx'));
    fs.renameSync(tmp, docxPath);
    let pdfFile = null;
    if (pdf && (await findLibreOffice())) {
      try { pdfFile = produced(await convertToPdf(docxPath, dir)); } catch { pdfFile = null; }
    }
    const docx = produced(docxPath);
    await withDrafts(ctx, (s) => s.setFiles(id, [docx, ...(pdfFile ? [pdfFile] : [])]));
    return { row, docx, pdf: pdfFile, record };
  },
};
