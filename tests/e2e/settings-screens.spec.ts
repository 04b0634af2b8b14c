/**
 * The clerk's settings screens of issue #11 in Chromium: the layout guide pinned to HD 36 with the
 * first-line indent overridden (a new draft's page view and DOCX use it), the Nơi nhận address book
 * (a group set as Kết luận's default: a new Kết luận starts with its lines), and the drafts list
 * above the template gallery. Screenshots of each screen at 1366×768.
 */
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { profileForDate } from '../../common/profile/index';
import { todayIso } from '../../common/rules/date-line';
import { ownHost, setUp } from './compose-helpers';
import { screen } from './helpers';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  const env = await ownHost();
  const context = await browser.newContext();
  page = await context.newPage();
  await setUp(page, env.host.launchUrl());
  close = async () => { await context.close(); await env.close(); };
});

test.afterAll(() => close());

async function go(label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
  await expect(page.locator('#screen-title')).toHaveText(label);
}

async function settingsTab(name: string): Promise<void> {
  await go('Danh mục / Cài đặt');
  await page.getByRole('tab', { name }).click();
}

/** The compose home (leaving the editor when a draft is open). */
async function home(): Promise<void> {
  await go('Soạn thảo');
  const back = page.getByRole('button', { name: '← Danh sách dự thảo' });
  if (await back.isVisible()) await back.click();
  await expect(page.getByRole('heading', { name: 'Tạo văn bản mới từ mẫu' })).toBeVisible();
}

/** Creates a draft from the gallery; returns its id once the editor shows it. */
async function newDraft(templateId: string): Promise<string> {
  await home();
  const before = await page.evaluate(async () => (await window.vanthu.drafts.list({})).map((d) => d.id));
  await page.locator(`[data-template="${templateId}"]`).click();
  await expect(page.locator('.compose-work .vt-doc')).toBeVisible();
  const after = await page.evaluate(async () => (await window.vanthu.drafts.list({})).map((d) => d.id));
  return after.find((id) => !before.includes(id))!;
}

/** The layout (pinned profile and override) a draft was created with. */
async function layoutOf(id: string): Promise<unknown> {
  return page.evaluate(async (d) => ((await window.vanthu.drafts.get({ id: d })).draft as { layout: unknown }).layout, id);
}

/** The w:ind of the Body paragraph style of a DOCX, in twips. */
async function bodyFirstLine(file: string): Promise<number> {
  const styles = strFromU8(unzipSync(fs.readFileSync(file))['word/styles.xml']);
  const body = styles.split('</w:style>').find((s) => /w:styleId="VtBody"/.test(s)) ?? '';
  return Number(/<w:ind [^>]*w:firstLine="(\d+)"/.exec(body)?.[1]);
}

async function exportedFirstLine(id: string): Promise<number> {
  await home();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Xuất DOCX' }).click(),
  ]);
  return bodyFirstLine((await download.path())!);
}

