/**
 * Helpers of the compose end-to-end tests: a host of their own on a fresh data folder (so the
 * app-shell suite still sees a first run), the organisation set up through the contract, and the
 * paragraphs of a downloaded DOCX.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from '@playwright/test';
import { startHost, type Host } from '../../main/host/server';

/** Starts a host over the renderer the global setup built, on a new data folder. */
export async function ownHost(): Promise<{ host: Host; dataDir: string; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-compose-'));
  const host = await startHost({ dataDir, rendererDir: path.resolve(process.env.VANTHU_E2E_RENDERER_DIR ?? 'dist/renderer') });
  return { host, dataDir, close: async () => { await host.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
}

/** Saves the default organisation and its term through the contract, then reloads the page. */
export async function setUp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => !!window.vanthu);
  const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
  await page.evaluate((o) => window.vanthu.settings.saveOrganisation({ organisation: o as never, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } }), org);
  await page.reload();
}

/**
 * A compose suite's own host and a page on it (in a context of its own, so a test may close the page
 * and open another on the same storage), the organisation set up; `close` ends all.
 */
export async function openComposePage(browser: Browser, viewport?: { width: number; height: number }): Promise<{ page: Page; url: string; close(): Promise<void> }> {
  const env = await ownHost();
  // The same window as playwright.config.ts gives its own pages (1366×768, Vietnamese, Hanoi time).
  const context = await browser.newContext({ viewport: viewport ?? { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  const page = await context.newPage();
  await setUp(page, env.host.launchUrl());
  return { page, url: env.host.url, close: async () => { await context.close(); await env.close(); } };
}

/** Closes `p` at once (no wait for anything it still had to do) and opens the app again in a new page of the same context. */
export async function reopenPage(p: Page, url: string): Promise<Page> {
  const context = p.context();
  await p.close();
  const next = await context.newPage();
  await next.goto(url);
  await next.locator('.compose-home').waitFor();
  return next;
}

/** Types Vietnamese through an IME composition (Telex: t-i-e-e-s-n-g) as Unikey in a browser does. */
export async function composeWord(p: Page, steps: string[]): Promise<void> {
  const cdp = await p.context().newCDPSession(p);
  for (const s of steps) await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
  await cdp.send('Input.insertText', { text: steps.at(-1)! });
  await cdp.detach();
}

/** Creates a draft from a template on the compose home and waits for its editor. */
export async function newDraft(p: Page, templateId = 'nghi-quyet'): Promise<string> {
  await p.locator(`[data-template="${templateId}"]`).click();
  await p.locator('.compose-work .vt-doc').waitFor();
  return (await p.locator('.compose-work').getAttribute('data-draft'))!;
}

/** Opens a draft by id from the compose home (the drafts list). */
export async function openDraft(p: Page, id: string): Promise<void> {
  await p.locator(`[data-draft="${id}"] .row-title`).click();
  await p.locator(`.compose-work[data-draft="${id}"] .vt-doc`).waitFor();
}

/** The text of the body, block by block (page gaps and their page numbers left out). */
export function bodyText(p: Page): Promise<string[]> {
  return p.locator('.compose-work .vt-body').evaluate((b) => [...b.children].filter((c) => !c.classList.contains('vt-pagegap')).map((c) => {
    const copy = c.cloneNode(true) as Element;
    copy.querySelectorAll('.vt-pagegap').forEach((g) => g.remove());
    return copy.textContent ?? '';
  }));
}

/** Puts the caret at the very end of the body's last block (End only reaches the end of a visual line). */
export async function caretAtBodyEnd(p: Page): Promise<void> {
  const last = p.locator('.compose-work .vt-body > :not(.vt-pagegap)').last();
  await last.click();
  await last.evaluate((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    r.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  // The editor reads the new DOM selection on selectionchange.
  await p.waitForFunction(() => {
    const s = getSelection();
    return !!s && s.isCollapsed && !!s.anchorNode && document.querySelector('.vt-body')!.contains(s.anchorNode);
  });
}

/** The draft as saved on the host. */
export function savedDraft(p: Page, id: string): Promise<{ doc: { content: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }[] } }> {
  return p.evaluate((i) => window.vanthu.drafts.get({ id: i }).then((r) => r.draft as never), id);
}

/** The paragraphs of word/document.xml as plain text, in order. */
export async function docxParagraphs(file: string): Promise<string[]> {
  const xml = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']);
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")).filter((t) => t.trim() !== '');
}
