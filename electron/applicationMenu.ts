/**
 * The application menu: File (Import, Export, Print), Edit, View, Window, Help, with the platform's
 * accelerators (CmdOrCtrl). File commands are sent to the renderer, which runs the same import and
 * export as its buttons. Labels come from the shared i18n resources, so the menu follows the
 * language chosen in Settings.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge/contract';
import type { Messages } from '../shared/i18n/en';

export interface MenuOptions {
  platform: NodeJS.Platform;
  messages: Messages;
  appName: string;
  isDev: boolean;
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  checkUpdates: () => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { messages: m, platform, send } = options;
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: m.menu.file,
    submenu: [
      { label: m.menu.importWorkspace, accelerator: 'CmdOrCtrl+O', click: () => send('import-workspace') },
      { label: m.menu.exportWorkspace, accelerator: 'CmdOrCtrl+Shift+S', click: () => send('export-workspace') },
      { label: m.menu.reviewPack, click: () => send('review-pack') },
      { type: 'separator' },
      { label: m.menu.print, accelerator: 'CmdOrCtrl+P', click: () => send('print') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: m.menu.view,
    submenu: [
      { role: 'reload' },
      ...(options.isDev ? [{ role: 'toggleDevTools' as const }] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: m.menu.help,
    role: 'help',
    submenu: [
      { label: m.menu.checkUpdates, click: options.checkUpdates },
      { label: m.menu.about, click: options.showAbout },
    ],
  };
  return [
    ...(mac ? [{ label: options.appName, role: 'appMenu' as const }] : []),
    file,
    { label: m.menu.edit, role: 'editMenu' },
    view,
    { label: m.menu.window, role: 'windowMenu' },
    help,
  ];
}
