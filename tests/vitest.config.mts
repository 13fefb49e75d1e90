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
      // The sales-rule tables (*.tz.test.ts) run twice: in UTC and in a zone with daylight
      // saving time, so calendar-day rules are checked across clock changes.
      ...['UTC', 'America/New_York'].map((tz) => ({
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
