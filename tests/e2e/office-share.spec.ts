/**
 * The office flow's screens by role, and sharing a draft, on the office server with its registry on
 * a real PostgreSQL (issue 14 item 4): a chuyên viên's issue panel has no Trình ký (the lãnh đạo's
 * step; the server refuses it to them) and points to Trình duyệt; the chuyên viên shares one draft
 * with the other chuyên viên (Chia sẻ), the other chuyên viên finds it in the list marked shared and
 * whose it is, opens it without a share button, is refused when sharing it by the API, and never
 * sees the unshared draft; stopping the share takes it out of their list. A lãnh đạo opening the
 * submitted draft gets Duyệt and Trả lại (no Trình ký, no Cấp số); a văn thư opening the approved
 * one gets Cấp số & đăng ký (no Rút lại). Screens at 1366×768 in test-results/screens/office-share-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { initServer } from '../../main/server/certificate';
import { serverFiles } from '../../main/server/files';
import { startServer, type OfficeServer } from '../../main/server/https';
import { saveServerSettings } from '../../main/server/settings';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { PASSWORD, seedAccounts } from '../main/server/accounts-fixture';
import { draftDated, go } from './desk-helpers';
import { screen } from './helpers';

test.describe.configure({ mode: 'serial' });

const rendererDir = path.resolve(process.env.VANTHU_E2E_RENDERER_DIR ?? 'dist/renderer');
let dir: string;
let postgres: TestPostgres;
let server: OfficeServer;
const contexts: BrowserContext[] = [];
const pages: Record<string, Page> = {};
const drafts: Record<'shared' | 'own', string> = { shared: '', own: '' };

/** A browser context of its own for `userName`, signed in through the login page. */
async function signIn(browser: Browser, userName: string): Promise<Page> {
  // The self-signed certificate is accepted as a user would after comparing its fingerprint.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`https://127.0.0.1:${server.port}/`);
  await page.getByLabel('Tên đăng nhập').fill(userName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForFunction(() => !!window.vanthu);
  return page;
}

/** The drafts list of Soạn thảo, read again (going through another section reloads it). */
async function draftsList(p: Page) {
  await go(p, 'Hàng chờ');
  await go(p, 'Soạn thảo');
  return p.getByRole('list', { name: 'Danh sách dự thảo' });
}

/** Opens draft `id` from the drafts list. */
async function openFromList(p: Page, id: string): Promise<void> {
  const list = await draftsList(p);
  await list.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(p.locator(`.compose-work[data-draft="${id}"] .vt-doc`)).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  postgres = await startPostgres('vanthu_share');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-share-e2e-'));
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  saveServerSettings(serverFiles(dir).settings, { listen: { host: '127.0.0.1', port: 8443 }, database: postgres.url });
  server = await startServer({ dir, rendererDir, port: 0, host: '127.0.0.1' });
  await seedAccounts(server.accounts.service, { chuyenvien: ['chuyen-vien'], chuyenvien2: ['chuyen-vien'], lanhdao: ['lanh-dao'], vanthu1: ['van-thu'] });
  pages.admin = await signIn(browser, 'quantri');
  const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
  await pages.admin.evaluate((o) => window.vanthu.settings.saveOrganisation({ organisation: o as never, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } }), org);
  for (const user of ['chuyenvien', 'chuyenvien2', 'lanhdao', 'vanthu1']) pages[user] = await signIn(browser, user);
});

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.close();
  postgres?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('a chuyên viên\'s issue panel has no Trình ký; they share one draft, and the state is shown', async () => {
  test.setTimeout(120_000);
  const cv = pages.chuyenvien;
  drafts.shared = await draftDated(cv, 'ket-luan', '2026-11-20');
  drafts.own = await draftDated(cv, 'bao-cao', '2026-11-20');
  await openFromList(cv, drafts.shared);
  await expect(cv.locator('.vt-check-sum')).toHaveAttribute('data-errors', '0');
  await expect(cv.getByRole('button', { name: 'Trình duyệt' })).toBeEnabled();
  const panel = cv.getByLabel('Trình ký và cấp số');
  await expect(panel.getByTestId('issue-drafter-note')).toContainText('Trình duyệt');
  await expect(cv.getByRole('button', { name: 'Trình ký', exact: true })).toHaveCount(0);
  await expect(cv.getByRole('button', { name: 'Cấp số & đăng ký' })).toHaveCount(0);
  await screen(cv, 'office-share-issue-panel-chuyen-vien');

  const share = cv.getByLabel('Chia sẻ dự thảo');
  await expect(share).toContainText('Của bạn');
  await expect(share.getByRole('status')).toContainText('Chưa chia sẻ');
  await share.getByRole('button', { name: 'Chia sẻ với các chuyên viên' }).click();
  await expect(share.getByRole('status')).toHaveText('Đã chia sẻ với các chuyên viên');
  await expect(share.getByRole('button', { name: 'Thôi chia sẻ' })).toBeVisible();
  await screen(cv, 'office-share-control');

  // The owner's list: both drafts are theirs, only one is marked shared.
  const list = await draftsList(cv);
  await expect(list.locator(`li[data-draft="${drafts.shared}"] .row-sub`)).toContainText('Của bạn · Đã chia sẻ');
  await expect(list.locator(`li[data-draft="${drafts.own}"] .row-sub`)).toContainText('Của bạn');
  await expect(list.locator(`li[data-draft="${drafts.own}"] [data-shared]`)).toHaveCount(0);
});

