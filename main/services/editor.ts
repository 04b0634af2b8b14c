/**
 * Handlers of the editor's operations (drafts domain): autosave with versions, restore,
 * duplicate, recycle bin, Trình ký, draft DOCX with the profile's draft mark ("DỰ THẢO"), and issue — number and date from the
 * registry in one step, final DOCX (and PDF where LibreOffice exists), register row, draft locked.
 * Drafts, versions and workflow state are rows of the registry database; each write is one
 * transaction, and the issue locks the draft in the transaction that writes the register row.
 */
import path from 'node:path';
import { UserError } from '../../common/api';
import { withHeader } from '../../common/draft/operations';
import { profileOfDraft } from '../../common/draft/profile';
import { describeBlockers, issueBlockers } from '../../common/rules/issue-gate';
import { signRefusal } from '../../common/rules/office-flow';
import { convertToPdf, findLibreOffice } from '../export/pdf';
import { checkOutputTarget, copyFileAtomic, describingEnvironment, describingEnvironmentAsync, environmentError, ensurePrivateDir, writeOutputFile } from '../fs';
import type { Handlers, ServiceContext } from './context';
import { newDraftId, readDraft, recordOf, summaryOf, withDrafts, writeDraft } from './drafts-store';
import { checkedDraft, titleOf } from './drafts';
import { exportsDirOf, metaOf, produced } from './editor-store';
import { safeFileName } from './export';
import { outRow } from './registry-handlers';
import { withRegistry } from './registry';
import { ensureIssuerBooks, readSettings } from './settings';
import { resolveStored } from '../registry/files';

/** Room asked for the DOCX of an issue on top of the draft's size (pictures are counted in the draft). */
const ISSUE_ROOM = 256 * 1024;

/** `<data>/exports/<id>/`, created private (0700). */
function privateExportsDir(ctx: ServiceContext, id: string): string {
  return describingEnvironment('Không tạo được thư mục tệp xuất', undefined, () => {
    const dir = exportsDirOf(ctx, id);
    ensurePrivateDir(dir);
    return dir;
  });
}

/**
 * Copies the registry's stored DOCX of an issued document into the exports. The number is already
 * given at this point: a failure says so, and where the registered file is kept.
 */
function copyIssued(stored: string | null, target: string, number: string): void {
  try {
    if (!stored) throw Object.assign(new Error('no stored file'), { code: 'ENOENT' });
    copyFileAtomic(stored, target);
  } catch (e) {
    const why = environmentError(e, 'không ghi được tệp DOCX', target);
    throw new UserError('not-available', `Đã cấp số ${number} và đã vào sổ, nhưng ${why ? why.message.charAt(0).toLowerCase() + why.message.slice(1) : 'không ghi được tệp DOCX.'} Bản DOCX đã cấp số được lưu kèm sổ đăng ký trong thư mục dữ liệu; không cấp số lại.`);
  }
}

/** Handlers of the editor's operations. */
export const editorHandlers: Handlers = {
  'drafts.autosave': async ({ id, draft, checkpoint, revision, client }, ctx) => {
    const d = checkedDraft(draft);
    const expect = revision !== undefined && client ? { revision, client } : undefined; // the office flow's version check
    const r = await withDrafts(ctx, (s) => s.save(id, { title: titleOf(d, d.templateId), doc: d }, checkpoint ? 'force' : 'auto', expect));
    return { ...summaryOf(r.row), version: r.version, revision: r.revision, ...(r.conflict ? { conflict: r.conflict } : {}) };
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
  'drafts.submit': async ({ id, submitted }, ctx) => {
    // On the office server Trình ký skips Duyệt: only a lãnh đạo văn phòng may (the single seat's user is one).
    const signer = ctx.office?.actor;
    const refusal = signer && submitted ? signRefusal({ user: signer.userName, roles: signer.roles }) : null;
    if (refusal) throw new UserError('forbidden', refusal);
    const blockers = submitted ? issueBlockers((await readDraft(ctx, id)).draft) : []; // the check's errors block Trình ký
    if (blockers.length) throw new UserError('invalid-input', describeBlockers('Trình ký', blockers));
    return metaOf(await withDrafts(ctx, (s) => s.setStatus(id, submitted ? 'submitted' : 'draft')));
  },
  'drafts.exportDraft': async ({ id }, ctx) => {
    const rec = await readDraft(ctx, id);
    const d = checkedDraft(rec.draft);
    const mark = profileOfDraft(d).wording.draftMark;
    const { exportDocx } = await import('../export/docx/index'); // the exporter (docx, saxes) loads when first used, not with the host
    const bytes = await exportDocx(withHeader(d, (a) => ({ ...a, draftMark: String(a.draftMark || '') || mark })));
    const file = path.join(privateExportsDir(ctx, id), safeFileName(`du-thao ${rec.title}`, 'docx'));
    return produced(writeOutputFile(file, bytes, { label: 'Tệp DOCX dự thảo' }));
  },
  'drafts.issue': async ({ id, date, reservationId, pdf }, ctx) => {
    // On the office server only a văn thư numbers, and only an approved draft (the single seat holds every role).
    const office = ctx.office?.actor;
    if (office) await withRegistry(ctx, (r) => r.assertDraftNumberable({ user: office.userName, roles: office.roles }, id));
    const rec = await readDraft(ctx, id);
    const d = checkedDraft(rec.draft);
    const dir = privateExportsDir(ctx, id);
    const text = JSON.stringify(d);
    // Before a number is taken: the exports folder must accept the DOCX (room, permissions).
    checkOutputTarget(path.join(dir, 'van-ban.docx'), { label: 'Tệp DOCX', needed: ISSUE_ROOM + Buffer.byteLength(text) });
    // The register row and the draft's number, date and lock are one transaction (registerDocument's draftId).
    // An environment error here happened before the commit: no number was used.
    const settings = await readSettings(ctx);
    const { entry, stored } = await describingEnvironmentAsync('Chưa cấp số vì không ghi được vào thư mục dữ liệu', undefined, () => withRegistry(ctx, async (r) => {
      // A body of the organisation (its văn phòng, a board) gets its outgoing book on its first document.
      if (settings.organisation && settings.term) ensureIssuerBooks(r, settings.organisation, settings.term);
      const e = await r.registerDocument(text, { date, reservationId, draftId: id });
      return { entry: e, stored: e.filePath ? resolveStored(r.dataDir, e.filePath) : null };
    }));
    const row = outRow(entry);
    const record = await readDraft(ctx, id);
    const docxPath = path.join(dir, safeFileName(`${row.number} ${rec.title}`, 'docx'));
    copyIssued(stored, docxPath, row.number);
    let pdfFile = null;
    if (pdf && (await findLibreOffice())) {
      try { pdfFile = produced(await convertToPdf(docxPath, dir)); } catch { pdfFile = null; }
    }
    const docx = produced(docxPath);
    await withDrafts(ctx, (s) => s.setFiles(id, [docx, ...(pdfFile ? [pdfFile] : [])]));
    return { row, docx, pdf: pdfFile, record };
  },
};
