/**
 * Helpers of the end-to-end tests: the host's address, the storage state holding its session
 * cookie, and screenshots under test-results/screens.
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Address of the local host started by the global setup. Every browser context of the run starts
 * with the session cookie of that host (playwright.config.ts `use.storageState`), so opening this
 * address shows the app.
 */
export function hostUrl(): string {
  const url = process.env.VANTHU_E2E_URL;
  if (!url) throw new Error('VANTHU_E2E_URL is not set (global setup did not run)');
  return url;
}

/**
 * File of the run's storage state (the session cookie), one per Playwright run: the first process
 * of the run picks it and its workers inherit it through the environment.
 */
export function storageStatePath(): string {
  process.env.VANTHU_E2E_STATE ??= path.join(os.tmpdir(), `vanthu-e2e-state-${process.pid}.json`);
  return process.env.VANTHU_E2E_STATE;
}

/** Saves a full-window screenshot as test-results/screens/<name>.png. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.resolve('test-results/screens', `${name}.png`), animations: 'disabled' });
}