test('Thể thức văn bản: pin HD 36, override the first-line indent; a new draft uses it, an older one keeps its copy', async () => {
  const older = await newDraft('nghi-quyet');
  await settingsTab('Thể thức văn bản');
  await expect(page.getByText('chỉ áp dụng cho dự thảo tạo mới')).toBeVisible();
  const indentRow = page.locator('tr[data-setting="styles.body.firstLineMm"]');
  await expect(indentRow).toContainText('12,7');
  await expect(indentRow).toContainText('1–1,27 cm');
  await screen(page, 'settings-layout');

  await page.getByLabel('Luôn dùng Hướng dẫn 36-HD/VPTW (2018)').check();
  await page.getByLabel('Thụt đầu dòng (mm)').fill('mười');
  await page.getByRole('button', { name: 'Lưu thể thức' }).click();
  await expect(page.getByRole('alert')).toContainText('Thụt đầu dòng (mm): phải là số');
  await page.getByLabel('Thụt đầu dòng (mm)').fill('45');
  await page.getByRole('button', { name: 'Lưu thể thức' }).click();
  await expect(page.getByRole('alert')).toContainText('Thụt đầu dòng (mm): phải là số từ 0 đến 30');
  await page.getByLabel('Thụt đầu dòng (mm)').fill('15');
  await page.getByRole('button', { name: 'Lưu thể thức' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
  await screen(page, 'settings-layout-saved');

  const id = await newDraft('nghi-quyet');
  const layout = await layoutOf(id);
  expect(layout).toMatchObject({ profile: 'hd36-2018', override: { styles: { body: { firstLineMm: 15 } } } });
  // The page view indents body paragraphs by 15 mm (CSS px: 96 per inch), the DOCX by 850 twips.
  const indent = await page.locator('.vt-body > p:not(.vt-dash)').first().evaluate((p) => parseFloat(getComputedStyle(p).textIndent));
  expect(indent).toBeCloseTo((15 * 96) / 25.4, 0);
  expect(await exportedFirstLine(id)).toBe(Math.round((15 * 1440) / 25.4));
  // The older draft keeps its copy: no pin, no override, so the guide in force today (undated draft).
  expect(await layoutOf(older)).toEqual({ profile: null, override: {} });
  expect(await exportedFirstLine(older)).toBe(Math.round((profileForDate(todayIso()).styles.body.firstLineMm! * 1440) / 25.4));
});

test('Nơi nhận: a group set as the default of Kết luận fills a new Kết luận', async () => {
  await settingsTab('Nơi nhận');
  // Filled from the organisation profile: its usual recipients and the superiors as a group.
  await expect(page.getByRole('list', { name: 'Các dòng nơi nhận' })).toContainText('Các ban xây dựng Đảng của Tỉnh ủy');
  await expect(page.getByRole('list', { name: 'Nhóm nơi nhận' })).toContainText('Cấp trên · để báo cáo');
  await page.getByLabel('Tên nhóm').fill('Các huyện ủy phía Bắc');
  await page.getByLabel('Mục đích gửi').fill('để thực hiện');
  await page.getByLabel('Các dòng nơi nhận của nhóm').fill('Huyện ủy Hoa Lư\n- Huyện ủy Gia Viễn,\n');
  await page.getByRole('button', { name: 'Thêm nhóm' }).click();
  await expect(page.locator('li[data-group="Các huyện ủy phía Bắc"]')).toContainText('Huyện ủy Hoa Lư; Huyện ủy Gia Viễn');

  await page.getByLabel('Loại văn bản').selectOption({ label: 'Kết luận' });
  const add = async (label: string) => {
    await page.getByLabel('Thêm vào nơi nhận mặc định').selectOption({ label });
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  };
  await add('Cấp trên');
  await add('Các huyện ủy phía Bắc');
  await add('Các đảng ủy trực thuộc Tỉnh ủy');
  const defaults = page.getByRole('list', { name: 'Nơi nhận mặc định' });
  await expect(defaults.getByRole('listitem')).toHaveText([/Nhóm: Cấp trên \(để báo cáo\)/, /Nhóm: Các huyện ủy phía Bắc \(để thực hiện\)/, /Các đảng ủy trực thuộc Tỉnh ủy/]);
  await screen(page, 'settings-recipients');

  const id = await newDraft('ket-luan');
  const items = await page.evaluate(async (d) => {
    type Node = { type: string; attrs?: { items?: unknown }; content?: Node[] };
    const find = (n: Node): unknown => (n.type === 'recipients' ? n.attrs?.items : n.content?.map(find).find(Boolean));
    return find(((await window.vanthu.drafts.get({ id: d })).draft as { doc: Node }).doc);
  }, id);
  expect(items).toEqual([
    { lines: ['Ban Bí thư Trung ương Đảng', 'Văn phòng Trung ương Đảng'], purpose: 'để báo cáo' },
    { lines: ['Huyện ủy Hoa Lư', 'Huyện ủy Gia Viễn'], purpose: 'để thực hiện' },
    { lines: ['Các đảng ủy trực thuộc Tỉnh ủy'], purpose: '' },
  ]);
  await page.locator('.vt-doc').getByText('Huyện ủy Gia Viễn').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.vt-doc').getByText('Huyện ủy Gia Viễn').first()).toBeVisible();
  await screen(page, 'settings-recipients-new-ket-luan');
  // The Nơi nhận form offers the address book's lines as the clerk types a line.
  await page.locator('[data-open="recipients"]').click();
  await expect(page.locator('[data-form="recipients"] input[data-line]').first()).toHaveAttribute('list', 'vt-recipient-book');
  await expect(page.locator('#vt-recipient-book option[value="Các ban xây dựng Đảng của Tỉnh ủy"]')).toHaveCount(1);
});

test('Soạn thảo: the drafts list comes before the template gallery', async () => {
  await home();
  const drafts = await page.getByRole('heading', { name: 'Dự thảo', exact: true }).boundingBox();
  const gallery = await page.getByRole('heading', { name: 'Tạo văn bản mới từ mẫu' }).boundingBox();
  expect(drafts && gallery && drafts.y < gallery.y).toBe(true);
  // The three drafts of the tests above, newest first.
  await expect(page.getByRole('list', { name: 'Danh sách dự thảo' }).getByRole('listitem')).toHaveCount(3);
  await screen(page, 'compose-home-drafts-first');
});
