/**
 * Helpers of the compose end-to-end tests: a host of their own on a fresh data folder (so the
 * app-shell suite still sees a first run), the organisation set up through the contract, and the
 * paragraphs of a downloaded DOCX.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from '@playwright/test';
import { startHost, type Host } from '../../main/host/server';

/** Starts a host over the renderer the global setup built, on a new data folder. */
export async function ownHost(): Promise<{ host: Host; dataDir: string; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-compose-'));
  const host = await startHost({ dataDir, rendererDir: path.resolve('dist/renderer') });
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

/** A compose suite's own host and a page on it, the organisation set up; `close` ends both. */
export async function openComposePage(browser: Browser, viewport?: { width: number; height: number }): Promise<{ page: Page; close(): Promise<void> }> {
  const env = await ownHost();
  const page = await browser.newPage(viewport ? { viewport } : {});
  await setUp(page, env.host.url);
  return { page, close: async () => { await page.close(); await env.close(); } };
}

/** Types Vietnamese through an IME composition (Telex: t-i-e-e-s-n-g) as Unikey in a browser does. */
export async function composeWord(p: Page, steps: string[]): Promise<void> {
  const cdp = await p.context().newCDPSession(p);
  for (const s of steps) await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
  await cdp.send('Input.insertText', { text: steps.at(-1)! });
  await cdp.detach();
}

/** The paragraphs of word/document.xml as plain text, in order. */
export async function docxParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")).filter((t) => t.trim() !== '');
}
