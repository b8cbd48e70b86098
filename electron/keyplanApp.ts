/**
 * Wires the desktop shell. Everything Electron provides comes in through `electron`, so the whole
 * start-up can be exercised by tests/unit/electron with a fake (tests/mocks/electron.ts).
 *
 * Order matters: the data folder is pinned and the app:// scheme registered before `ready`;
 * the protocol handler, session hardening and IPC handlers are installed before the first window.
 */
import type * as Electron from 'electron';
import { join } from 'node:path';
import { IPC_CHANNELS, type MenuCommand } from '../shared/bridge/contract';
import { resources } from '../shared/i18n';
import { pickLanguage, type Language } from '../shared/i18n/languages';
import { buildMenuTemplate } from './applicationMenu';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from './appOrigin';
import { registerAppProtocol } from './appProtocol';
import type { BackupCheck, BackupFileSystem } from './backups';
import { BackupPassword, type SecretFiles } from './backupPassword';
import type { FileSystem } from './fileDialogs';
import { registerIpcHandlers } from './ipcHandlers';
import { printReportToPdf } from './reportPdf';
import { UpdateFlow, type UpdaterLike } from './updates';
import { createMainWindow, createReportWindow } from './windowFactory';
import { guardUnload } from './unloadGuard';
import { hardenSession, hardenWebContents } from './windowSecurity';

export type ElectronApi = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'protocol' | 'ipcMain' | 'dialog' | 'shell' | 'Menu' | 'session' | 'safeStorage'>;

export interface StartOptions {
  rendererDir: string;
  preloadPath: string;
  /**
   * Set by `npm run dev`: load the Vite dev server instead of app://keyplan. Ignored in a packaged
   * app: whoever could set the variable would otherwise make the window load (and the IPC and
   * permission checks trust) a page of their choosing, with DevTools in the menu.
   */
  devServerUrl: string | null;
  fs: FileSystem & BackupFileSystem & SecretFiles;
  /** electron-updater's autoUpdater, and whether packaging configured a feed (updates.ts). */
  updates: { updater: UpdaterLike; configured: boolean; log: (message: string) => void };
  /** Checks a backup with restore() off the main thread (backupCheck.ts). */
  checkBackup: (plain: Uint8Array) => Promise<BackupCheck>;
  platform: NodeJS.Platform;
}

/** The data folder is fixed by name so renaming or moving the app never orphans the database. */
export const DATA_FOLDER_NAME = 'Keyplan';

export function startKeyplan(electron: ElectronApi, options: StartOptions): void {
  const { app, protocol, BrowserWindow, shell } = electron;
  const devServerUrl = app.isPackaged ? null : options.devServerUrl;

  app.setPath('userData', join(app.getPath('appData'), DATA_FOLDER_NAME));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  let mainWindow: Electron.BrowserWindow | null = null;
  let language: Language = pickLanguage(app.getPreferredSystemLanguages());

  const send = (command: MenuCommand) => mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
  const showAbout = () => {
    void electron.dialog.showMessageBox({ type: 'info', title: resources[language].menu.about, message: `${resources[language].app.fullName} ${app.getVersion()}` });
  };
  const updates = new UpdateFlow({
    updater: options.updates.updater,
    // Only a packaged app updates itself (a development build has nothing to replace).
    configured: app.isPackaged && options.updates.configured,
    currentVersion: app.getVersion(),
    show: async (message) => (mainWindow ? await electron.dialog.showMessageBox(mainWindow, message) : await electron.dialog.showMessageBox(message)).response,
    messages: () => resources[language],
    log: options.updates.log,
  });
  const rebuildMenu = () => {
    const checkUpdates = () => void updates.checkFromMenu();
    const template = buildMenuTemplate({ platform: options.platform, messages: resources[language], appName: app.getName(), isDev: devServerUrl !== null, send, showAbout, checkUpdates });
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template));
  };

  const openMainWindow = () => {
    const win = createMainWindow(BrowserWindow, { preloadPath: options.preloadPath, title: resources[language].app.fullName, devTools: devServerUrl !== null });
    win.once('ready-to-show', () => win.show());
    guardUnload(win.webContents, { ask: (question) => electron.dialog.showMessageBoxSync(win, question), messages: () => resources[language] });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
    mainWindow = win;
    return win;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell, devServerUrl));
  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(electron.session.defaultSession, devServerUrl);
    registerAppProtocol({ protocol, readFile: (path) => options.fs.readFile(path) }, options.rendererDir);
    registerIpcHandlers({
      ipcMain: electron.ipcMain,
      devServerUrl,
      dialogs: {
        dialog: electron.dialog,
        fs: options.fs,
        documentsDir: app.getPath('documents'),
        window: () => mainWindow,
        messages: () => resources[language],
      },
      appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: options.platform }),
      setLanguage: (next) => {
        language = next;
        rebuildMenu();
        mainWindow?.setTitle(resources[language].app.fullName);
      },
      printToPdf: async (sender) => new Uint8Array(await sender.printToPDF({ printBackground: true, pageSize: 'A4' })),
      reportPdf: (fragment) =>
        printReportToPdf(
          {
            createWindow: () => createReportWindow(BrowserWindow),
            reportUrl: new URL('report.html', devServerUrl ?? APP_ENTRY_URL).href,
            wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
          },
          fragment,
        ),
      backups: {
        fs: options.fs,
        dir: join(app.getPath('userData'), 'backups'),
        now: () => new Date(),
        openFolder: async (dir) => {
          const failure = await shell.openPath(dir);
          if (failure) throw new Error(failure);
        },
        check: options.checkBackup,
        password: new BackupPassword(electron.safeStorage, options.fs, join(app.getPath('userData'), 'backup-password.bin')),
      },
    });
    rebuildMenu();
    openMainWindow();
    updates.checkOnStart();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}
