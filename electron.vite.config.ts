import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// DESIGN.md §6: main and preload inputs under electron/, renderer root renderer/.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    // The check worker (renderer/src/check.worker.ts) is an ES module worker.
    worker: { format: 'es' },
    // iconv-lite (GB18030 in shared/encoding.ts) needs Node's Buffer: use the
    // `buffer` package in the renderer.
    resolve: { alias: [{ find: /^buffer$/, replacement: 'buffer/' }] },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
