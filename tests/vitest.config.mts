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
          exclude: ['**/*.dom.test.ts', '**/*.dom.test.tsx'],
          setupFiles: ['tests/setup/node.ts'],
        },
      },
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
