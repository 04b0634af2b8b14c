/** The local host refuses calls without the launch token and calls from another origin. */
import { expect, test } from '@playwright/test';
import { hostUrl } from './helpers';

async function tokenOf(page: import('@playwright/test').Page): Promise<string> {
  await page.goto(hostUrl());
  return (await page.locator('meta[name="vanthu-token"]').getAttribute('content')) ?? '';
}

test('a call without the token is refused; the same call with it succeeds', async ({ page, request }) => {
  const url = `${hostUrl()}api/call/app.info`;
  const bare = await request.post(url, { data: {} });
  expect(bare.status()).toBe(403);
  expect((await bare.json()).error.message).toContain('mã phiên làm việc');
  const wrong = await request.post(url, { data: {}, headers: { 'X-Vanthu-Token': 'doan-bua' } });
  expect(wrong.status()).toBe(403);
  const token = await tokenOf(page);
  expect(token.length).toBeGreaterThan(30);
  const ok = await request.post(url, { data: {}, headers: { 'X-Vanthu-Token': token } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).value.name).toBe('vanthu');
});

test('a call from another origin is refused even with the token', async ({ page, request }) => {
  const token = await tokenOf(page);
  const res = await request.post(`${hostUrl()}api/call/app.info`, {
    data: {}, headers: { 'X-Vanthu-Token': token, Origin: 'http://evil.example' },
  });
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
