/**
 * Who may use the local host from a browser: only the browser vanthu opened (it holds the session
 * cookie, here through the run's storage state). Another browser gets an explanation page with no
 * secret and 403; another site can neither read nor change anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { hostUrl, screen } from './helpers';

const NO_STATE = { cookies: [], origins: [] };

test('a browser vanthu did not open gets the explanation page (403) and no data', async ({ browser }) => {
  const context = await browser.newContext({ storageState: NO_STATE });
  const page = await context.newPage();
  const res = await page.goto(hostUrl());
  expect(res?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Hãy mở vanthu từ máy của bạn' })).toBeVisible();
  await expect(page.getByText('npm start')).toBeVisible();
  await screen(page, '00-chua-mo-tu-vanthu');
  expect(await page.locator('meta[name="vanthu-token"], script').count()).toBe(0);
  expect(await page.evaluate(() => typeof (window as { vanthu?: unknown }).vanthu)).toBe('undefined');
  await context.close();
});

test('the browser vanthu opened works, and its session cookie is out of reach of page scripts', async ({ page }) => {
  await page.goto(hostUrl());
  await page.waitForFunction(() => !!window.vanthu);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.locator('meta[name="vanthu-token"]').count()).toBe(0);
  expect((await page.evaluate(() => window.vanthu.app.info())).name).toBe('vanthu');
});

test('a request without the session is refused on the API', async ({ playwright }) => {
  const bare = await playwright.request.newContext({ storageState: NO_STATE });
  const res = await bare.post(`${hostUrl()}api/call/app.info`, { data: {}, headers: { 'X-Vanthu': '1' } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toContain('mở lại vanthu');
  await bare.dispose();
});

test('a call from another origin is refused even with the session', async ({ request }) => {
  const url = `${hostUrl()}api/call/app.info`;
  expect((await request.post(url, { data: {}, headers: { 'X-Vanthu': '1' } })).status()).toBe(200);
  const res = await request.post(url, { data: {}, headers: { 'X-Vanthu': '1', Origin: 'http://evil.example' } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toContain('trang web khác');
});

test('a page of another site cannot read the API from the browser', async ({ page }) => {
  await page.route('http://evil.example/', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>evil</h1>' }));
  await page.goto('http://evil.example/');
  const outcome = await page.evaluate(async (url) => {
    try {
      const r = await fetch(`${url}api/call/settings.status`, { method: 'POST', body: '{}' });
      return `read ${r.status}`;
    } catch {
      return 'blocked';
    }
  }, hostUrl());
  expect(outcome).toBe('blocked');
});

test('a request of another site that needs no permission (like a form post) changes nothing', async ({ page, context }) => {
  const org = JSON.parse(fs.readFileSync(path.resolve('templates/organisation.default.json'), 'utf8')) as { name: string };
  const own = await context.newPage();
  await own.goto(hostUrl());
  await own.waitForFunction(() => !!window.vanthu);
  const before = await own.evaluate(() => window.vanthu.settings.status());
  await page.route('http://evil.example/', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>evil</h1>' }));
  await page.goto('http://evil.example/');
  const outcome = await page.evaluate(async ({ url, body }) => {
    try {
      await fetch(`${url}api/call/settings.saveOrganisation`, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body });
      return 'sent';
    } catch {
      return 'blocked';
    }
  }, { url: hostUrl(), body: JSON.stringify({ organisation: { ...org, name: 'BỊ ĐỔI' }, term: { name: 'Nhiệm kỳ giả', start: '2025-10-01' } }) });
  expect(['sent', 'blocked']).toContain(outcome);
  expect(await own.evaluate(() => window.vanthu.settings.status())).toEqual(before);
});
