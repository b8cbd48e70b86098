import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one Vite app: the same build is served by `npm run web` (browser, e2e tests)
// and loaded by Electron from app://keyplan. Relative asset paths keep both working.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1' },
});
