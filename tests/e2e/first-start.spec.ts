/**
 * First start in Chromium: the choice between working alone (default) and the office server;
 * the server's fingerprint shown as the server machine printed it, confirmed and kept after a
 * reload; a renewed certificate on the same address shown as possible impersonation, its old pin
 * removable only after ticking the administrator's confirmation; back to working alone.
 * The office server runs on loopback over real TLS (main/server/https.ts). The desktop app's
 * pieces that Chromium can show without Electron: the confirmed server's "Vào máy chủ văn phòng"
 * (with the preload's bridge stood in) and the local page shown when the server cannot be reached
 * (its script, under the app's CSP, with "Thử lại" and "Làm việc một mình").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startHost, type Host } from '../../main/host/server';
import { initServer } from '../../main/server/certificate';
import { startServer, type OfficeServer } from '../../main/server/https';
import { OFFICE_PAGE_PATHS, UNREACHABLE_SCRIPT, UNREACHABLE_STYLE, unreachableHtml } from '../../main/app/office-page';
import { CSP } from '../../main/app/window-options';
import { officeFile } from '../../main/server/trust-store';
import { screen } from './helpers';

test.describe.configure({ mode: 'serial' });

const rendererDir = path.resolve(process.env.VANTHU_E2E_RENDERER_DIR ?? 'dist/renderer');
const shots = process.env.VANTHU_E2E_SHOTS;
let temp: string;
let host: Host;
let server: OfficeServer;
let serverDir: string;
let context: BrowserContext;
let page: Page;

/** A screenshot under test-results/screens (and under VANTHU_E2E_SHOTS when set, to look at). */
async function shot(name: string): Promise<void> {
  await screen(page, name);
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

test.beforeAll(async ({ browser }) => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-first-start-'));
  host = await startHost({ dataDir: path.join(temp, 'workstation'), rendererDir });
  serverDir = path.join(temp, 'server');
  await initServer({ dir: serverDir, name: 'may-chu-vp', ips: [] });
  server = await startServer({ dir: serverDir, rendererDir, port: 0, host: '127.0.0.1' });
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', storageState: undefined });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
  await host?.close();
  fs.rmSync(temp, { recursive: true, force: true });
});

const address = () => `https://127.0.0.1:${server.port}`;

test('first start offers working alone (chosen) or the office server', async () => {
  await page.goto(host.launchUrl());
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với vanthu' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Làm việc một mình/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Kết nối máy chủ văn phòng/ })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Điền dữ liệu mẫu' })).toBeVisible();
  await shot('first-start-choice');
});

test('the office server: its fingerprint is shown as the server printed it, then confirmed', async () => {
  await page.getByRole('radio', { name: /Kết nối máy chủ văn phòng/ }).check();
  await page.getByLabel('Địa chỉ máy chủ').fill(address());
  await page.getByRole('button', { name: 'Kiểm tra máy chủ' }).click();
  await page.getByRole('button', { name: 'Không khớp – hủy' }).click();
  await expect(page.getByRole('alert')).toContainText('Đã hủy, không kết nối');
  expect(fs.existsSync(officeFile(host.ctx.dataDir))).toBe(false);
  await page.getByRole('button', { name: 'Kiểm tra máy chủ' }).click();
  const groups = page.getByTestId('server-fingerprint').locator('b');
  await expect(groups).toHaveText(server.certificate.short.split(' '));
  await expect(page.getByTestId('server-fingerprint-full')).toContainText(server.certificate.fingerprint);
  await expect(page.getByText('Chỉ xác nhận khi cả 8 nhóm đều trùng khớp')).toBeVisible();
  await shot('first-start-fingerprint');
  await page.getByRole('button', { name: 'Mã trùng khớp – xác nhận máy chủ' }).click();
  await expect(page.getByRole('heading', { name: 'Đã xác nhận máy chủ văn phòng' })).toBeVisible();
  const stored = JSON.parse(fs.readFileSync(officeFile(host.ctx.dataDir), 'utf8'));
  expect(stored).toMatchObject({ mode: 'server', server: address() });
  expect(stored.trusted[address()].fingerprint).toBe(server.certificate.fingerprint);
  await page.reload();
  await expect(page.getByTestId('server-confirmed')).toContainText(address());
  await expect(page.getByTestId('server-confirmed').getByTestId('server-fingerprint').locator('b').first()).toHaveText(server.certificate.short.split(' ')[0] ?? '');
  // In a browser (no desktop bridge): where to sign in.
  await expect(page.getByTestId('server-browser-hint')).toContainText(`${address()}/`);
  await expect(page.getByRole('button', { name: 'Vào máy chủ văn phòng' })).toHaveCount(0);
  await shot('first-start-confirmed');
});

