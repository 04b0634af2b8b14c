/**
 * Editor bench in Chromium through the local host, on a generated ~100-page Nghị quyết: time from
 * "Mở" to the first paint of the document, keystroke-to-paint latency (p50/p95) typing in the middle
 * of the document at a fast typist's pace (one key per 50 ms), JS heap after GC, and as the peer the
 * same probe on a plain contenteditable without an editor, of one paragraph and of the document's
 * size. Targets: open < 1 s, p95 < 16 ms, heap < 300 MB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ensureRenderer } from '../../main/host/build-renderer';
import { startHost } from '../../main/host/server';
import { longDraft } from './editor/generate';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const KEYS = 300;
const KEY_GAP_MS = 50;

/** Installs the keystroke probes: keydown → next frame (paint) and keydown → handled + layout. */
async function probe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { vtLat: number[]; vtWork: number[]; vtQueue: number[] };
    w.vtLat = [];
    w.vtWork = [];
    w.vtQueue = [];
    document.addEventListener('keydown', (e) => {
      // From the moment the page starts handling the key (the event's timestamp also counts time the
      // synthetic input waited in the browser's queue behind the previous key's frame).
      const t = performance.now();
      w.vtQueue.push(t - e.timeStamp);
      setTimeout(() => { void document.body.getBoundingClientRect(); w.vtWork.push(performance.now() - t); }, 0);
      requestAnimationFrame(() => { const mc = new MessageChannel(); mc.port1.onmessage = () => w.vtLat.push(performance.now() - t); mc.port2.postMessage(0); });
    }, true);
  });
}

async function typeKeys(page: Page): Promise<{ lat: number[]; work: number[] }> {
  const text = 'Chuyển đổi số trong các cơ quan đảng ';
  // A fast typist: one key every 50 ms (about 240 characters a minute).
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(text[i % text.length], { delay: 0 });
    await page.waitForTimeout(KEY_GAP_MS);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => { const w = window as unknown as { vtLat: number[]; vtWork: number[] }; return { lat: w.vtLat, work: w.vtWork }; });
}

/**
 * The same probe on a plain contenteditable of `paragraphs` paragraphs and no editor: what the
 * browser itself costs per keystroke on this machine, for one paragraph and at the document's size.
 */
async function floor(page: Page, paragraphs: number): Promise<{ lat: number[]; work: number[] }> {
  const text = 'Các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện nhiệm vụ, bảo đảm đúng tiến độ, chất lượng; gắn trách nhiệm của người đứng đầu với kết quả thực hiện.';
  const body = Array.from({ length: paragraphs }, () => `<p>${text}</p>`).join('');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.setContent(`<div style="height:700px;overflow:auto"><div contenteditable style="width:165mm;text-align:justify;font:14pt serif">${body}</div></div>`);
  const mid = page.locator('p').nth(Math.floor(paragraphs / 2));
  await mid.scrollIntoViewIfNeeded();
  await mid.click();
  await probe(page);
  return typeKeys(page);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Runs the bench and prints the figures. */
export async function run(): Promise<void> {
  const rendererDir = await ensureRenderer(path.resolve('dist/renderer'), true);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-editor-'));
  const host = await startHost({ dataDir, rendererDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.launchUrl());
    await page.waitForFunction(() => !!window.vanthu);
    const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
    const draft = longDraft(Number(process.env.VT_BLOCKS ?? 800));
    const id = await page.evaluate(async ({ o, d }) => {
      await window.vanthu.settings.saveOrganisation({ organisation: o, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } });
      const r = await window.vanthu.drafts.create({ templateId: 'nghi-quyet' });
      await window.vanthu.drafts.autosave({ id: r.id, draft: d });
      return r.id;
    }, { o: org, d: draft as unknown as Record<string, unknown> });
    await page.reload();
    const open = page.locator(`[data-draft="${id}"] button`, { hasText: 'Mở' });
    await open.waitFor();
    const t0 = Date.now();
    const openMs = await open.evaluate((btn) => new Promise<number>((resolve) => {
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (!document.querySelector('.compose-work .vt-body')) return;
        obs.disconnect();
        requestAnimationFrame(() => { const mc = new MessageChannel(); mc.port1.onmessage = () => resolve(performance.now() - t0); mc.port2.postMessage(0); });
      });
      obs.observe(document.body, { childList: true, subtree: true });
      (btn as HTMLButtonElement).click();
    }));
    await page.waitForFunction(() => Number(document.querySelector('.vt-pages')?.getAttribute('data-pages')) > 1, undefined, { timeout: 30_000 });
    const pagedMs = Date.now() - t0;
    const pages = await page.locator('.vt-pages').getAttribute('data-pages');
    const blocks = await page.locator('.compose-work .vt-body > *:not(.vt-pagegap)').count();
    const heightPx = await page.locator('.compose-work .vt-scroll').evaluate((el) => el.scrollHeight);
    // The middle of the document: scroll there, let the display window follow, click a paragraph.
    await page.locator('.compose-work .vt-scroll').evaluate((el) => { el.scrollTop = (el.scrollHeight - el.clientHeight) / 2; });
    await page.waitForTimeout(600);
    const mid = await page.evaluate(() => {
      const box = document.querySelector('.compose-work .vt-scroll')!.getBoundingClientRect();
      const ps = [...document.querySelectorAll<HTMLElement>('.compose-work .vt-body > p:not(.vt-dash)')].filter((p) => p.getClientRects().length);
      const p = ps.find((x) => x.getBoundingClientRect().top > box.top + box.height / 3)!;
      const r = p.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + 10, text: p.textContent!.slice(-40) };
    });
    await page.mouse.click(mid.x, mid.y);
    const shown = await page.evaluate(() => [...document.querySelectorAll('.compose-work .vt-body > *')].filter((e) => e.getClientRects().length).length);
    await probe(page);
    const { lat, work } = await typeKeys(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const mb = heap.usedSize / 1024 / 1024;
    const ok = (v: boolean) => (v ? 'đạt' : 'KHÔNG ĐẠT');
    console.log(`document: ${pages} pages (page view, ${heightPx} px), ${blocks} body blocks (${shown} displayed around the cursor: ${mid.text}), draft JSON ${(JSON.stringify(draft).length / 1024).toFixed(0)} KB`);
    console.log(`open to first paint: ${openMs.toFixed(0)} ms (target < 1000: ${ok(openMs < 1000)}); page breaks drawn ${pagedMs} ms after "Mở" (measuring starts after a 400 ms pause)`);
    console.log(`keystroke to paint, ${lat.length} keys mid-document: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (target p95 < 16: ${ok(pct(lat, 95) < 16)})`);
    for (const n of [1, blocks]) {
      const base = await floor(await browser.newPage(), n);
      console.log(`browser floor, plain contenteditable of ${n} paragraph(s), no editor: keystroke to paint p50 ${pct(base.lat, 50).toFixed(1)} ms, p95 ${pct(base.lat, 95).toFixed(1)} ms; work p50 ${pct(base.work, 50).toFixed(1)} ms, p95 ${pct(base.work, 95).toFixed(1)} ms`);
    }
    console.log(`main-thread work per keystroke (event handling + layout, without waiting for the frame): p50 ${pct(work, 50).toFixed(1)} ms, p95 ${pct(work, 95).toFixed(1)} ms`);
    console.log(`JS heap after GC: ${mb.toFixed(1)} MB (target < 300: ${ok(mb < 300)})`);
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
