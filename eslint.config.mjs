import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const runtimeSpecific = [
  'dexie',
  'dexie/*',
  'electron',
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'zustand',
  'zustand/*',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-web/**',
      'dist-durability/**',
      'node_modules/**',
      'bench-results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The stage engine is a leaf: pure TypeScript, no runtime-specific imports.
    files: ['src/shared/engine/**/*.ts', 'src/shared/model/**/*.ts', 'src/shared/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: runtimeSpecific,
              message: 'The engine, model and exports are pure: no dexie, electron, react or zustand.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code runs in every host; it must never reach for Electron.
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/engine/**', 'src/shared/model/**', 'src/shared/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-dom', 'zustand'],
              message: 'src/shared runs in every host: no electron, react or zustand.',
            },
          ],
        },
      ],
    },
  },
  {
    // zustand lives in src/renderer/src/state only; features reach the store through it.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zustand', 'zustand/*', 'dexie'],
              message: 'zustand only in src/renderer/src/state; the UI never talks to Dexie.',
            },
          ],
        },
      ],
    },
  },
);
