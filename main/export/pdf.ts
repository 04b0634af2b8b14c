/**
 * PDF through LibreOffice (headless), where it is installed. Each conversion gets its own profile
 * folder: two conversions sharing one fail silently.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

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

/** Converts a DOCX to PDF in `outDir`; returns the PDF path. Throws a Vietnamese message on failure. */
export async function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  const soffice = await findLibreOffice();
  if (!soffice) throw new Error('Máy chưa cài LibreOffice nên không xuất được PDF; tệp DOCX vẫn dùng được.');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'vanthu-lo-'));
  try {
    await run(soffice, ['--headless', `-env:UserInstallation=file://${profile.replace(/\\/g, '/')}`, '--convert-to', 'pdf', '--outdir', outDir, docxPath], { timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  if (!existsSync(pdf)) throw new Error('LibreOffice không tạo được tệp PDF.');
  return pdf;
}
