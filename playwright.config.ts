/**
 * End-to-end tests of the app frame in Debian's Chromium against the local host (tests/e2e).
 * The global setup builds the renderer, starts the host on a fresh temporary data folder and
 * saves its session cookie as the storage state every browser context starts with.
 */
import { defineConfig } from '@playwright/test';
import { storageStatePath } from './tests/e2e/helpers';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  outputDir: 'test-results/e2e-artifacts',
  reporter: 'list',
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    storageState: storageStatePath(),
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
  },
});
