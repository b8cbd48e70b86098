import type { BrowserWindowConstructorOptions } from 'electron';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { CONTENTS_NUMBERS_COMING } from '../../../electron/contentsPageNumbers';
import { printReportToPdf, type ReportWindow } from '../../../electron/reportPdf';
import { createReportWindow, type BrowserWindowClass } from '../../../electron/windowFactory';

/** A hidden window whose page becomes ready (or fails) after a number of polls. */
function fakeWindow(states: string[]) {
  const calls: string[] = [];
  let destroyed = false;
  const win: ReportWindow = {
    loadURL: (url: string) => {
      calls.push(`load ${url}`);
      return Promise.resolve();
    },
    destroy: () => {
      destroyed = true;
    },
    isDestroyed: () => destroyed,
    webContents: {
      executeJavaScript: (script: string) => {
        if (script === CONTENTS_NUMBERS_COMING) calls.push('numbers coming');
        return Promise.resolve(states.shift() ?? '');
      },
      printToPDF: async (printOptions) => {
        calls.push(`print ${JSON.stringify(printOptions)}`);
        const doc = await PDFDocument.create();
        doc.addPage();
        return Buffer.from(await doc.save());
      },
    },
  };
  return {
    calls,
    destroyed: () => destroyed,
    deps: {
      createWindow: () => win,
      reportUrl: 'app://keyplan/report.html',
      wait: () => Promise.resolve(),
      timeoutMs: 1_000,
    },
  };
}

describe('review report to PDF', () => {
  it('loads the report page with the request, waits until it is drawn, prints with its own page sizes and closes the window', async () => {
    const fake = fakeWindow(['', '', 'true']);
    const bytes = await printReportToPdf(fake.deps, 'eyJh');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    expect(fake.calls).toEqual(['load app://keyplan/report.html#eyJh', 'numbers coming', 'print {"printBackground":true,"preferCSSPageSize":true,"generateDocumentOutline":true,"generateTaggedPDF":true}']);
    expect(fake.destroyed()).toBe(true);
  });

  it("prints in a hidden window with the main window's security settings and no preload", () => {
    let options: BrowserWindowConstructorOptions = {};
    function FakeWindow(o: BrowserWindowConstructorOptions) {
      options = o;
    }
    createReportWindow(FakeWindow as unknown as BrowserWindowClass);
    expect(options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false, disableBlinkFeatures: 'Auxclick', devTools: false },
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('fails, closing the window, when the page reports an error or never becomes ready', async () => {
    const broken = fakeWindow(['', 'error']);
    await expect(printReportToPdf(broken.deps, 'eyJh')).rejects.toThrow('could not be built');
    expect(broken.destroyed()).toBe(true);
    const slow = fakeWindow([]);
    await expect(printReportToPdf(slow.deps, 'eyJh')).rejects.toThrow('too long');
    expect(slow.destroyed()).toBe(true);
    expect(slow.calls.some((c) => c.startsWith('print'))).toBe(false);
  });
});
