/**
 * The exporter and the page view print the same lines, in the same order, for every locked part of
 * every template (issue #13): each draft is created in Chromium through the local host, its page
 * view's printed lines read from the DOM (`data-role` elements of each part), its DOCX exported from
 * the saved draft and read from word/document.xml (paragraph styles and text). A line is compared as
 * "component: text" (the profile's component is the DOCX style and the page view's class).
 */
import { expect, test, type Page } from '@playwright/test';
import type { Element as XmlElement } from '@xmldom/xmldom';
import type { Draft } from '../../common/draft/draft';
import { exportDocx } from '../../main/export/docx';
import { listTemplates } from '../../main/templates';
import { Docx, type Para } from '../helpers/ooxml';
import { newDraft, openComposePage } from './compose-helpers';
import { screen } from './helpers';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  ({ page, close } = await openComposePage(browser));
});

test.afterAll(() => close());

/** The printed lines of each part, as "component: text". */
type PartLines = Record<'header' | 'title' | 'signature' | 'recipients' | 'appendix', string[]>;

const TITLE_STYLES = ['VtTypeName', 'VtAuthor', 'VtSummary', 'VtSeparator', 'VtSalutation'];
const APPENDIX_STYLES = ['VtAppendixLabel', 'VtAppendixTitle'];

/** "component: text" of a DOCX paragraph: its style without "Vt", or "rule" for the bordered empty paragraph. */
function docxLine(p: Para): string {
  if (!p.style && p.borderBottom) return 'rule: ';
  const c = p.style!.slice(2);
  return `${c[0].toLowerCase()}${c.slice(1)}: ${p.text}`;
}

/** The locked parts' lines of an exported DOCX (a brace's drawing is no line; the body is left out). */
function docxLines(bytes: Uint8Array): PartLines {
  const d = new Docx(bytes);
  const blocks = d.blocks();
  const firstTable = blocks.findIndex((b) => b.nodeName === 'w:tbl');
  const paraOf = (b: XmlElement) => d.para(b);
  const header = [
    ...blocks.slice(0, firstTable).map(paraOf),
    ...d.cells(blocks[firstTable]).flatMap((c) => d.paras(c)),
  ];
  const top = blocks.slice(firstTable + 1).filter((b) => b.nodeName === 'w:p').map(paraOf);
  const closing = blocks.filter((b) => b.nodeName === 'w:tbl').find((t) => d.cells(t).length === 2 && d.paras(d.cells(t)[1]).some((p) => p.style === 'VtSignerName'))!;
  const [left, right] = d.cells(closing);
  return {
    header: header.map(docxLine),
    title: top.filter((p) => TITLE_STYLES.includes(p.style ?? '')).map(docxLine),
    recipients: d.paras(left, true).filter((p) => p.style !== 'VtBrace').map(docxLine),
    signature: d.paras(right).map(docxLine),
    appendix: top.filter((p) => APPENDIX_STYLES.includes(p.style ?? '')).map(docxLine),
  };
}

/** The locked parts' lines of the page view: every `data-role` element of each part's print, in order. */
function viewLines(p: Page): Promise<PartLines> {
  return p.locator('.compose-work .vt-doc').evaluate((doc) => {
    const lines = (part: string) => [...doc.querySelectorAll(`.vt-part-${part} .vt-print [data-role]`)].map((e) => {
        if (e.getAttribute('data-role') === 'rule') return 'rule: ';
        const c = [...e.classList].find((k) => k.startsWith('vt-c-'))!.slice(5);
        const label = e.querySelector('[data-label]');
        const text = label ? `${label.textContent}\t${e.textContent!.slice(label.textContent!.length)}` : e.textContent;
        return `${c}: ${text}`;
      });
    return { header: lines('header'), title: lines('title'), signature: lines('signature'), recipients: lines('recipients'), appendix: lines('appendix') };
  });
}

