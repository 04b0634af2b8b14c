/** Handlers of the export domain: a draft to a DOCX file, or to the PDF it prints as, in `<data>/exports`. */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../common/api';
import { validateDraft } from '../../common/draft/draft';
import { foldVietnamese } from '../../common/text/normalize';
import { folders, type Handlers, type ServiceContext } from './context';
import { readDraft } from './drafts-store';
import { convertToPdf, findLibreOffice } from '../export/pdf';
import { describingEnvironment, ensurePrivateDir, writeOutputFile } from '../fs';

/** A safe ASCII file name from a Vietnamese title ("Nghị quyết về …" -> "nghi-quyet-ve-….docx"). */
export function safeFileName(title: string, ext: string): string {
  const base = foldVietnamese(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'van-ban';
  return `${base}.${ext}`;
}

/** Writes the draft `draftId` as a DOCX in its exports folder; returns the file and its size. */
async function exportDraftDocx(ctx: ServiceContext, draftId: string): Promise<{ file: string; name: string; size: number }> {
  const rec = await readDraft(ctx, draftId);
  const v = validateDraft(rec.draft);
  if (!v.ok) throw new UserError('invalid-input', v.message);
  const { exportDocx } = await import('../export/docx/index'); // the exporter (docx, saxes) loads when first used, not with the host
  const bytes = await exportDocx(v.draft);
  const name = safeFileName(`du-thao ${rec.title}`, 'docx');
  const dir = path.join(folders(ctx.dataDir).exports, draftId);
  describingEnvironment('Không tạo được thư mục tệp xuất', dir, () => ensurePrivateDir(dir));
  const file = writeOutputFile(path.join(dir, name), bytes, { label: 'Tệp DOCX' });
  return { file, name, size: bytes.byteLength };
}

/** Handlers of the export domain. */
export const exportHandlers: Handlers = {
  'export.pdf': async ({ draftId }, ctx) => {
    if (!(await findLibreOffice())) {
      throw new UserError('not-available', 'Máy chưa cài LibreOffice nên không tạo được bản PDF để in; vanthu in trang xem trước thay thế.');
    }
    const docx = await exportDraftDocx(ctx, draftId);
    const pdf = await convertToPdf(docx.file, path.dirname(docx.file));
    return { file: pdf, name: path.basename(pdf), size: fs.statSync(pdf).size };
  },
};
