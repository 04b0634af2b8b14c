/**
 * The clerk's desk over 100,000 register entries (30,000 outgoing, 70,000 incoming), measured in
 * Debian's Chromium through the local host: time to the first rows of each register (target
 * < 300 ms), search results after the last keystroke (target < 100 ms), and long tasks (> 50 ms,
 * PerformanceObserver 'longtask') while scrolling the virtualised incoming register.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ensureRenderer } from '../../main/host/build-renderer';
import { startHost } from '../../main/host/server';
import { seed } from './registry';

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x: number) => `${x.toFixed(1)} ms`;

/** Clicks a section and waits for the first real row of `table`; returns the elapsed time in the page. */
function firstRows(page: Page, section: string, table: string): Promise<number> {
  return page.evaluate(({ section: s, table: t }) => new Promise<number>((resolve) => {
    const btn = [...document.querySelectorAll('nav button')].find((b) => b.textContent === s) as HTMLButtonElement;
    const t0 = performance.now();
    btn.click();
    const poll = () => (document.querySelector(`[aria-label="${t}"] .vrow:not(.loading)`) ? resolve(performance.now() - t0) : requestAnimationFrame(poll));
    poll();
  }), { section, table });
}

/** Types `text` key by key, then measures from the last keystroke until the results of the full text show. */
async function searchLatency(page: Page, text: string): Promise<number> {
  const expected = await page.evaluate((q) => window.vanthu.registry.deskSearch({ text: q, limit: 100 }).then((r) => r.hits.length), text);
  const box = page.getByLabel('Từ khóa tìm kiếm');
  await box.fill('');
  await page.waitForTimeout(100);
  await box.pressSequentially(text.slice(0, -1), { delay: 60 });
  return page.evaluate(({ last, n }) => new Promise<number>((resolve) => {
    const input = document.querySelector('input[aria-label="Từ khóa tìm kiếm"]') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const want = n === 0 ? 'Không tìm thấy' : `${n} kết quả`;
    const t0 = performance.now();
    setter.call(input, input.value + last);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const poll = () => {
      const c = document.querySelector('[data-testid="hit-count"]')?.textContent ?? '';
      const items = document.querySelectorAll('ul[aria-label="Kết quả tìm kiếm"] > li').length;
      if (c.startsWith(want) && items === Math.min(n, 40)) resolve(performance.now() - t0);
      else requestAnimationFrame(poll);
    };
    poll();
  }), { last: text.slice(-1), n: expected });
}

/** Scrolls the incoming register top to bottom (steps and jumps); returns the long tasks seen. */
function scrollLongTasks(page: Page): Promise<{ count: number; max: number; frames: number }> {
  return page.evaluate(() => new Promise((resolve) => {
    const tasks: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
    obs.observe({ type: 'longtask', buffered: false });
    const body = document.querySelector('[aria-label="Sổ đăng ký văn bản đến"] [data-testid="vbody"]') as HTMLElement;
    let frames = 0;
    const step = () => {
      frames++;
      body.scrollTop += frames % 40 === 0 ? body.scrollHeight / 12 : 900;
      if (frames < 400 && body.scrollTop + body.clientHeight < body.scrollHeight - 1) requestAnimationFrame(step);
      else setTimeout(() => (obs.disconnect(), resolve({ count: tasks.length, max: Math.max(0, ...tasks), frames })), 500);
    };
    requestAnimationFrame(step);
  }));
}

/** Runs the bench and prints the figures. */
export async function run(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-desk-'));
  const t = performance.now();
  seed(path.join(dataDir, 'vanthu.db'), 30_000, 70_000);
  console.log(`seeded 100,000 entries in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const rendererDir = await ensureRenderer(path.resolve('dist/renderer'), true);
  const host = await startHost({ dataDir, rendererDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(host.launchUrl());
    await page.waitForFunction(() => !!window.vanthu);
    const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
    await page.evaluate((o) => window.vanthu.settings.saveOrganisation({ organisation: o, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } }), org);
    await page.reload();
    await page.getByRole('navigation').waitFor();
    const inT: number[] = [], outT: number[] = [];
    for (let i = 0; i < 6; i++) {
      inT.push(await firstRows(page, 'Văn bản đến', 'Sổ đăng ký văn bản đến'));
      outT.push(await firstRows(page, 'Văn bản đi', 'Sổ đăng ký văn bản đi'));
    }
    console.log(`first rows, incoming register (70,000): median ${f(median(inT))}, max ${f(Math.max(...inT))} (target < 300 ms)`);
    console.log(`first rows, outgoing register (30,000): median ${f(median(outT))}, max ${f(Math.max(...outT))} (target < 300 ms)`);
    await page.getByRole('navigation').getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
    const s: number[] = [];
    for (const q of ['chuyen doi so', 'kiem tra giam sat', 'nghi quyet tu tuong', 'huyen uy dai hoi', 'dan van nong thon', 'ngan sach']) s.push(await searchLatency(page, q));
    console.log(`search, last keystroke to results (6 queries): median ${f(median(s))}, max ${f(Math.max(...s))} (target < 100 ms)`);
    await page.getByRole('navigation').getByRole('button', { name: 'Văn bản đến', exact: true }).click();
    await page.locator('[aria-label="Sổ đăng ký văn bản đến"] .vrow:not(.loading)').first().waitFor();
    const lt = await scrollLongTasks(page);
    console.log(`scrolling the incoming register (${lt.frames} frames): ${lt.count} long tasks > 50 ms, longest ${f(lt.max)} (target: none)`);
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
