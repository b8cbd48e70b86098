import { describe, expect, it } from 'vitest';
import { startKeyplan, type ElectronApi } from '../../../electron/keyplanApp';
import { buildMenuTemplate } from '../../../electron/applicationMenu';
import { IPC_CHANNELS } from '../../../shared/bridge/contract';
import { en } from '../../../shared/i18n/en';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { createFakeElectron, ipcEvent } from '../../mocks/electron';
import { fakeUpdates } from '../../mocks/updater';

const checkBackup = () => Promise.resolve({ restorable: true, records: 1 });
const fs = {
  readFile: () => Promise.resolve(new Uint8Array()),
  writeFile: () => Promise.resolve(),
  size: () => Promise.resolve(0),
  mkdir: () => Promise.resolve(),
  readdir: () => Promise.resolve([]),
  remove: () => Promise.resolve(),
};
const start = (fake: ReturnType<typeof createFakeElectron>, platform: NodeJS.Platform = 'win32') =>
  startKeyplan(fake.electron as unknown as ElectronApi, { rendererDir: '/app/dist/renderer', preloadPath: '/app/dist-electron/preload.cjs', devServerUrl: null, fs, platform, checkBackup, updates: fakeUpdates() });

describe('desktop start-up', () => {
  it('pins the data folder and registers app:// before ready, then serves the window from app://keyplan', async () => {
    const fake = createFakeElectron();
    start(fake);
    expect(fake.calls).toEqual(['setPath userData /fake/appData/Keyplan', 'requestSingleInstanceLock', 'registerSchemesAsPrivileged']);
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true } },
    ]);

    await fake.becomeReady();
    expect(fake.calls.indexOf('setPermissionRequestHandler')).toBeLessThan(fake.calls.indexOf('new BrowserWindow'));
    expect(fake.calls.indexOf('protocol.handle app')).toBeLessThan(fake.calls.indexOf('new BrowserWindow'));
    expect(fake.calls).toContain('loadURL app://keyplan/index.html');
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/dist-electron/preload.cjs' });
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      Object.values(IPC_CHANNELS)
        .filter((channel) => channel !== IPC_CHANNELS.menuCommand)
        .sort(),
    );
    expect(fake.appHandlers.has('web-contents-created')).toBe(true);
  });

  it('a second instance quits at once and focuses the first', () => {
    const fake = createFakeElectron({ gotLock: false });
    start(fake);
    expect(fake.calls).toEqual(['setPath userData /fake/appData/Keyplan', 'requestSingleInstanceLock', 'quit']);
  });

  it('the menu follows the language the renderer reports, and sends File commands to the renderer', async () => {
    const fake = createFakeElectron({ systemLanguages: ['zh-CN'] });
    start(fake);
    await fake.becomeReady();
    const labels = (menu: unknown) => (menu as { label?: string }[]).map((item) => item.label);
    expect(labels(fake.menus.at(-1))).toContain('文件');

    await fake.ipcHandlers.get(IPC_CHANNELS.setLanguage)?.(ipcEvent('app://keyplan/index.html'), { language: 'en' });
    expect(labels(fake.menus.at(-1))).toContain('File');
    expect(fake.windows[0]?.title).toBe(en.app.fullName);

    const file = (fake.menus.at(-1) as { label: string; submenu: { label?: string; click?: () => void }[] }[]).find((m) => m.label === 'File');
    file?.submenu.find((item) => item.label === en.menu.exportWorkspace)?.click?.();
    expect(fake.windows[0]?.sent).toEqual([{ channel: IPC_CHANNELS.menuCommand, payload: 'export-workspace' }]);
  });

  it('refuses bridge calls from other origins', async () => {
    const fake = createFakeElectron();
    start(fake);
    await fake.becomeReady();
    const appInfo = fake.ipcHandlers.get(IPC_CHANNELS.appInfo);
    await expect(Promise.resolve().then(() => appInfo?.(ipcEvent('https://evil.example/'), {}))).rejects.toThrow('unknown sender');
    await expect(Promise.resolve(appInfo?.(ipcEvent('app://keyplan/index.html'), {}))).resolves.toEqual({ name: 'Keyplan', version: '0.1.0', platform: 'win32' });
  });
});

