import { preview } from 'vite';

/** Serves dist/renderer on a free loopback port, as `npm run web` does. */
export async function startRendererServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
