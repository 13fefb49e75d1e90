import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The launch rehearsal of the built desktop app (after `electron-vite build`). */
export default defineConfig({
  root,
  test: {
    name: 'desktop-rehearsal',
    environment: 'node',
    include: ['tests/electron/**/*.test.ts'],
    setupFiles: ['tests/setup/node.ts'],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
