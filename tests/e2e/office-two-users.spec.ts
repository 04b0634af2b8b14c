/**
 * The office server in Chromium with people signed in under their own accounts (issue 14, items 3
 * and 4): the server runs on loopback over real TLS; each person is a browser context of their
 * own, signed in through the login page. A chuyên viên drafts and submits (Trình duyệt); the lãnh
 * đạo văn phòng finds it in Chờ duyệt and returns it with a comment; the chuyên viên reads the
 * comment, edits and submits again; the lãnh đạo approves; the văn thư numbers it (Cấp số) and it is
 * in the outgoing register with its number; the audit log names each of them. While the chuyên
 * viên holds a draft open that they shared (Chia sẻ), a second chuyên viên sees it read-only with the
 * holder's name; the lãnh đạo does not see it before it is submitted. When the chuyên
 * viên's session ends while typing, the autosave's 401 shows a banner, the text stays, and after
 * signing in again in a new tab the next autosave stores it. The quản trị's Tài khoản screen is
 * shown at 1366×768.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { initServer } from '../../main/server/certificate';
import { startServer, type OfficeServer } from '../../main/server/https';
import { PASSWORD, seedAccounts } from '../main/server/accounts-fixture';
import { draftDated, go } from './desk-helpers';
import { screen } from './helpers';

test.describe.configure({ mode: 'serial' });

const rendererDir = path.resolve(process.env.VANTHU_E2E_RENDERER_DIR ?? 'dist/renderer');
let dir: string;
let server: OfficeServer;
const contexts: BrowserContext[] = [];
const pages: Record<string, Page> = {};

/** A browser context of its own for `userName`, signed in through the login page. */
async function signIn(browser: Browser, userName: string): Promise<Page> {
  // The self-signed certificate is accepted as a user would after comparing its fingerprint.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`https://127.0.0.1:${server.port}/`);
  await page.getByLabel('Tên đăng nhập').fill(userName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  if (userName === 'quantri') await screen(page, 'office-login');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForFunction(() => !!window.vanthu);
  return page;
}

/** Opens draft `id` from Soạn thảo's list (going through another section reloads the list). */
async function openFromList(p: Page, id: string): Promise<void> {
  await go(p, 'Hàng chờ');
  await go(p, 'Soạn thảo');
  await p.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(p.locator(`.compose-work[data-draft="${id}"] .vt-doc`)).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-office-e2e-'));
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  server = await startServer({ dir, rendererDir, port: 0, host: '127.0.0.1' });
  await seedAccounts(server.accounts.service, { chuyenvien: ['chuyen-vien'], chuyenvien2: ['chuyen-vien'], lanhdao: ['lanh-dao'], vanthu1: ['van-thu'] });
  pages.admin = await signIn(browser, 'quantri');
  const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
  await pages.admin.evaluate((o) => window.vanthu.settings.saveOrganisation({ organisation: o as never, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } }), org);
  await pages.admin.reload();
  await expect(pages.admin.getByTestId('nav-user')).toContainText('Quản trị viên');
  for (const user of ['chuyenvien', 'chuyenvien2', 'lanhdao', 'vanthu1']) {
    pages[user] = await signIn(browser, user);
    await expect(pages[user].getByTestId('nav-user')).toContainText(`Người dùng ${user}`);
  }
});

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the quản trị\'s Tài khoản screen lists the accounts, creates one and shows its one-time password once', async () => {
  const admin = pages.admin;
  await go(admin, 'Tài khoản');
  const list = admin.getByRole('list', { name: 'Tài khoản' });
  await expect(list.locator('li[data-account]')).toHaveCount(5);
  await expect(list.locator('li[data-account="lanhdao"]')).toContainText('Lãnh đạo văn phòng · Đang hoạt động');
  await expect(list.locator('li[data-account="quantri"]').getByRole('button', { name: 'Khóa' })).toHaveCount(0); // not one's own account
  const form = admin.getByRole('form', { name: 'Tạo tài khoản' });
  await form.getByLabel('Tên đăng nhập').fill('tran.thi.c');
  await form.getByLabel('Họ và tên').fill('Trần Thị C');
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByTestId('one-time-password').locator('.otp')).toHaveText(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
  await expect(list.locator('li[data-account="tran.thi.c"]')).toContainText('Chuyên viên · Chờ đổi mật khẩu dùng một lần');
  await screen(admin, 'office-accounts');
  await admin.getByRole('button', { name: 'Đã ghi lại' }).click();
  await expect(admin.getByTestId('one-time-password')).toHaveCount(0);
  // Nobody else has the screen.
  await expect(pages.chuyenvien.getByRole('navigation').getByRole('button', { name: 'Tài khoản', exact: true })).toHaveCount(0);
});