test('a renewed certificate on the same address is a warning, never accepted silently', async () => {
  const confirmed = server.certificate.fingerprint;
  const port = server.port;
  await server.close();
  await initServer({ dir: serverDir, name: 'may-chu-vp', ips: [], renew: true });
  server = await startServer({ dir: serverDir, rendererDir, port, host: '127.0.0.1' });
  await page.getByRole('button', { name: 'Đổi máy chủ khác' }).click();
  await page.getByLabel('Địa chỉ máy chủ').fill(address());
  await page.getByRole('button', { name: 'Kiểm tra máy chủ' }).click();
  const changed = page.getByTestId('server-changed');
  await expect(changed.getByRole('alert')).toContainText('CẢNH BÁO: mã nhận dạng của máy chủ');
  await expect(changed.getByRole('alert')).toContainText('giả mạo');
  await expect(changed.getByRole('button', { name: 'Xóa mã cũ để xác nhận lại' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /xác nhận máy chủ/ })).toHaveCount(0);
  await shot('first-start-changed');
  expect(JSON.parse(fs.readFileSync(officeFile(host.ctx.dataDir), 'utf8')).trusted[address()].fingerprint).toBe(confirmed);
  await changed.getByRole('checkbox').check();
  await changed.getByRole('button', { name: 'Xóa mã cũ để xác nhận lại' }).click();
  await expect(page.getByTestId('server-fingerprint').locator('b')).toHaveText(server.certificate.short.split(' '));
  await page.getByRole('button', { name: 'Mã trùng khớp – xác nhận máy chủ' }).click();
  await expect(page.getByTestId('server-confirmed')).toContainText(address());
  expect(JSON.parse(fs.readFileSync(officeFile(host.ctx.dataDir), 'utf8')).trusted[address()].fingerprint).toBe(server.certificate.fingerprint);
});

test('back to working alone: the choice saved, the organisation form, then the app', async () => {
  await page.getByTestId('server-confirmed').getByRole('button', { name: 'Làm việc một mình' }).click();
  await expect(page.getByRole('radio', { name: /Làm việc một mình/ })).toBeChecked();
  const stored = JSON.parse(fs.readFileSync(officeFile(host.ctx.dataDir), 'utf8'));
  expect(stored.mode).toBe('single');
  expect(stored.trusted[address()].fingerprint).toBe(server.certificate.fingerprint);
  await page.getByRole('button', { name: 'Điền dữ liệu mẫu' }).click();
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  await expect(page.getByRole('navigation')).toContainText('TỈNH ỦY NINH BÌNH');
});

test('a browser signed in to the server (first quản trị, one-time password changed) uses the app over HTTPS', async ({ browser }) => {
  const first = await server.accounts.service.createFirstAdmin({ userName: 'quantri', displayName: 'Quản trị viên' }, 'test');
  const chosen = 'Mat-khau-moi-cua-quan-tri';
  // The browser is told to go past the self-signed certificate, as a user would after comparing its fingerprint.
  const remote = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  try {
    const tab = await remote.newPage();
    await tab.goto(`${address()}/`);
    await tab.getByLabel('Tên đăng nhập').fill('quantri');
    await tab.getByLabel('Mật khẩu', { exact: true }).fill(first.oneTimePassword);
    await tab.getByRole('button', { name: 'Đăng nhập' }).click();
    await tab.getByLabel('Mật khẩu mới', { exact: true }).fill(chosen);
    await tab.getByLabel('Gõ lại mật khẩu mới').fill(chosen);
    await tab.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(tab.getByRole('heading', { name: 'Chào mừng đến với vanthu' })).toBeVisible();
    const info = await tab.evaluate(() => window.vanthu.app.info());
    expect(info.name).toBe('vanthu');
    const cookie = (await remote.cookies()).find((c) => c.name === '__Host-vanthu');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
  } finally {
    await remote.close();
  }
});

