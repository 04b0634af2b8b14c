/**
 * Helpers of the desk's end-to-end tests: each desk spec starts its own local host (in the test
 * worker, on a fresh data folder) so it can move the clock with VANTHU_TODAY, which only the
 * desk's services read; the organisation is set up through the first-run screen.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { startHost, type Host } from '../../main/host/server';

/** Starts a host on a fresh folder with "today" fixed to `today`. */
export async function startDeskHost(today: string): Promise<{ host: Host; dataDir: string; stop(): Promise<void> }> {
  process.env.VANTHU_TODAY = today;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-desk-e2e-'));
  const host = await startHost({ dataDir, rendererDir: path.resolve('dist/renderer') });
  return {
    host, dataDir,
    async stop() {
      await host.close();
      delete process.env.VANTHU_TODAY;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Completes the first-run screen with the sample organisation. */
export async function firstRun(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Điền dữ liệu mẫu' }).click();
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Opens a section from the navigation. */
export async function go(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
  await expect(page.locator('#screen-title')).toHaveText(label);
}

/** Text of page 1 of a PDF (pdftotext). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
}

/** A small one-page PDF (pdf-lib) to attach. */
export async function samplePdf(title: string): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  doc.addPage([595, 842]).drawText(title, { x: 180, y: 760, size: 13, font });
  return Buffer.from(await doc.save());
}

/** Drops a file on an element, as the user dragging it from the file manager. */
export async function dropFile(page: Page, selector: string, name: string, bytes: Buffer, mime: string): Promise<void> {
  const dt = await page.evaluateHandle(({ b64, name: n, mime: m }) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const t = new DataTransfer();
    t.items.add(new File([data], n, { type: m }));
    return t;
  }, { b64: bytes.toString('base64'), name, mime });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: dt });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: dt });
}

/** Collects script errors and console errors (CSP violations among them) of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}
