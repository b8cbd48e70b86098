// `npm run dev`: the Vite dev server with hot reload, and Electron pointed at it.
// Main and preload are rebuilt on change; restart the window with View ▸ Reload, or rerun for main.
// The dev window stores its data under the dev server's origin, apart from the installed app's.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { createServer } from 'vite';

const require = createRequire(import.meta.url);
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';

const context = await esbuild.context({
  entryPoints: ['electron/main.ts', 'electron/preload.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['electron'],
  outdir: 'dist-electron',
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
});
await context.rebuild();
await context.watch();

const electronPath = require('electron');
const child = spawn(electronPath, ['.'], { stdio: 'inherit', env: { ...process.env, KEYPLAN_DEV_SERVER_URL: url } });
child.on('exit', async (code) => {
  await context.dispose();
  await server.close();
  process.exit(code ?? 0);
});
