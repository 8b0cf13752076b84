// Builds the renderer (the browser edition and the Electron window's content) into dist/renderer.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The search worker is started as a module worker (renderer/search/load-search-index.ts).
  worker: { format: 'es' },
  build: {
    // RENDERER_OUT_DIR lets parallel work build and preview into a folder of its own.
    outDir: process.env.RENDERER_OUT_DIR ?? '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
  },
  preview: { port: 4173 },
});
