/** Helpers of the end-to-end tests: the host's address and screenshots under test-results/screens. */
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Address of the local host started by the global setup. */
export function hostUrl(): string {
  const url = process.env.VANTHU_E2E_URL;
  if (!url) throw new Error('VANTHU_E2E_URL is not set (global setup did not run)');
  return url;
}

/** Saves a full-window screenshot as test-results/screens/<name>.png. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.resolve('test-results/screens', `${name}.png`), animations: 'disabled' });
}
