/**
 * A 100-page draft in the page view: only the blocks near the screen are displayed (what keeps a
 * keystroke as cheap as in a short document), yet every scroll position shows its text, the page
 * count is the document's, Ctrl+Home / Ctrl+End reach the body's ends, and text typed in the
 * middle (an IME composition included), at the end and at the start lands in those places of the
 * saved draft.
 */
import { expect, test, type Page } from '@playwright/test';
import { longDraft } from '../bench/editor/generate';
import { composeWord, openComposePage } from './compose-helpers';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let page: Page;
let close: () => Promise<void>;
let id = '';

test.beforeAll(async ({ browser }) => {
  ({ page, close } = await openComposePage(browser, { width: 1366, height: 900 }));
  id = await page.evaluate(async (d) => {
    const r = await window.vanthu.drafts.create({ templateId: 'nghi-quyet' });
    await window.vanthu.drafts.autosave({ id: r.id, draft: d });
    return r.id;
  }, longDraft(800) as unknown as Record<string, unknown>);
  await page.reload();
  await page.locator(`[data-draft="${id}"] button`, { hasText: 'Mở' }).click();
  await expect.poll(async () => Number(await page.locator('.vt-pages').getAttribute('data-pages')), { timeout: 30_000 }).toBeGreaterThan(90);
});

test.afterAll(() => close());

const scroller = () => page.locator('.compose-work .vt-scroll');

/** Body blocks displayed, and those on screen. */
function shown(p: Page) {
  return p.evaluate(() => {
    const box = document.querySelector('.compose-work .vt-scroll')!.getBoundingClientRect();
    const all = [...document.querySelectorAll<HTMLElement>('.compose-work .vt-body > :not(.vt-pagegap)')];
    const displayed = all.filter((e) => e.getClientRects().length);
    const onScreen = displayed.filter((e) => { const r = e.getBoundingClientRect(); return r.bottom > box.top && r.top < box.bottom; });
    return { total: all.length, displayed: displayed.length, onScreen: onScreen.map((e) => e.textContent ?? '') };
  });
}

/** Scrolls to the middle of the document and clicks into a paragraph displayed there. */
async function clickMiddleParagraph(p: Page): Promise<void> {
  await scroller().evaluate((el) => { el.scrollTop = (el.scrollHeight - el.clientHeight) / 2; });
  await p.waitForTimeout(400);
  const at = await p.evaluate(() => {
    const box = document.querySelector('.compose-work .vt-scroll')!.getBoundingClientRect();
    const para = [...document.querySelectorAll<HTMLElement>('.compose-work .vt-body > p:not(.vt-dash)')]
      .filter((e) => e.getClientRects().length).find((e) => e.getBoundingClientRect().top > box.top + 100)!;
    const r = para.getBoundingClientRect();
    return { x: r.left + 40, y: r.top + 8 };
  });
  await p.mouse.click(at.x, at.y);
}

/** The body blocks of the saved draft, as text. */
async function savedBody(p: Page): Promise<string[]> {
  return p.evaluate(async (draftId) => {
    const r = await window.vanthu.drafts.get({ id: draftId });
    const body = (r.draft as { doc: { content: { type: string; content?: { content?: { text?: string }[] }[] }[] } }).doc.content.find((c) => c.type === 'body')!;
    return (body.content ?? []).map((b) => (b.content ?? []).map((t) => t.text ?? '').join(''));
  }, id);
}

test('only the blocks near the screen are displayed, and every scroll position shows text', async () => {
  await page.waitForTimeout(800);
  const s = await shown(page);
  expect(s.total).toBe(800);
  expect(s.displayed).toBeLessThan(150);
  for (const f of [0.25, 0.5, 0.75, 1]) {
    await scroller().evaluate((el, k) => { el.scrollTop = (el.scrollHeight - el.clientHeight) * k; }, f);
    await expect.poll(async () => (await shown(page)).onScreen.length, { message: `text on screen at ${f * 100}%` }).toBeGreaterThan(0);
  }
  for (let i = 0; i < 10; i++) {
    await page.mouse.move(600, 500);
    await page.mouse.wheel(0, -900);
    await page.waitForTimeout(60);
    expect((await shown(page)).onScreen.length).toBeGreaterThan(0);
  }
});

test('typing in the middle, at the end and at the start lands there in the saved draft', async () => {
  await clickMiddleParagraph(page);
  await page.keyboard.press('End'); // end of the clicked line
  // The paragraph the caret is in (the one clicked), by its number.
  const caretText = await page.evaluate(() => getSelection()!.anchorNode!.parentElement!.closest('.vt-body > *')!.textContent!);
  const n = Number(/đoạn văn số (\d+)/u.exec(caretText)![1]);
  expect(n).toBeGreaterThan(250);
  expect(n).toBeLessThan(550);
  await page.keyboard.type(' Giữa văn bản');
  await composeWord(page, [' t', ' ti', ' tie', ' tiê', ' tiế', ' tiến', ' tiếng']);
  await page.keyboard.type('.');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Hết.');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Đầu ');
  await expect(page.locator('.compose-work .vt-body > :first-child')).toContainText('Đầu I- PHẦN NỘI DUNG SỐ 1');
  await expect.poll(async () => { const b = await savedBody(page); return `${b[0]} … ${b.at(-1)?.slice(-5)}`; }, { timeout: 10_000 }).toBe('Đầu I- PHẦN NỘI DUNG SỐ 1 …  Hết.');
  const body = await savedBody(page);
  expect(body).toHaveLength(800);
  expect(body[0]).toBe('Đầu I- PHẦN NỘI DUNG SỐ 1');
  expect(body.find((t) => t.includes(`đoạn văn số ${n} `))).toContain(' Giữa văn bản tiếng.');
  expect(body.filter((t) => t.includes('Giữa văn bản'))).toHaveLength(1);
});

test('pasting 200 paragraphs in the middle: more pages, and the first page still starts with the title and the body', async () => {
  const pages = Number(await page.locator('.vt-pages').getAttribute('data-pages'));
  await clickMiddleParagraph(page);
  const text = Array.from({ length: 200 }, (_, i) => `Đoạn dán số ${i}, đủ dài để chiếm hai dòng trên trang giấy khổ A4 của văn bản.`).join('\n');
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.querySelector('.compose-work .ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.locator('.compose-work .vt-body > :not(.vt-pagegap)')).toHaveCount(999); // the first and last pasted lines join the split paragraph
  await expect.poll(async () => Number(await page.locator('.vt-pages').getAttribute('data-pages')), { timeout: 10_000 }).toBeGreaterThan(pages + 5);
  await scroller().evaluate((el) => { el.scrollTop = 0; });
  await page.waitForTimeout(600);
  const first = await page.evaluate(() => {
    const box = document.querySelector('.compose-work .vt-scroll')!.getBoundingClientRect();
    const title = document.querySelector<HTMLElement>('.compose-work .vt-part-title')!.getBoundingClientRect();
    const block = document.querySelector<HTMLElement>('.compose-work .vt-body > :first-child')!.getBoundingClientRect();
    return { title: title.top < box.bottom && title.bottom > box.top, block: block.top - title.bottom, gapBeforeTitle: !!document.querySelector('.compose-work .ProseMirror > .vt-pagegap') };
  });
  expect(first.title).toBe(true);
  expect(first.gapBeforeTitle).toBe(false);
  expect(first.block).toBeLessThan(60);
});
