/**
 * The review pack's Excel workbook for a whole portfolio — 5,000 accounts, 100,000 plan rows — through
 * the dialog (导出 → download), against bare exceljs writing sheets of the same row and column counts
 * in a worker of a page of its own, in the same run. Also the longest UI task while the workbook is
 * built (the window must stay live) and the UI thread's JS heap before and at its peak.
 */
import ExcelJS from 'exceljs';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { importThroughUi } from '../benchActions';
import { profiled, traced } from '../profile';
import { baselinePageUrl } from '../baselinePages';
import type { Figure, Scenario } from '../harness';

const ACCOUNTS = 5000;
const ROWS_PER_ACCOUNT = 20;

const INSTRUMENTATION = () => {
  const w = window as unknown as { __longTasks: [number, number][]; __heap: number[] };
  w.__longTasks = [];
  w.__heap = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (memory) setInterval(() => w.__heap.push(memory.usedJSHeapSize), 100);
};

export const portfolioWorkbookScenario: Scenario = {
  name: `portfolio workbook: ${ACCOUNTS.toLocaleString('en-US')} accounts, ${(ACCOUNTS * ROWS_PER_ACCOUNT).toLocaleString('en-US')} plan rows`,
  run: async ({ newPage, baseUrl, browser }) => {
    const data = buildSampleWorkspace({ accounts: ACCOUNTS, stakeholders: 1, opportunities: 1, activities: 0, planRows: ROWS_PER_ACCOUNT });
    const page = await newPage();
    await page.addInitScript(INSTRUMENTATION);
    await importThroughUi(page, baseUrl, data);
    // A fresh start over the stored portfolio, as a director opens the app before a meeting: what the
    // import leaves the worker doing (preparing the next JSON export) is not the workbook's time.
    await page.reload();
    await page.getByRole('banner').getByRole('button', { name: /复盘材料/ }).click();
    const dialog = page.getByRole('dialog', { name: '导出复盘材料' });
    for (const other of ['PDF 报告', 'PowerPoint 演示文稿']) await dialog.getByRole('checkbox', { name: new RegExp(other) }).uncheck();
    const heapBefore = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const download = page.waitForEvent('download');
    const startedAt = await page.evaluate(() => performance.now());
    const started = Date.now();
    const file = await traced(page, 'portfolio-workbook', () =>
      profiled(page, 'portfolio-workbook', async () => {
        await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
        return download;
      }),
    );
    const ms = Date.now() - started;
    const { tasks, heap } = await page.evaluate((since) => {
      const w = window as unknown as { __longTasks: [number, number][]; __heap: number[] };
      return { tasks: w.__longTasks.filter(([at]) => at >= since).map(([, d]) => d), heap: w.__heap };
    }, startedAt);

    // The same sheets' sizes, written by bare exceljs.
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheets = book.worksheets.map((ws) => ({ rows: ws.rowCount - 1, columns: ws.columnCount }));
    const bare = await baselinePageUrl('bareWorkbook');
    const basePage = await (await browser.newContext()).newPage();
    basePage.setDefaultTimeout(600_000);
    await basePage.goto(bare.url);
    const baseline = await basePage.evaluate((s) => (window as unknown as { __writeBare: (s: { rows: number; columns: number }[]) => Promise<{ ms: number; bytes: number }> }).__writeBare(s), sheets);
    await basePage.context().close();
    await bare.close();

    const mb = (n: number) => Math.round(n / 1024 / 1024);
    const figures: Figure[] = [
      { name: 'baseline: bare exceljs, same sheets and sizes, in a worker', value: Math.round(baseline.ms), unit: 'ms', note: `${sheets.reduce((sum, s) => sum + s.rows, 0).toLocaleString('en-US')} rows in ${sheets.length} sheets, ${mb(baseline.bytes)} MB` },
      { name: 'review pack workbook: 导出 → download', value: ms, unit: 'ms', note: `${(ms / baseline.ms).toFixed(2)}× the bare write, ${mb(bytes.length)} MB` },
      { name: 'longest UI task while it was built', value: Math.round(Math.max(0, ...tasks)), unit: 'ms', note: `${tasks.filter((d) => d > 100).length} tasks over 100 ms` },
      { name: 'UI thread JS heap before → peak', value: mb(Math.max(heapBefore, ...heap)), unit: 'MB', note: `from ${mb(heapBefore)} MB (the workbook is built in the worker)` },
    ];
    return figures;
  },
};
