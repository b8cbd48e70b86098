import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { META_CONTENT_SECURITY_POLICY } from './electron/contentSecurityPolicy.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is one Vite app: the same build is served by `npm run web` (browser, e2e tests)
// and loaded by Electron from app://keyplan. Relative asset paths keep both working.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      // The built page carries the CSP itself (the desktop shell also sends it as a header), so the
      // browser build is protected too. Not in dev: the dev server needs inline scripts for reload.
      name: 'keyplan-csp-meta',
      apply: 'build',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
    {
      // The report font (@fontsource/noto-sans-sc) offers each slice as WOFF2 with a WOFF fallback.
      // Chromium and Electron read WOFF2: dropping the fallback keeps ~8 MB of WOFF out of the app.
      name: 'keyplan-woff2-only',
      enforce: 'pre',
      transform(code, id) {
        if (!id.includes('@fontsource/noto-sans-sc') || !id.endsWith('.css')) return null;
        return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null };
      },
    },
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    // Two pages: the app, and the review report that is printed to PDF.
    rollupOptions: { input: { main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)), report: fileURLToPath(new URL('./renderer/report.html', import.meta.url)) } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1' },
});
