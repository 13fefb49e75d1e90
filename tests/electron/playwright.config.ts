import { defineConfig } from '@playwright/test';

/**
 * Desktop smoke tests against the real Electron binary (not part of the browser e2e run,
 * which only includes tests/e2e). Build first: `npm run build`, then
 * `npx playwright test -c tests/electron/playwright.config.ts`. Skips, with a message,
 * where the Electron binary is not installed.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
