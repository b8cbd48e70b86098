/** Electron entry point: the real Electron and file system go into the testable start-up. */
import * as electron from 'electron';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { autoUpdater } from 'electron-updater';
import { existsSync } from 'node:fs';
import { checkInWorker } from './backupCheck';
import { startKeyplan } from './keyplanApp';

startKeyplan(electron, {
  rendererDir: join(__dirname, '..', 'dist', 'renderer'),
  preloadPath: join(__dirname, 'preload.cjs'),
  devServerUrl: process.env.KEYPLAN_DEV_SERVER_URL ?? null,
  platform: process.platform,
  // Packaging writes the feed here when a company gives one (README: updates); otherwise there is none.
  updates: { updater: autoUpdater, configured: existsSync(join(process.resourcesPath, 'app-update.yml')), log: (message) => console.warn(message) },
  // The worker script is unpacked beside app.asar (package.json asarUnpack): Node starts it from disk.
  checkBackup: checkInWorker(join(__dirname, 'backupCheckWorker.cjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`)),
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
