/**
 * The office server's PostgreSQL stops mid-work (issue 14): a chuyên viên types in a draft; the
 * test's own PostgreSQL cluster is stopped at once (pg_ctl stop -m immediate); the page says the
 * server cannot be reached and is trying again, the editor keeps the text, more typing is kept
 * too; PostgreSQL is started again, the autosave's retries get through and the page says saved
 * with no banner; a reload shows all the text, from the server. The server runs on loopback over
 * real TLS with its registry and accounts on that PostgreSQL (server.json's connection string).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
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
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  postgres = await startPostgres('vanthu_outage');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-outage-e2e-'));
  await initServer({ dir, name: 'may-chu-vp', ips: [] });
  saveServerSettings(serverFiles(dir).settings, { listen: { host: '127.0.0.1', port: 8443 }, database: postgres.url });
  server = await startServer({ dir, rendererDir, port: 0, host: '127.0.0.1' });
  await seedAccounts(server.accounts.service, { chuyenvien: ['chuyen-vien'] });
  // The self-signed certificate is accepted as a user would after comparing its fingerprint.
  context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  const signIn = async (userName: string) => {
    await page.goto(`https://127.0.0.1:${server.port}/`);
    await page.getByLabel('Tên đăng nhập').fill(userName);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForFunction(() => !!window.vanthu);
  };
  // The quản trị declares the organisation, then the chuyên viên signs in.
  await signIn('quantri');
  const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8'));
  await page.evaluate((o) => window.vanthu.settings.saveOrganisation({ organisation: o as never, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } }), org);
  await page.evaluate(() => fetch('/api/logout', { method: 'POST', headers: { 'X-Vanthu': '1' } }));
  await signIn('chuyenvien');
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
  postgres?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Types `text` at the end of the draft's first body paragraph. */
async function typeAtEnd(text: string): Promise<void> {
  await page.locator('.compose-work .vt-body p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

test('PostgreSQL stopped while typing: the page says the server is unreachable, keeps the text, and saves it when the database is back', async () => {
  test.setTimeout(300_000);
  const id = await draftDated(page, 'bao-cao', '2026-11-20');
  await go(page, 'Hàng chờ');
  await go(page, 'Soạn thảo');
  await page.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.locator(`.compose-work[data-draft="${id}"] .vt-doc`)).toBeVisible();
  await typeAtEnd(' Câu trước khi mất cơ sở dữ liệu.');
  await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 30_000 });

  postgres.kill(); // pg_ctl stop -m immediate on the test's own cluster
  await typeAtEnd(' Câu gõ khi máy chủ mất liên lạc.');
  const banner = page.locator('#office-unreachable');
  await expect(banner).toContainText('Máy chủ văn phòng không liên lạc được với cơ sở dữ liệu của nó', { timeout: 30_000 });
  await expect(banner).toContainText('vanthu đang thử lại và tự lưu khi máy chủ hoạt động lại');
  await expect(page.locator('[data-save-failed]')).toContainText('được lưu ngay khi máy chủ hoạt động lại');
  await expect(page.locator('.compose-work .vt-body')).toContainText('Câu gõ khi máy chủ mất liên lạc.');
  await screen(page, 'office-outage-database-down');
  // More typing while it is down: kept too, and still not saved.
  await typeAtEnd(' Câu thứ hai lúc mất liên lạc.');
  await page.waitForTimeout(4000); // at least one retry of the autosave fails meanwhile
  await expect(banner).toBeVisible();
  await expect(page.locator('.compose-save')).not.toContainText('Đã lưu');

  postgres.restart();
  await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 60_000 });
  await expect(banner).toHaveCount(0);
  await expect(page.locator('[data-save-failed]')).toHaveCount(0);
  await screen(page, 'office-outage-saved-again');

  // Everything typed is on the server: a reload (nothing from this window's memory) shows it all.
  await page.evaluate(() => localStorage.clear()); // no recovery copy of this browser may stand in for the server's
  await page.reload();
  await page.waitForFunction(() => !!window.vanthu);
  await go(page, 'Hàng chờ');
  await go(page, 'Soạn thảo');
  await page.locator(`li[data-draft="${id}"]`).getByRole('button', { name: 'Mở', exact: true }).click();
  const body = page.locator(`.compose-work[data-draft="${id}"] .vt-body`);
  for (const sentence of ['Câu trước khi mất cơ sở dữ liệu.', 'Câu gõ khi máy chủ mất liên lạc.', 'Câu thứ hai lúc mất liên lạc.']) {
    await expect(body, sentence).toContainText(sentence);
  }
  const stored = JSON.stringify((await page.evaluate((d) => window.vanthu.drafts.get({ id: d }), id)).draft);
  for (const sentence of ['Câu trước khi mất cơ sở dữ liệu.', 'Câu gõ khi máy chủ mất liên lạc.', 'Câu thứ hai lúc mất liên lạc.']) {
    expect(stored, sentence).toContain(sentence);
  }
});
