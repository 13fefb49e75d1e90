import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cspMeta } from './src/renderer/cspMeta';

/**
 * Three bundles (package.json stays "type": "commonjs", so main and preload are CommonJS):
 * - main:     src/main/index.ts → out/main/index.js
 * - preload:  two sandboxed preloads → out/preload/{ui,storeHost}.js, every dependency
 *             bundled and each entry standalone (a sandboxed preload can require only
 *             'electron', never a shared chunk)
 * - renderer: src/renderer with two pages, index.html (UI) and store-host.html (hidden
 *             store host) → out/renderer, served to the app on app://fieldline/
 */
export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: {
          ui: resolve(__dirname, 'src/main/preload/ui.ts'),
          storeHost: resolve(__dirname, 'src/main/preload/storeHost.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          'store-host': resolve(__dirname, 'src/renderer/store-host.html'),
        },
      },
    },
  },
});
