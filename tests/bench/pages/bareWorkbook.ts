/**
 * The benchmark baseline for the review pack's workbook: exceljs as its documentation shows it, in a
 * worker as the app builds it — sheets of the app's row and column counts, a header row and plain
 * values, a money format on the figures — written to a buffer. The browser build of exceljs has no streaming
 * writer, so this is the in-memory write the app's workbook is compared with. Nothing of Keyplan.
 */
interface BenchWindow {
  __writeBare: (sheets: { rows: number; columns: number }[]) => Promise<{ ms: number; bytes: number }>;
}

const worker = new Worker(new URL('./bareWorkbookWorker.ts', import.meta.url), { type: 'module' });

(window as unknown as BenchWindow).__writeBare = (sheets) =>
  new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ ms: number; bytes: number }>) => resolve(event.data);
    worker.postMessage({ sheets });
  });
