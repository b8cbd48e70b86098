/** The main-process side of the bridge: one validated handler per channel of shared/bridge/contract.ts. */
import type { WebContents } from 'electron';
import { IPC_CHANNELS, type DesktopAppInfo, type OpenFileResult, type SaveFileResult } from '../shared/bridge/contract';
import {
  emptyRequestSchema,
  openFileRequestSchema,
  printToPdfRequestSchema,
  reportPdfRequestSchema,
  readBackupRequestSchema,
  saveBackupRequestSchema,
  saveFileRequestSchema,
  setBackupPasswordRequestSchema,
  setLanguageRequestSchema,
} from '../shared/bridge/schemas';
import { isDailyBackupDue, listBackups, readBackup, writeBackup, type BackupCheck, type BackupFileSystem } from './backups';
import type { BackupPassword } from './backupPassword';
import type { Language } from '../shared/i18n/languages';
import { openWithDialog, saveWithDialog, type DialogDeps } from './fileDialogs';
import { handleValidated, type IpcMainLike } from './ipcGuard';

export interface IpcHandlerDeps {
  ipcMain: IpcMainLike;
  devServerUrl: string | null;
  dialogs: DialogDeps;
  appInfo: () => DesktopAppInfo;
  setLanguage: (language: Language) => void;
  printToPdf: (sender: Pick<WebContents, 'printToPDF'>) => Promise<Uint8Array>;
  /** The review report as PDF bytes (electron/reportPdf.ts). */
  reportPdf: (fragment: string) => Promise<Uint8Array>;
  backups: {
    fs: BackupFileSystem;
    dir: string;
    now: () => Date;
    openFolder: (dir: string) => Promise<void>;
    password: BackupPassword;
    /** restore()'s verdict on a backup's plain bytes (in a worker thread in the app). */
    check: (plain: Uint8Array) => Promise<BackupCheck>;
  };
}

export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  const { ipcMain, devServerUrl, dialogs } = deps;
  handleValidated(ipcMain, IPC_CHANNELS.appInfo, emptyRequestSchema, () => deps.appInfo(), devServerUrl);
  handleValidated(
    ipcMain,
    IPC_CHANNELS.saveFile,
    saveFileRequestSchema,
    (request): Promise<SaveFileResult> => saveWithDialog(dialogs, request.suggestedName, request.kind, request.bytes),
    devServerUrl,
  );
  handleValidated(ipcMain, IPC_CHANNELS.openFile, openFileRequestSchema, (request): Promise<OpenFileResult> => openWithDialog(dialogs, request.kind), devServerUrl);
  handleValidated(
    ipcMain,
    IPC_CHANNELS.printToPdf,
    printToPdfRequestSchema,
    async (request, event): Promise<SaveFileResult> => saveWithDialog(dialogs, request.suggestedName, 'pdf', await deps.printToPdf(event.sender)),
    devServerUrl,
  );
  handleValidated(ipcMain, IPC_CHANNELS.reportPdf, reportPdfRequestSchema, (request) => deps.reportPdf(request.fragment), devServerUrl);
  handleValidated(ipcMain, IPC_CHANNELS.setLanguage, setLanguageRequestSchema, (request) => deps.setLanguage(request.language), devServerUrl);
  const { backups } = deps;
  handleValidated(
    ipcMain,
    IPC_CHANNELS.saveBackup,
    saveBackupRequestSchema,
    (request) => writeBackup({ fs: backups.fs, dir: backups.dir, check: backups.check, seal: (plain) => backups.password.seal(plain) }, request.reason, request.bytes, backups.now()),
    devServerUrl,
  );
  handleValidated(ipcMain, IPC_CHANNELS.backupEncryption, emptyRequestSchema, () => backups.password.state(), devServerUrl);
  handleValidated(ipcMain, IPC_CHANNELS.setBackupPassword, setBackupPasswordRequestSchema, (request) => backups.password.set(request.password), devServerUrl);
  handleValidated(ipcMain, IPC_CHANNELS.listBackups, emptyRequestSchema, () => listBackups(backups.fs, backups.dir), devServerUrl);
  handleValidated(
    ipcMain,
    IPC_CHANNELS.readBackup,
    readBackupRequestSchema,
    async (request): Promise<OpenFileResult> => {
      const bytes = await readBackup(backups.fs, backups.dir, request.name);
      return bytes ? { name: request.name, bytes } : null;
    },
    devServerUrl,
  );
  handleValidated(ipcMain, IPC_CHANNELS.isDailyBackupDue, emptyRequestSchema, () => isDailyBackupDue(backups.fs, backups.dir, backups.now()), devServerUrl);
  handleValidated(
    ipcMain,
    IPC_CHANNELS.openBackupsFolder,
    emptyRequestSchema,
    async () => {
      await backups.fs.mkdir(backups.dir);
      await backups.openFolder(backups.dir);
    },
    devServerUrl,
  );
}
