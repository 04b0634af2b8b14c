/**
 * The office flow through the UI in the single seat (issue 14 item 4): Trình duyệt in the editor,
 * Trả lại with a comment from Hàng chờ, the comment shown to the drafter, Trình duyệt again, Duyệt,
 * then Chờ cấp số leads to the existing Cấp số & đăng ký. Then two browser pages on one draft: the
 * second is read-only and told who holds it; after it takes over and saves, the first page's save is
 * refused with the conflict banner and its text is kept as a copy it can open.
 */
import { expect, test, type Page } from '@playwright/test';
import { openComposePage } from './compose-helpers';
import { draftDated, go, watchErrors } from './desk-helpers';
import { screen } from './helpers';

let env: Awaited<ReturnType<typeof openComposePage>>;
let page: Page;
test.beforeAll(async ({ browser }) => {
  env = await openComposePage(browser);
  page = env.page;
});
test.afterAll(async () => env?.close());

/** Opens draft `id` from Soạn thảo's list (going through another section reloads the list). */
async function openFromList(p: Page, id: string): Promise<void> {
  await go(p, 'Hàng chờ');
  await go(p, 'Soạn thảo');
  await p.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(p.locator(`.compose-work[data-draft="${id}"] .vt-doc`)).toBeVisible();
}

test('submit, return with a comment, resubmit, approve, number — through the queues', async () => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  const id = await draftDated(page, 'nghi-quyet', '2026-11-20');
  await openFromList(page, id);
  await expect(page.locator('.vt-check-sum')).toHaveAttribute('data-errors', '0');
  await expect(page.locator('.flow-state')).toHaveText('Đang soạn');
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(page.locator('.flow-state')).toHaveText('Chờ duyệt');
  await expect(page.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: 'Cấp số & đăng ký' })).toHaveCount(0); // not before approval

  // The lãnh đạo's queue: Trả lại needs a comment.
  await go(page, 'Hàng chờ');
  const pending = page.locator('[data-queue="pending"]');
  await expect(pending.locator(`li[data-draft="${id}"]`)).toBeVisible();
  await pending.getByRole('button', { name: 'Trả lại…' }).click();
  const send = pending.getByRole('button', { name: 'Trả lại', exact: true });
  await expect(send).toBeDisabled();
  await pending.getByLabel('Ý kiến trả lại').fill('Bổ sung căn cứ Điều lệ Đảng vào phần mở đầu.');
  await screen(page, 'office-flow-return');
  await send.click();
  await expect(pending).toContainText('Không có dự thảo nào chờ duyệt.');
  const returned = page.locator('[data-queue="returned"]');
  await expect(returned.locator('[data-flow-comment]')).toHaveText('Ý kiến: “Bổ sung căn cứ Điều lệ Đảng vào phần mở đầu.”');
  await screen(page, 'office-flow-queues-returned');

  // The chuyên viên opens it: the comment is on the banner, the draft editable again; Trình duyệt again.
  await returned.getByRole('button', { name: 'Mở để sửa' }).click();
  await expect(page.locator('[data-flow-returned] [data-flow-comment]')).toHaveText('Bổ sung căn cứ Điều lệ Đảng vào phần mở đầu.');
  await expect(page.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'true');
  await screen(page, 'office-flow-returned-banner');
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(page.locator('.flow-state')).toHaveText('Chờ duyệt');

  // Duyệt from the queue; the văn thư's queue leads to the existing numbering.
  await go(page, 'Hàng chờ');
  await pending.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Duyệt', exact: true }).click();
  const approved = page.locator('[data-queue="approved"]');
  await expect(approved.locator(`li[data-draft="${id}"]`)).toBeVisible();
  await screen(page, 'office-flow-queues-approved');
  await approved.getByRole('button', { name: 'Mở để cấp số' }).click();
  await expect(page.locator('.flow-state')).toHaveText('Chờ cấp số');
  await page.getByRole('button', { name: 'Cấp số & đăng ký' }).click();
  await expect(page.locator('[data-number]')).toHaveText('01-NQ/TU', { timeout: 180_000 }); // DOCX, and PDF through LibreOffice where installed
  await go(page, 'Hàng chờ');
  await expect(approved).toContainText('Không có dự thảo nào chờ cấp số.');

  // The audit log names the user at each step, with the comment of the return.
  const audit = await page.evaluate(async (d) => (await window.vanthu.registry.deskAudit({ limit: 50 })).events
    .filter((r) => r.entity === 'draft' && r.entityId === d).map((r) => [r.action, r.user]), id);
  expect(audit.reverse().map(([action]) => action)).toEqual(['draft.submit-review', 'draft.return', 'draft.submit-review', 'draft.approve']);
  expect(new Set(audit.map(([, user]) => user)).size).toBe(1); // the single seat's one user, named on every row
  expect(audit[0][1]).not.toBe('');
  expect(errors).toEqual([]);
});

test('two pages on one draft: read-only with the holder, then a conflict kept as a copy', async () => {
  test.setTimeout(90_000);
  const id = await draftDated(page, 'ket-luan', '2026-11-20');
  await openFromList(page, id);
  await expect(page.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'true');

  const other = await page.context().newPage();
  await other.goto(env.url);
  await other.locator('.compose-home').waitFor();
  await openFromList(other, id);
  const banner = other.locator('[data-flow-readonly]');
  await expect(banner).toContainText(/Bản thảo đang do .+ sửa ở một cửa sổ khác \(đến \d\d:\d\d\)\./);
  await expect(other.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'false');
  await screen(other, 'office-flow-readonly');

  // The same user takes over in the second page and saves.
  await banner.getByRole('button', { name: 'Sửa ở cửa sổ này' }).click();
  await expect(other.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'true');
  await other.locator('.compose-work .vt-body p').last().click();
  await other.keyboard.press('End');
  await other.keyboard.type(' Câu của cửa sổ thứ hai.');
  await expect(other.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 10_000 });

  // The first page still shows its editor; what it types now cannot overwrite: kept as a copy.
  await page.locator('.compose-work .vt-body p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Câu của cửa sổ thứ nhất.');
  const conflict = page.locator('[data-flow-conflict]');
  await expect(conflict).toContainText(/Bản thảo đã được lưu bởi .+ lúc \d\d:\d\d; bản của bạn được giữ thành bản sao "/, { timeout: 10_000 });
  await expect(page.locator('.compose-work .vt-body')).toContainText('Câu của cửa sổ thứ hai.'); // the newer save, read-only
  await expect(page.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'false');
  await screen(page, 'office-flow-conflict');
  await conflict.getByRole('button', { name: 'Mở bản sao của bạn' }).click();
  await expect(page.locator('.compose-title')).toContainText('(bản của');
  await expect(page.locator('.compose-work .vt-body')).toContainText('Câu của cửa sổ thứ nhất.');
  await other.close();
});