test('chuyên viên submits, lãnh đạo returns with a comment, resubmit, approve, văn thư numbers — each under their own name', async () => {
  test.setTimeout(300_000);
  const cv = pages.chuyenvien;
  const ld = pages.lanhdao;
  const vt = pages.vanthu1;
  const id = await draftDated(cv, 'nghi-quyet', '2026-11-20');
  await openFromList(cv, id);
  await expect(cv.locator('.vt-check-sum')).toHaveAttribute('data-errors', '0');
  await cv.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(cv.locator('.flow-state')).toHaveText('Chờ duyệt');

  // The lãnh đạo's Chờ duyệt: Trả lại with a comment.
  await go(ld, 'Soạn thảo');
  await go(ld, 'Hàng chờ');
  const pending = ld.locator('[data-queue="pending"]');
  await expect(pending.locator(`li[data-draft="${id}"]`)).toContainText('chuyenvien');
  await pending.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Trả lại…' }).click();
  await pending.getByLabel('Ý kiến trả lại').fill('Bổ sung căn cứ Điều lệ Đảng vào phần mở đầu.');
  await pending.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await expect(pending.locator(`li[data-draft="${id}"]`)).toHaveCount(0);

  // The chuyên viên sees the comment in Bị trả lại, edits and submits again.
  await go(cv, 'Soạn thảo');
  await go(cv, 'Hàng chờ');
  const returned = cv.locator('[data-queue="returned"]');
  await expect(returned.locator(`li[data-draft="${id}"] [data-flow-comment]`)).toHaveText('Ý kiến: “Bổ sung căn cứ Điều lệ Đảng vào phần mở đầu.”');
  await screen(cv, 'office-two-users-returned');
  await returned.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở để sửa' }).click();
  await expect(cv.locator('[data-flow-returned] [data-flow-comment]')).toHaveText('Bổ sung căn cứ Điều lệ Đảng vào phần mở đầu.');
  await cv.locator('.compose-work .vt-body p').first().click();
  await cv.keyboard.press('End');
  await cv.keyboard.type(' Căn cứ Điều lệ Đảng.');
  await expect(cv.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 15_000 });
  await cv.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(cv.locator('.flow-state')).toHaveText('Chờ duyệt');

  // The lãnh đạo approves.
  await go(ld, 'Soạn thảo');
  await go(ld, 'Hàng chờ');
  await pending.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(pending.locator(`li[data-draft="${id}"]`)).toHaveCount(0);

  // The văn thư numbers it from Chờ cấp số; it is in the outgoing register with that number.
  await go(vt, 'Soạn thảo');
  await go(vt, 'Hàng chờ');
  const approved = vt.locator('[data-queue="approved"]');
  await approved.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở để cấp số' }).click();
  await expect(vt.locator('.flow-state')).toHaveText('Chờ cấp số');
  await vt.getByRole('button', { name: 'Cấp số & đăng ký' }).click();
  await expect(vt.locator('[data-number]')).toHaveText('01-NQ/TU', { timeout: 180_000 });
  await go(vt, 'Văn bản đi');
  await expect(vt.locator('.content')).toContainText('01-NQ/TU');
  await screen(vt, 'office-two-users-register');

  // The audit log names each person at their step.
  const audit = await ld.evaluate(async (d) => (await window.vanthu.registry.deskAudit({ limit: 100 })).events
    .filter((r) => r.entityId === d || r.summary.includes('01-NQ/TU')).map((r) => `${r.user} ${r.action}`), id);
  expect(audit).toEqual(expect.arrayContaining([
    'chuyenvien draft.submit-review', 'lanhdao draft.return', 'lanhdao draft.approve', expect.stringMatching(/^vanthu1 /),
  ]));
});

