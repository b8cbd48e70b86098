/**
 * Creates the main window: context isolation, sandbox, no Node in the page, its workers or
 * subframes, web security on, middle-click new windows off, DevTools only while developing. Each
 * setting is guarded by its own test in tests/unit/electron/securityChecklist.test.ts (scanners do
 * not see options passed to an injected constructor, so the tests are the guarantee).
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowOptions {
  preloadPath: string;
  title: string;
  /** Only with the development server: a shipped app has no DevTools at all (no shortcut opens them). */
  devTools: boolean;
}

/** What every window of ours runs with: isolated, sandboxed, no Node, web security on, no middle-click windows. */
export const SECURE_WEB_PREFERENCES = {
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
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

export function createMainWindow(BrowserWindowCtor: BrowserWindowClass, options: MainWindowOptions): BrowserWindow {
  return new BrowserWindowCtor({
    width: 1440,
    height: 920,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: options.title,
    backgroundColor: '#f5f5f5',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preloadPath, devTools: options.devTools },
  });
}

/**
 * The hidden window the review report is printed in (electron/reportPdf.ts): the same settings, no
 * preload (the report page needs nothing of the desktop), no DevTools.
 */
export function createReportWindow(BrowserWindowCtor: BrowserWindowClass): BrowserWindow {
  return new BrowserWindowCtor({ show: false, width: 1200, height: 900, webPreferences: { ...SECURE_WEB_PREFERENCES, devTools: false } });
}
