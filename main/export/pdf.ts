/**
 * PDF through LibreOffice (headless), where it is installed. Each conversion gets its own profile
 * folder: two conversions sharing one fail silently.
 */
import { execFile } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fsyncDir, refuseInputs } from '../fs/atomic';
import { makePrivateTempDir } from '../fs/temp-dir';

const run = promisify(execFile);
const CANDIDATES = ['soffice', 'libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];

/** Path of the LibreOffice program, or null when it is not installed. */
export async function findLibreOffice(): Promise<string | null> {
  for (const c of CANDIDATES) {
    if (path.isAbsolute(c)) {
      if (existsSync(c)) return c;
      continue;
    }
    try {
      await run(process.platform === 'win32' ? 'where' : 'which', [c]);
      return c;
    } catch { /* not on PATH */ }
  }
  return null;
}

/**
 * Converts a DOCX to PDF in `outDir`; returns the PDF path. LibreOffice writes into a temporary
 * folder inside `outDir` and the finished PDF is renamed into place, so an older PDF of that name
 * stays intact when the conversion fails. Throws a Vietnamese message on failure (I/O errors of
 * `outDir` are thrown as is, for environmentError).
 */
export async function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  const soffice = await findLibreOffice();
  if (!soffice) throw new Error('Máy chưa cài LibreOffice nên không xuất được PDF; tệp DOCX vẫn dùng được.');
  const pdf = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  refuseInputs(pdf, { inputs: [docxPath], label: 'Tệp PDF' });
  // Beside the PDF (same disk, so the rename is atomic); one a killed conversion left there is swept.
  const work = makePrivateTempDir('.vanthu-pdf-', outDir);
  const profile = makePrivateTempDir('vanthu-lo-');
  try {
    await run(soffice, ['--headless', `-env:UserInstallation=file://${profile.replace(/\\/g, '/')}`, '--convert-to', 'pdf', '--outdir', work, docxPath], { timeout: 120_000 });
    const made = path.join(work, path.basename(pdf));
    if (!existsSync(made)) throw new Error('LibreOffice không tạo được tệp PDF.');
    renameSync(made, pdf);
    fsyncDir(outDir);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
  return pdf;
}