test('while the chuyên viên holds a shared draft open, the other chuyên viên sees it read-only with the holder\'s name', async () => {
  test.setTimeout(90_000);
  const cv = pages.chuyenvien;
  const cv2 = pages.chuyenvien2;
  const ld = pages.lanhdao;
  const id = await draftDated(cv, 'ket-luan', '2026-11-20');
  await openFromList(cv, id);
  await expect(cv.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'true');
  // Not submitted: the lãnh đạo's list does not have it (they see drafts once they enter the flow).
  await go(ld, 'Hàng chờ');
  await go(ld, 'Soạn thảo');
  await expect(ld.locator('li[data-draft]').first()).toBeVisible(); // the list is read (the numbered draft of the test before is in it)
  await expect(ld.locator(`li[data-draft="${id}"]`)).toHaveCount(0);
  const share = cv.getByLabel('Chia sẻ dự thảo');
  await share.getByRole('button', { name: 'Chia sẻ với các chuyên viên' }).click();
  await expect(share.getByRole('status')).toHaveText('Đã chia sẻ với các chuyên viên');
  await openFromList(cv2, id);
  await expect(cv2.locator('[data-flow-readonly]')).toContainText('chuyenvien');
  await expect(cv2.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'false');
  await screen(cv2, 'office-two-users-readonly');
});

test('a session ended while typing: the autosave\'s 401 shows a banner, the text stays and is saved after signing in again', async () => {
  test.setTimeout(180_000);
  const cv = pages.chuyenvien;
  const id = await draftDated(cv, 'bao-cao', '2026-11-20');
  await openFromList(cv, id);
  // The quản trị disables and enables the account: every session of it ends.
  await pages.admin.evaluate(async () => {
    const who = (await window.vanthu.settings.accountList()).find((a) => a.userName === 'chuyenvien');
    await window.vanthu.settings.accountDisable({ id: who!.id });
    await window.vanthu.settings.accountEnable({ id: who!.id });
  });
  await cv.locator('.compose-work .vt-body p').first().click();
  await cv.keyboard.press('End');
  await cv.keyboard.type(' Câu gõ khi phiên đã hết.');
  const banner = cv.locator('#session-ended');
  await expect(banner).toContainText('Phiên đăng nhập đã hết hạn', { timeout: 15_000 });
  await expect(cv.locator('.compose-work .vt-body')).toContainText('Câu gõ khi phiên đã hết.');
  await screen(cv, 'office-two-users-session-ended');
  const tab = await cv.context().newPage();
  await tab.goto(`https://127.0.0.1:${server.port}/`);
  await tab.getByLabel('Tên đăng nhập').fill('chuyenvien');
  await tab.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await tab.getByRole('button', { name: 'Đăng nhập' }).click();
  await tab.waitForFunction(() => !!window.vanthu);
  await tab.close();
  await cv.locator('.compose-work .vt-body p').first().click();
  await cv.keyboard.press('End');
  await cv.keyboard.type(' Tiếp.');
  await expect(cv.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 45_000 });
  await expect(banner).toHaveCount(0);
  // Both what was typed while signed out and what came after are stored.
  await expect.poll(async () => {
    const text = JSON.stringify((await cv.evaluate((d) => window.vanthu.drafts.get({ id: d }), id)).draft);
    return text.includes('Câu gõ khi phiên đã hết.') && text.includes(' Tiếp.');
  }, { timeout: 45_000 }).toBe(true);
});
