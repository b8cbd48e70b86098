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
    {
      // The shell's code (React's renderer, the sidebar and header) is asked for by main.tsx with a
      // dynamic import, which the browser only sees once main.js has been fetched and run. Listing
      // its chunks as modulepreload links in the page starts those fetches while the HTML is parsed.
      name: 'keyplan-preload-shell',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
          if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return [];
          const bundle = ctx.bundle;
          const shell = Object.values(bundle).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith('/renderer/app/startApp.tsx'));
          if (!shell) throw new Error('keyplan-preload-shell: no chunk for renderer/app/startApp.tsx');
          const files = new Set<string>();
          // The bundle is keyed by file name: a chunk and the chunks it imports, recursively.
          const visit = (fileName: string) => {
            if (files.has(fileName)) return;
            files.add(fileName);
            const chunk = bundle[fileName];
            if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
          };
          visit(shell.fileName);
          // The entry and what Vite already preloads for it are in the page.
          return [...files].filter((file) => !html.includes(`./${file}`)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
        },
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
