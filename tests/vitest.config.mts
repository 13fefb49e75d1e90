import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        test: {
          name: 'node',
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
          environment: 'node',
          include: ['src/**/*.tz.test.ts'],
          env: { TZ: tz },
          setupFiles: ['tests/setup/node.ts'],
        },
      })),
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.dom.test.{ts,tsx}', 'tests/**/*.dom.test.{ts,tsx}'],
          setupFiles: ['tests/setup/node.ts'],
        },
      },
    ],
  },
});
