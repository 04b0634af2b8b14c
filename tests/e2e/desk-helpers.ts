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
  const host = await startHost({ dataDir, rendererDir: path.resolve(process.env.VANTHU_E2E_RENDERER_DIR ?? 'dist/renderer') });
  return {
    host, dataDir,
    async stop() {
      await host.close();
      delete process.env.VANTHU_TODAY;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Completes the first-run screen with the sample organisation (opening the host's one-time launch address when it has one). */
export async function firstRun(page: Page, host: { url: string; launchUrl?: () => string }): Promise<void> {
  await page.goto(host.launchUrl ? host.launchUrl() : host.url);
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

/** Creates a draft of `templateId` through the contract with the header date `iso` (null: undated); returns its id. */
export async function draftDated(page: Page, templateId: string, iso: string | null): Promise<string> {
  return page.evaluate(async ({ t, d }) => {
    const rec = await window.vanthu.drafts.create({ templateId: t });
    const draft = rec.draft as { doc: { content: { type: string; attrs?: Record<string, unknown> }[] } };
    const header = draft.doc.content.find((c) => c.type === 'header')!;
    header.attrs = { ...header.attrs, date: d };
    // The drafter has written the text: the template's sample sentences and blanks are filled in.
    type N = { type: string; text?: string; marks?: { type: string; attrs?: { kind?: string } }[]; content?: N[] };
    const fill = (n: N): void => {
      const ph = n.marks?.find((m) => m.type === 'placeholder');
      if (ph) {
        if (ph.attrs?.kind === 'blank') n.text = '15';
        n.marks = n.marks!.filter((m) => m !== ph);
        if (!n.marks.length) delete n.marks;
      }
      n.content?.forEach(fill);
    };
    (draft.doc.content as N[]).forEach(fill);
    await window.vanthu.drafts.autosave({ id: rec.id, draft: draft as never });
    return rec.id;
  }, { t: templateId, d: iso });
}

/** Opens a draft from the compose home and sends it for signature ("Trình ký"). */
export async function openAndSubmit(page: Page, id: string): Promise<void> {
  await go(page, 'Tìm kiếm'); // leaving and coming back reloads the drafts list
  await go(page, 'Soạn thảo');
  await page.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.locator('.compose-work .vt-doc')).toBeVisible();
  await expect(page.locator('.vt-check-sum')).toHaveAttribute('data-errors', '0');
  await page.getByRole('button', { name: 'Trình ký' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã trình ký' })).toBeVisible();
}

/** The register date of an outgoing entry by number (through the contract). */
export async function outgoingDate(page: Page, number: string): Promise<string | undefined> {
  return page.evaluate(async (n) => (await window.vanthu.registry.listOutgoing({ limit: 100 })).rows.find((r) => r.number === n)?.date, number);
}

/** Opens the host and saves templates/organisation.default.json with its term through the contract (as the compose suites do). */
export async function defaultOrg(page: Page, host: { url: string; launchUrl?: () => string }): Promise<void> {
  await page.goto(host.launchUrl ? host.launchUrl() : host.url);
  await page.waitForFunction(() => !!window.vanthu);
  const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
  await page.evaluate((o) => window.vanthu.settings.saveOrganisation({ organisation: o as never, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } }), org);
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** A word of a PDF page and its box in points from the page's top-left corner (pdftotext -bbox). */
export interface WordBox { text: string; x0: number; y0: number; x1: number; y1: number }

/** The words of page 1 of a PDF with their boxes, and the page's size in points. */
export function wordBoxes(file: string): { width: number; height: number; words: WordBox[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const pageTag = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html)!;
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ text: m[5], x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) }));
  return { width: Number(pageTag[1]), height: Number(pageTag[2]), words };
}

/**
 * Writes a Công văn with a long trích yếu and four "Kính gửi" lines with the command line
 * (`vanthu new cong-van`, then `vanthu export --pdf`, LibreOffice) and returns the PDF's path.
 */
export function congVanPdf(dir: string): string {
  const cli = (...args: string[]) => execFileSync(process.execPath, [path.resolve('bin/vanthu.cjs'), ...args], { encoding: 'utf8', timeout: 120_000 });
  const json = path.join(dir, 'cong-van.json');
  cli('new', 'cong-van', '--number', '245', '--date', '06/3/2026', '-o', json);
  const draft = JSON.parse(fs.readFileSync(json, 'utf8')) as { doc: { content: { type: string; attrs: Record<string, unknown> }[] } };
  const title = draft.doc.content.find((c) => c.type === 'title')!;
  title.attrs.summary = 'về việc báo cáo kết quả triển khai thực hiện chuyển đổi số trong hoạt động của các cơ quan Đảng, số hóa tài liệu lưu trữ và ứng dụng phần mềm quản lý văn bản năm 2026';
  title.attrs.addressees = ['Các ban xây dựng Đảng của Tỉnh ủy', 'Các đảng ủy trực thuộc Tỉnh ủy', 'Văn phòng Đoàn đại biểu Quốc hội tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'];
  fs.writeFileSync(json, JSON.stringify(draft));
  cli('export', json, '-o', path.join(dir, 'cong-van.docx'), '--pdf');
  return path.join(dir, 'cong-van.pdf');
}
