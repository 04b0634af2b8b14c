import { defineConfig } from 'vitest/config';

/** Unit and integration tests; Playwright specs under tests/e2e are run by Playwright, not here. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
