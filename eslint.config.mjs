import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import fieldline from './src/tools/eslintLayers.mjs';

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

/**
 * The store side of src/shared: the store itself, the RPC layer, each domain's contract and
 * handlers, test helpers, and the recovery domain (which works on IndexedDB itself).
 * Everything else in src/shared is pure (see the first src/shared block below).
 */
const STORE_SIDE = [
  'src/shared/store/**',
  'src/shared/rpc/**',
  'src/shared/domains/*/contract.ts',
  'src/shared/domains/*/handlers.ts',
  'src/shared/domains/*/handlers/**',
  'src/shared/domains/*/testing/**',
  'src/shared/domains/recovery/**',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-web/**',
      '**/dist-web-*/**',
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
    // Renderer layers on resolved paths: no src/main, no feature importing another feature.
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { fieldline },
    rules: { 'fieldline/layers': 'error' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Pure shared modules: the engine, the model, file formats, the journal's records, the
    // reminder loop and each domain's rules. They run anywhere and are tested without a
    // store: no runtime-specific library, nothing from the store (its schema constants
    // aside) and, from the RPC layer, types only.
    files: ['src/shared/**/*.ts'],
    ignores: [...STORE_SIDE, '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: runtimeSpecific, message: 'Pure shared code: no dexie, electron, react or zustand.' },
            {
              group: ['**/store/*', '!**/store/schema'],
              message: 'Pure shared code does not reach into the store (a domain’s handlers do).',
            },
            {
              group: ['**/rpc/*'],
              allowTypeImports: true,
              message: 'Pure shared code may use the RPC layer’s types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The store side of src/shared runs in every host too; it must never reach for Electron.
    files: STORE_SIDE,
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
