/**
 * The baseline pages (tests/bench/pages): bare library pages built with Vite and served on loopback,
 * so a scenario can measure the library alone in the same run as the app.
 */
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

export async function baselinePageUrl(page: 'bareFlow' | 'bareShell' | 'bareTable' | 'bareWorkbook'): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = `${process.cwd()}/.tmp/bench-pages/${page}`;
  await build({ configFile: false, root: 'tests/bench/pages', base: './', logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, rollupOptions: { input: `tests/bench/pages/${page}.html` } } });
  const server = await preview({ configFile: false, root: 'tests/bench/pages', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}/${page}.html`, close: () => new Promise((resolve) => server.httpServer.close(() => resolve())) };
}