test('the other chuyên viên sees the shared draft (whose, marked shared), not the unshared one, and cannot change its sharing', async () => {
  test.setTimeout(90_000);
  const cv2 = pages.chuyenvien2;
  const list = await draftsList(cv2);
  const row = list.locator(`li[data-draft="${drafts.shared}"]`);
  await expect(row.locator('.row-sub')).toContainText('Của chuyenvien · Đã chia sẻ');
  await expect(list.locator(`li[data-draft="${drafts.own}"]`)).toHaveCount(0);
  await screen(cv2, 'office-share-list-other');
  await openFromList(cv2, drafts.shared);
  const share = cv2.getByLabel('Chia sẻ dự thảo');
  await expect(share).toContainText('Của chuyenvien');
  await expect(share.getByRole('status')).toHaveText('Đã chia sẻ với các chuyên viên');
  await expect(share.getByRole('button')).toHaveCount(0);
  // The server refuses both, in Vietnamese: not their draft; a draft they do not see.
  const refusals = await cv2.evaluate(async (d) => Promise.all([d.shared, d.own].map((id) => window.vanthu.drafts.share({ id, shared: false })
    .then(() => 'ok', (e: Error) => e.message))), drafts);
  expect(refusals[0]).toContain('Chỉ người soạn (chuyenvien) hoặc quản trị được chia sẻ');
  expect(refusals[1]).toContain('chưa được chia sẻ');
  await go(cv2, 'Hàng chờ'); // closes the draft (its edit lease) before the owner works on it again
});

test('the lãnh đạo gets Duyệt and Trả lại on the submitted draft, the văn thư Cấp số on the approved one; stopping the share hides it', async () => {
  test.setTimeout(150_000);
  const cv = pages.chuyenvien;
  const ld = pages.lanhdao;
  const vt = pages.vanthu1;
  await openFromList(cv, drafts.own);
  await cv.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(cv.locator('.flow-state')).toHaveText('Chờ duyệt');
  await go(cv, 'Hàng chờ');

  await openFromList(ld, drafts.own);
  await expect(ld.getByRole('button', { name: 'Duyệt', exact: true })).toBeVisible();
  await expect(ld.getByRole('button', { name: 'Trả lại…' })).toBeVisible();
  await expect(ld.getByRole('button', { name: 'Trình ký', exact: true })).toHaveCount(0);
  await expect(ld.getByRole('button', { name: 'Cấp số & đăng ký' })).toHaveCount(0);
  await expect(ld.getByLabel('Chia sẻ dự thảo').getByRole('button')).toHaveCount(0);
  await ld.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(ld.locator('.flow-state')).toHaveText('Chờ cấp số');
  await go(ld, 'Hàng chờ');

  await openFromList(vt, drafts.own);
  await expect(vt.getByRole('button', { name: 'Cấp số & đăng ký' })).toBeVisible();
  await expect(vt.getByRole('button', { name: 'Rút lại để sửa' })).toHaveCount(0);
  await expect(vt.getByRole('button', { name: 'Trình ký', exact: true })).toHaveCount(0);
  await screen(vt, 'office-share-issue-panel-van-thu');
  await go(vt, 'Hàng chờ');

  // The owner stops sharing: the other chuyên viên's list no longer has the draft.
  await openFromList(cv, drafts.shared);
  const share = cv.getByLabel('Chia sẻ dự thảo');
  await share.getByRole('button', { name: 'Thôi chia sẻ' }).click();
  await expect(share.getByRole('status')).toContainText('Chưa chia sẻ');
  const list = await draftsList(pages.chuyenvien2);
  await expect(pages.chuyenvien2.getByText('Chưa có dự thảo nào.')).toBeVisible(); // the list has been read: it is empty
  await expect(list.locator(`li[data-draft="${drafts.shared}"]`)).toHaveCount(0);
});
