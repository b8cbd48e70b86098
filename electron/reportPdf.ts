/**
 * The review report as PDF on the desktop: a hidden window (the main window's security settings,
 * no preload — the page needs nothing of the desktop) loads report.html with the request in its
 * fragment, the page reads the workspace from this origin's IndexedDB and marks itself ready, then
 * Chromium prints it with the page's own @page sizes (A4, landscape pages where it asks). The bytes
 * go back, with the 目录's page numbers written in, to the window that asked, which saves them — or
 * drops them if the person cancelled.
 */
import type { BrowserWindow } from 'electron';
import { CONTENTS_NUMBERS_COMING, numberContents } from './contentsPageNumbers';

export type ReportWindow = Pick<BrowserWindow, 'loadURL' | 'destroy' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'executeJavaScript' | 'printToPDF'>;
};

export interface ReportPdfDeps {
  /** A hidden window with our secure settings and no preload (windowFactory.ts createReportWindow). */
  createWindow: () => ReportWindow;
  /** app://keyplan/report.html, or the dev server's report page. */
  reportUrl: string;
  /** Resolves after this many milliseconds (a fake clock in tests). */
  wait: (ms: number) => Promise<void>;
  /** Give up after this long: a report of 5,000 accounts takes seconds, not minutes. */
  timeoutMs?: number;
}

const POLL_MS = 100;
const READY_STATE = "document.documentElement.dataset.reportReady ?? ''";


export async function printReportToPdf(deps: ReportPdfDeps, fragment: string): Promise<Uint8Array> {
  const win = deps.createWindow();
  try {
    await win.loadURL(`${deps.reportUrl}#${fragment}`);
    const deadline = deps.timeoutMs ?? 120_000;
    for (let waited = 0; ; waited += POLL_MS) {
      const state: unknown = await win.webContents.executeJavaScript(READY_STATE);
      if (state === 'true') break;
      if (state === 'error') throw new Error('The review report could not be built (see the report page)');
      if (waited >= deadline) throw new Error('The review report took too long to build');
      await deps.wait(POLL_MS);
    }
    // The 目录 keeps a slot for the page numbers written into the printed file (contentsPageNumbers.ts).
    await win.webContents.executeJavaScript(CONTENTS_NUMBERS_COMING);
    // The page's @page rules decide paper and orientation; page numbers come from its margin boxes.
    // Bookmarks from the report's headings (a chapter per account, the matrix, the risks) and a tagged PDF for screen readers.
    const printed = await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true, generateTaggedPDF: true });
    return await numberContents(new Uint8Array(printed));
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
