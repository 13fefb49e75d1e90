import { defineConfig } from '@playwright/test';

/** Override the port and build folder to run several suites side by side. */
const port = Number(process.env.FIELDLINE_E2E_PORT ?? 4381);
const outDir = process.env.FIELDLINE_WEB_OUT ? ` --outDir ${process.env.FIELDLINE_WEB_OUT}` : '';

/** Browser-mode end-to-end tests: the built app, its store in a Web Worker, in Chromium. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous limits: CI machines can be several times slower than a laptop (waits poll, so a
  // fast machine never waits longer than it must).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.FIELDLINE_CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --config src/renderer/vite.web.config.mts --port ${port} --strictPort${outDir}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
