import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Vitest's 5 s default fails tests that run dozens of real store transactions (the contract
// check, the projection property) on a loaded 2-core machine (CI runs the unit suite beside the
// browser tests); a test that hangs still fails, after 30 s. Tests never assert on time.
const waits = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  root,
  test: {
    projects: [
      {
        test: {
          name: 'node',
          ...waits,
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts', '**/*.dom.test.tsx', '**/*.tz.test.ts'],
          setupFiles: ['tests/setup/node.ts'],
        },
      },
      // The calendar rules (*.tz.test.ts) run in three zones: UTC, one with daylight saving time
      // (calendar-day rules across clock changes) and one east of UTC with a half-hour offset
      // (a local Monday morning that is still Sunday in UTC).
      ...['UTC', 'America/New_York', 'Asia/Kolkata'].map((tz) => ({
        test: {
          name: `rules ${tz}`,
          ...waits,
          environment: 'node',
          include: ['src/**/*.tz.test.ts'],
          env: { TZ: tz },
          setupFiles: ['tests/setup/node.ts'],
        },
      })),
      {
        test: {
          name: 'dom',
          ...waits,
          environment: 'jsdom',
          include: ['src/**/*.dom.test.{ts,tsx}', 'tests/**/*.dom.test.{ts,tsx}'],
          setupFiles: ['tests/setup/node.ts', 'tests/setup/methodReads.ts'],
        },
      },
    ],
  },
});
