/**
 * The protections of the updater and the backups that no other test would notice if someone turned
 * them off: each assertion here fails when its protection is removed (issue 36, items 12–14).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startKeyplan, type ElectronApi } from '../../../electron/keyplanApp';
import { isSecureFeed, UpdateFlow } from '../../../electron/updates';
import { IPC_CHANNELS } from '../../../shared/bridge/contract';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { createFakeElectron, ipcEvent } from '../../mocks/electron';
import { createFakeUpdater, fakeUpdates } from '../../mocks/updater';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  build: { win: Record<string, unknown>; mac: Record<string, unknown>; asarUnpack?: string[]; afterPack?: string };
};

describe('the update feed', () => {
  it('is used only over https', () => {
    expect(isSecureFeed('provider: generic\nurl: https://updates.example.corp/keyplan\n')).toBe(true);
    expect(isSecureFeed("provider: generic\nurl: 'https://updates.example.corp/keyplan'\n")).toBe(true);
    expect(isSecureFeed('provider: generic\nurl: http://updates.example.corp/keyplan\n')).toBe(false);
    expect(isSecureFeed('provider: generic\nurl: file:///tmp/feed\n')).toBe(false);
    expect(isSecureFeed('provider: generic\n')).toBe(false);
  });

  it('is read from the packed app-update.yml through isSecureFeed, never from the environment or set at run time', () => {
    const main = readFileSync('electron/main.ts', 'utf8');
    expect(main).toMatch(/configured: feedConfigured\(join\(process\.resourcesPath, 'app-update\.yml'\)\)/);
    expect(main).toMatch(/isSecureFeed\(readFileSync\(path, 'utf8'\)\)/);
    // The only variable main reads is the development server's (ignored when packaged: startup tests).
    expect([...main.matchAll(/process\.env\.(\w+)/g)].map((m) => m[1])).toEqual(['KEYPLAN_DEV_SERVER_URL']);
    for (const file of readdirSync('electron').filter((f) => f.endsWith('.ts'))) expect(readFileSync(`electron/${file}`, 'utf8')).not.toMatch(/setFeedURL|KEYPLAN_UPDATE|UPDATE_URL/);
  });

  it('never installs an older version than the one running', () => {
    const { updater } = createFakeUpdater();
    expect(updater.allowDowngrade).toBe(true);
    new UpdateFlow({ updater, configured: true, currentVersion: '0.1.0', show: () => Promise.resolve(0), messages: () => zhCN, log: () => undefined });
    expect(updater.allowDowngrade).toBe(false);
  });

  it('packing checks signatures: Windows verifies the publisher of an update, macOS signs with the hardened runtime, and a non-https feed stops the build', () => {
    expect(packageJson.build.win.verifyUpdateCodeSignature).toBe(true);
    expect(packageJson.build.mac.hardenedRuntime).toBe(true);
    expect(packageJson.build.afterPack).toBe('build/checkUpdateFeed.cjs');
  });
});

describe('the backup check', () => {
  it('runs from inside app.asar (its integrity is checked), not from an unpacked, writable file', () => {
    expect(packageJson.build.asarUnpack ?? []).toEqual([]);
    expect(readFileSync('electron/main.ts', 'utf8')).not.toContain('app.asar.unpacked');
  });
});

describe('backups with a password, over the bridge', () => {
  it('are written sealed once a password is set: the IPC handler uses the password’s seal, never the plain bytes', async () => {
    const written = new Map<string, Uint8Array>();
    const fake = createFakeElectron();
    const store = fake.electron.safeStorage as unknown as Record<string, unknown>;
    store.isEncryptionAvailable = () => true;
    store.getSelectedStorageBackend = () => 'gnome_libsecret';
    startKeyplan(fake.electron as unknown as ElectronApi, {
      rendererDir: '/app/dist/renderer',
      preloadPath: '/app/dist-electron/preload.cjs',
      devServerUrl: null,
      platform: 'win32',
      checkBackup: () => Promise.resolve({ restorable: true, records: 1 }),
      updates: fakeUpdates(),
      fs: {
        readFile: (path: string) => (written.has(path) ? Promise.resolve(written.get(path)!) : Promise.reject(new Error('ENOENT'))),
        writeFile: (path: string, data: Uint8Array) => (written.set(path, data), Promise.resolve()),
        size: () => Promise.resolve(0),
        mkdir: () => Promise.resolve(),
        readdir: () => Promise.resolve([]),
        remove: () => Promise.resolve(),
      },
    });
    await fake.becomeReady();
    const sender = ipcEvent('app://keyplan/index.html');
    expect(await fake.ipcHandlers.get(IPC_CHANNELS.setBackupPassword)?.(sender, { password: 'correct horse battery' })).toEqual({ ok: true });
    const plain = new TextEncoder().encode('{"format":"keyplan-workspace","data":{"stakeholders":[{"name":"陈静"}]}}');
    const name = String(await fake.ipcHandlers.get(IPC_CHANNELS.saveBackup)?.(sender, { reason: 'before-import', bytes: plain }));
    const file = new TextDecoder().decode(written.get(`/fake/userData/backups/${name}`));
    expect(file).not.toContain('陈静');
    expect(JSON.parse(file)).toMatchObject({ format: 'keyplan-encrypted' });
  }, 20_000);
});