test('desktop: the confirmed server opens in the window through the bridge, which says why when it cannot', async () => {
  const desk = await context.newPage();
  await desk.addInitScript(() => {
    (window as unknown as { vanthuOffice: unknown }).vanthuOffice = {
      open: async () => ({ ok: false, message: 'Không kết nối được máy chủ văn phòng 127.0.0.1:9: máy chủ chưa chạy vanthu server, hoặc sai cổng.' }),
      alone: async () => ({ ok: true }),
    };
  });
  const fresh = await startHost({ dataDir: path.join(temp, 'desktop'), rendererDir }); // a first start again
  await desk.goto(fresh.launchUrl());
  await desk.getByRole('radio', { name: /Kết nối máy chủ văn phòng/ }).check();
  await desk.getByLabel('Địa chỉ máy chủ').fill(address());
  await desk.getByRole('button', { name: 'Kiểm tra máy chủ' }).click();
  await desk.getByRole('button', { name: /Mã trùng khớp|Dùng máy chủ này/ }).click();
  await expect(desk.getByTestId('server-browser-hint')).toHaveCount(0);
  await desk.getByRole('button', { name: 'Vào máy chủ văn phòng' }).click();
  await expect(desk.getByTestId('server-confirmed').getByRole('alert')).toContainText('máy chủ chưa chạy vanthu server');
  await desk.close();
  await fresh.close();
});

test('desktop: the local page when the office server cannot be reached — Thử lại says why, Làm việc một mình asks the main process', async () => {
  const origin = 'https://127.0.0.1:9';
  const local = await context.newPage();
  let message = 'Không kết nối được máy chủ văn phòng 127.0.0.1:9: máy chủ chưa chạy vanthu server, hoặc sai cổng.';
  // The app's scheme stood in by a route: the same page, script, style and CSP as main/app/protocol.ts serves.
  await local.route('http://vanthu.local/**', (route) => {
    const p = new URL(route.request().url()).pathname;
    const [type, body] = p === OFFICE_PAGE_PATHS.script ? ['text/javascript', UNREACHABLE_SCRIPT]
      : p === OFFICE_PAGE_PATHS.style ? ['text/css', UNREACHABLE_STYLE] : ['text/html', unreachableHtml({ origin, message })];
    return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, headers: { 'Content-Security-Policy': CSP }, body });
  });
  await local.addInitScript(() => {
    const w = window as unknown as { vanthuOffice: unknown; asked: string[] };
    w.asked = [];
    w.vanthuOffice = {
      open: async () => (w.asked.push('open'), { ok: false, message: 'Không kết nối được máy chủ văn phòng 127.0.0.1:9: máy chủ không trả lời (kiểm tra mạng, tường lửa, địa chỉ).' }),
      alone: async () => (w.asked.push('alone'), { ok: true }),
    };
  });
  const errors: string[] = [];
  local.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await local.goto(`http://vanthu.local${OFFICE_PAGE_PATHS.html}`);
  const box = local.getByTestId('office-unreachable');
  await expect(box.getByRole('heading')).toHaveText('Không kết nối được máy chủ văn phòng');
  await expect(box.getByRole('alert')).toHaveText(message);
  await local.screenshot({ path: path.join('test-results', 'screens', 'office-unreachable-page.png') });
  await box.getByRole('button', { name: 'Thử lại' }).click();
  await expect(box.getByRole('alert')).toContainText('máy chủ không trả lời');
  await expect(box.getByRole('status')).toContainText('Vẫn chưa kết nối được');
  await box.getByRole('button', { name: 'Làm việc một mình' }).click();
  expect(await local.evaluate(() => (window as unknown as { asked: string[] }).asked)).toEqual(['open', 'alone']);
  expect(errors).toEqual([]); // the CSP let the page's own script and style run, nothing inline was needed
  // Another certificate than the confirmed one: the impersonation warning, in red.
  message = 'CẢNH BÁO: mã nhận dạng của máy chủ 127.0.0.1:9 đã thay đổi (đã xác nhận: AAAA; bây giờ: BBBB). Có thể có máy khác đang giả mạo máy chủ văn phòng, nên vanthu không kết nối.';
  await local.reload();
  await expect(local.locator('main.box.warning')).toBeVisible();
  await expect(box.getByRole('alert')).toContainText('giả mạo');
  await local.screenshot({ path: path.join('test-results', 'screens', 'office-unreachable-warning.png') });
  await local.close();
});