/** The draft as the host saved it, exported to DOCX here by the exporter itself. */
async function exported(p: Page, id: string): Promise<Uint8Array> {
  const draft = await p.evaluate((i) => window.vanthu.drafts.get({ id: i }).then((r) => r.draft), id);
  return exportDocx(draft as Draft);
}

/** Back to the drafts list. */
async function backHome(p: Page): Promise<void> {
  await p.getByRole('button', { name: '← Danh sách dự thảo' }).click();
  await p.locator('.compose-home').waitFor();
}

const templates = listTemplates();

test('there are the 14 templates', () => {
  expect(templates).toHaveLength(14);
});

for (const t of templates) {
  test(`${t.id}: the DOCX and the page view print the same lines in each locked part`, async () => {
    const id = await newDraft(page, t.id);
    const view = await viewLines(page);
    const docx = docxLines(await exported(page, id));
    expect(view).toEqual(docx);
    // Every part prints something, and the header has its fixed lines.
    for (const part of ['header', 'signature', 'recipients'] as const) expect(view[part].length).toBeGreaterThan(2);
    expect(view.header).toContain('partyTitle: ĐẢNG CỘNG SẢN VIỆT NAM');
    if (t.id === 'cong-van' || t.id === 'to-trinh') await screen(page, `layout-parity-${t.id}`);
    await backHome(page);
  });
}

test('with a draft mark, a circulation line, secrecy, urgency and an appendix: the same lines, the mark first', async () => {
  const id = await newDraft(page, 'to-trinh');
  await page.locator('[data-open="header"]').click();
  const form = page.locator('[data-form="header"]');
  await form.locator('[data-field="draftMark"]').fill('DỰ THẢO LẦN 2');
  await form.locator('[data-field="circulation"]').fill('TÀI LIỆU HỘI NGHỊ');
  await form.locator('[data-field="secrecy"]').selectOption('MẬT');
  await form.locator('[data-field="urgency"]').selectOption('KHẨN');
  await form.locator('.vt-done').click();
  await page.getByRole('button', { name: 'Thêm phụ lục' }).click();
  await expect(page.locator('[data-part="appendix"]')).toHaveCount(1);
  const view = await viewLines(page);
  expect(view.header.slice(0, 2)).toEqual(['draftMark: DỰ THẢO LẦN 2', 'circulation: TÀI LIỆU HỘI NGHỊ']);
  expect(view.header).toEqual(expect.arrayContaining(['mark: MẬT', 'mark: KHẨN']));
  expect(view.title.at(-1)).toMatch(/^salutation: Kính gửi:\t/u);
  expect(view.appendix).toEqual(['appendixLabel: PHỤ LỤC']);
  // The autosave has the marks once the saved draft prints them.
  await expect.poll(async () => docxLines(await exported(page, id)).header.slice(0, 2), { timeout: 15_000 }).toEqual(view.header.slice(0, 2));
  await expect.poll(async () => docxLines(await exported(page, id)), { timeout: 15_000 }).toEqual(view);
  if (await page.locator('[data-part="header"].open').count()) await page.locator('[data-form="header"] [data-field="draftMark"]').press('Escape');
  await page.locator('[data-part="header"]').scrollIntoViewIfNeeded();
  await screen(page, 'layout-parity-header');
  await backHome(page);
});

test("a công văn's summary, printed in the header, opens the title's form and follows its edits", async () => {
  const id = await newDraft(page, 'cong-van');
  const printed = page.locator('[data-part="header"] [data-role="letter-summary"]');
  await printed.click();
  const field = page.locator('[data-form="title"] [data-field="summary"]');
  await expect(field).toBeFocused();
  await field.fill('về số liệu lưu trữ\nquý IV năm 2026');
  await field.press('Tab');
  await expect(printed).toHaveText('về số liệu lưu trữ\nquý IV năm 2026');
  await page.locator('[data-form="title"] .vt-done').click();
  const view = await viewLines(page);
  await expect.poll(async () => docxLines(await exported(page, id)), { timeout: 15_000 }).toEqual(view);
  await backHome(page);
});
