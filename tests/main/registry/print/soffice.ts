/** Test helper: DOCX → PDF with LibreOffice (own profile per conversion) and PDF → text per page. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Writes `bytes` as `<name>.docx` in a fresh temp dir, converts it, returns the PDF path. */
export async function docxToPdf(bytes: Uint8Array, name: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanthu-print-'));
  const docx = path.join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  await run('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, docx],
    { timeout: 120_000 });
  return path.join(dir, `${name}.pdf`);
}

/** Number of pages and page size in points, from pdfinfo. */
export async function pdfInfo(pdf: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of each page (`pdftotext -layout`), split on form feeds. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}
