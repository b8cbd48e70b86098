/** Electron entry point: the real Electron and file system go into the testable start-up. */
import * as electron from 'electron';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { autoUpdater } from 'electron-updater';
import { existsSync, readFileSync } from 'node:fs';
import { checkInWorker } from './backupCheck';
import { startKeyplan } from './keyplanApp';
import { isSecureFeed } from './updates';

function feedConfigured(path: string): boolean {
  if (!existsSync(path)) return false;
  const secure = isSecureFeed(readFileSync(path, 'utf8'));
  if (!secure) console.warn('update feed ignored: it is not served over https');
  return secure;
}

startKeyplan(electron, {
  rendererDir: join(__dirname, '..', 'dist', 'renderer'),
  preloadPath: join(__dirname, 'preload.cjs'),
  devServerUrl: process.env.KEYPLAN_DEV_SERVER_URL ?? null,
  platform: process.platform,
  // Packaging writes the feed here when a company gives one (README: updates); otherwise there is none.
  // Only an https feed is used (updates.ts isSecureFeed); the feed is never taken from the environment.
  updates: { updater: autoUpdater, configured: feedConfigured(join(process.resourcesPath, 'app-update.yml')), log: (message) => console.warn(message) },
  // The worker's code is read from inside app.asar (Electron reads the archive) and run as source.
  checkBackup: checkInWorker(() => readFile(join(__dirname, 'backupCheckWorker.cjs'), 'utf8')),
  fs: {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    size: async (path) => (await stat(path)).size,
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    readdir: (path) => readdir(path),
    remove: (path) => rm(path, { force: true }),
  },
});
