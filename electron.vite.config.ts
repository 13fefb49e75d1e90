import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { RUNTIME_IMAGES } from './src/main/paths';
import { cspMeta } from './src/renderer/cspMeta';
import { preloadApp } from './src/renderer/preloadApp';

/** Copies the images main loads (icon, tray) into out/resources, beside out/main. */
function runtimeImages(): Plugin {
  return {
    name: 'fieldline-runtime-images',
    writeBundle() {
      const target = resolve(__dirname, 'out/resources');
      mkdirSync(target, { recursive: true });
      for (const name of RUNTIME_IMAGES)
        copyFileSync(resolve(__dirname, 'resources', name), resolve(target, name));
    },
  };
}

/**
 * Three bundles (package.json stays "type": "commonjs", so main and preload are CommonJS):
 * - main:     src/main/index.ts → out/main/index.js, self-contained (every dependency bundled,
 *             so the packaged app needs no node_modules); the runtime images → out/resources
 * - preload:  two sandboxed preloads → out/preload/{ui,storeHost}.js, every dependency
 *             bundled and each entry standalone (a sandboxed preload can require only
 *             'electron', never a shared chunk)
 * - renderer: src/renderer with two pages, index.html (UI) and store-host.html (hidden
 *             store host) → out/renderer, served to the app on app://fieldline/
 */
export default defineConfig({
  main: {
    plugins: [runtimeImages()],
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') },
        external: ['electron', /^node:/],
      },
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
    plugins: [react(), cspMeta(), preloadApp()],
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
