/**
 * Desk handlers of printing and reports: the outgoing, incoming and follow-up books for a period as
 * DOCX/XLSX (the registry's printer) or PDF (LibreOffice), a preview (rows, plus page images through
 * LibreOffice and pdftoppm where installed), report figures and their XLSX export.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../common/api';
import { convertToPdf, findLibreOffice } from '../export/pdf';
import { describingEnvironment, describingEnvironmentAsync, ensurePrivateDir, writeOutputFile } from '../fs';
import { folders, type Handlers, type ServiceContext } from './context';
import { deskToday } from './desk-clock';
import { statsWorkbook } from './desk-report';
import { withRegistry } from './registry';

const run = promisify(execFile);
const NAMES = { in: 'so-van-ban-den', out: 'so-van-ban-di', 'follow-up': 'so-theo-doi-giai-quyet' } as const;

function outFile(ctx: ServiceContext, name: string): string {
  const dir = path.join(folders(ctx.dataDir).exports, 'so');
  describingEnvironment('Không tạo được thư mục sổ in', undefined, () => ensurePrivateDir(dir));
  return path.join(dir, name);
}

async function printDocx(ctx: ServiceContext, kind: keyof typeof NAMES, from: string, to: string, format: 'docx' | 'xlsx'): Promise<string> {
  const bytes = await withRegistry(ctx, (r) => r.printRegister(kind, { from, to, format }));
  return writeOutputFile(outFile(ctx, `${NAMES[kind]}-${from}-${to}.${format}`), bytes, { label: 'Tệp sổ in' });
}

async function pageImages(pdf: string, dir: string): Promise<string[]> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', '-l', '12', pdf, path.join(dir, 'trang')], { timeout: 60_000 });
  return fs.readdirSync(dir).filter((f) => f.endsWith('.png')).sort().map((f) => path.join(dir, f));
}

/** Handlers of the desk's printing and report operations. */
export const deskPrintHandlers: Handlers = {
  'registry.deskPrint': async ({ kind, from, to, format }, ctx) => {
    if (from > to) throw new UserError('invalid-input', 'Ngày bắt đầu phải trước ngày kết thúc.');
    if (format !== 'pdf') {
      const file = await printDocx(ctx, kind, from, to, format);
      return { file, name: path.basename(file), warning: null };
    }
    if (!(await findLibreOffice())) throw new UserError('not-available', 'Máy chưa cài LibreOffice nên chưa xuất được PDF; hãy xuất DOCX rồi in từ Word.');
    const docx = await printDocx(ctx, kind, from, to, 'docx');
    const pdf = await describingEnvironmentAsync('Không ghi được tệp PDF', undefined, () => convertToPdf(docx, path.dirname(docx)));
    return { file: pdf, name: path.basename(pdf), warning: null };
  },
  'registry.deskPrintPreview': async ({ kind, from, to, render }, ctx) => {
    const p = await withRegistry(ctx, (r) => r.desk.printPreview(kind, from, to));
    if (!render) return { ...p, pages: [], warning: null };
    try {
      if (!(await findLibreOffice())) throw new Error('no soffice');
      const docx = await printDocx(ctx, kind, from, to, 'docx');
      const pdf = await convertToPdf(docx, path.dirname(docx));
      return { ...p, pages: await pageImages(pdf, path.join(folders(ctx.dataDir).exports, 'xem-truoc')), warning: null };
    } catch {
      return { ...p, pages: [], warning: 'Không dựng được trang in qua LibreOffice (chưa cài LibreOffice hoặc poppler-utils); đang xem bản HTML.' };
    }
  },
  'registry.deskStats': ({ year }, ctx) => withRegistry(ctx, (r) => r.desk.stats(year, deskToday())),
  'registry.deskStatsExport': async ({ year }, ctx) => {
    const stats = await withRegistry(ctx, (r) => r.desk.stats(year, deskToday()));
    const file = writeOutputFile(outFile(ctx, `bao-cao-${year}.xlsx`), await statsWorkbook(stats), { label: 'Tệp báo cáo' });
    return { file, name: path.basename(file), warning: null };
  },
};
