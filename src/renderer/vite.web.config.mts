import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './cspMeta';
import { preloadApp } from './preloadApp';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Browser mode: the same renderer, with the store in a module Web Worker. Used by
 * `npm run web`, the end-to-end tests and the benchmark.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), cspMeta(), preloadApp()],
  worker: { format: 'es' },
  build: {
    outDir: process.env.FIELDLINE_WEB_OUT ?? resolve(here, '../../dist-web'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(here, 'index.html') },
  },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
});
