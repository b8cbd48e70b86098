/**
 * Creates the main window. The web preferences are written out here as a literal (not computed) so
 * static scanners such as electronegativity can verify them: context isolation, sandbox, no Node in
 * the page, its workers or subframes, web security on, middle-click new windows off.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowOptions {
  preloadPath: string;
  title: string;
}

export function createMainWindow(BrowserWindowCtor: BrowserWindowClass, options: MainWindowOptions): BrowserWindow {
  return new BrowserWindowCtor({
    width: 1440,
    height: 920,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: options.title,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