describe('the development server', () => {
  const startWithDevServer = (fake: ReturnType<typeof createFakeElectron>) =>
    startKeyplan(fake.electron as unknown as ElectronApi, { rendererDir: '/app/dist/renderer', preloadPath: '/p.cjs', devServerUrl: 'http://evil.example:5173', fs, platform: 'linux', checkBackup, updates: fakeUpdates() });

  it('is honoured only when the app is not packaged: a packaged app loads app://keyplan whatever KEYPLAN_DEV_SERVER_URL says', async () => {
    const packaged = createFakeElectron({ packaged: true });
    startWithDevServer(packaged);
    await packaged.becomeReady();
    expect(packaged.windows[0]?.loadedUrl).toBe('app://keyplan/index.html');
    // …and the bridge does not trust that server's pages either.
    const appInfo = packaged.ipcHandlers.get(IPC_CHANNELS.appInfo);
    await expect(Promise.resolve().then(() => appInfo?.(ipcEvent('http://evil.example:5173/'), {}))).rejects.toThrow('unknown sender');

    const unpacked = createFakeElectron({ packaged: false });
    startWithDevServer(unpacked);
    await unpacked.becomeReady();
    expect(unpacked.windows[0]?.loadedUrl).toBe('http://evil.example:5173');
  });
});

describe('backups over the bridge', () => {
  it('writes backups into <userData>/backups and refuses unknown reasons', async () => {
    const written: string[] = [];
    const fake = createFakeElectron();
    startKeyplan(fake.electron as unknown as ElectronApi, {
      rendererDir: '/app/dist/renderer',
      preloadPath: '/app/dist-electron/preload.cjs',
      devServerUrl: null,
      platform: 'linux',
      checkBackup,
      updates: fakeUpdates(),
      fs: { ...fs, writeFile: (path: string) => (written.push(path), Promise.resolve()) },
    });
    await fake.becomeReady();
    const save = fake.ipcHandlers.get(IPC_CHANNELS.saveBackup);
    const name = await save?.(ipcEvent('app://keyplan/index.html'), { reason: 'before-import', bytes: new Uint8Array([1]) });
    expect(written).toEqual([`/fake/userData/backups/${String(name)}`, `/fake/userData/backups/${String(name)}.info.json`]);
    await expect(Promise.resolve().then(() => save?.(ipcEvent('app://keyplan/index.html'), { reason: 'weekly', bytes: new Uint8Array() }))).rejects.toThrow(/Refused/);
  });
});

describe('application menu', () => {
  it('has File ▸ Import, Export, Review pack, Print with the platform accelerators, and an app menu on macOS', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({ platform: 'darwin', messages: zhCN, appName: 'Keyplan', isDev: false, send: (c) => sent.push(c), showAbout: () => undefined, checkUpdates: () => undefined });
    expect(template[0]).toMatchObject({ role: 'appMenu' });
    const file = template.find((item) => item.label === '文件');
    const items = (file?.submenu ?? []) as { label?: string; accelerator?: string; role?: string; click?: () => void }[];
    expect(items.filter((i) => i.label).map((i) => [i.label, i.accelerator])).toEqual([
      ['导入工作区…', 'CmdOrCtrl+O'],
      ['导出工作区…', 'CmdOrCtrl+Shift+S'],
      ['导出复盘材料…', undefined],
      ['打印…', 'CmdOrCtrl+P'],
    ]);
    expect(items.at(-1)?.role).toBe('close');
    items[0]?.click?.();
    items[2]?.click?.();
    expect(sent).toEqual(['import-workspace', 'review-pack']);
    expect(template.map((i) => i.role ?? i.label)).toEqual(['appMenu', '文件', 'editMenu', '视图', 'windowMenu', 'help']);
    const view = buildMenuTemplate({ platform: 'linux', messages: en, appName: 'Keyplan', isDev: false, send: () => undefined, showAbout: () => undefined, checkUpdates: () => undefined });
    expect(JSON.stringify(view)).not.toContain('toggleDevTools');
  });
});
