/**
 * The preload: exposes exactly the named functions of `DesktopBridge` on window.keyplan, nothing
 * else. It never forwards arbitrary channels; menu commands are checked against the known list.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, MENU_COMMANDS, type DesktopBridge, type MenuCommand } from '../shared/bridge/contract';

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);

const bridge = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo, {}),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  reportPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.reportPdf, request),
  setLanguage: (request) => ipcRenderer.invoke(IPC_CHANNELS.setLanguage, request),
  saveBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveBackup, request),
  isDailyBackupDue: () => ipcRenderer.invoke(IPC_CHANNELS.isDailyBackupDue, {}),
  openBackupsFolder: () => ipcRenderer.invoke(IPC_CHANNELS.openBackupsFolder, {}),
  backupEncryption: () => ipcRenderer.invoke(IPC_CHANNELS.backupEncryption, {}),
  setBackupPassword: (request) => ipcRenderer.invoke(IPC_CHANNELS.setBackupPassword, request),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups, {}),
  readBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, request),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('keyplan', bridge);
