/**
 * Review pack for one key-account manager's 10 accounts (20 people each, opportunities, activities,
 * plan rows, contracts) in a workspace of 1,000 accounts, through the real dialog: the PDF (report
 * page drawn with its fonts, then printed by Chromium as the desktop's printToPDF does), the
 * PowerPoint deck and the Excel workbook (built in the workspace worker, from 导出 to the download).
 * Baseline in the same page: a raw IndexedDB read of every table the pack reads.
 */
import type { Page } from 'playwright-core';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { importThroughUi, rawRead } from '../benchActions';
import type { Figure, Scenario } from '../harness';

const ACCOUNTS = 1000;
const KEY_ACCOUNTS = 10;

async function openDialog(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: /复盘材料/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出复盘材料' });
  await dialog.getByRole('radio', { name: '某位负责人的客户' }).check();
  await dialog.getByRole('combobox', { name: '负责人' }).click();
  await page.locator('.ant-select-dropdown:visible').getByText('王经理', { exact: true }).click();
  return dialog;
}

/** Milliseconds from 导出 to the download of the one format left ticked. */
async function timeFile(page: Page, format: 'PowerPoint 演示文稿' | 'Excel 工作簿'): Promise<number> {
  const dialog = await openDialog(page);
  for (const other of ['PDF 报告', 'PowerPoint 演示文稿', 'Excel 工作簿']) if (other !== format) await dialog.getByRole('checkbox', { name: new RegExp(other) }).uncheck();
  const download = page.waitForEvent('download');
  const started = Date.now();
  await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
  await download;
  const ms = Date.now() - started;
  await dialog.waitFor({ state: 'detached' });
  return ms;
}

export const reviewPackScenario: Scenario = {
  name: `review pack: ${KEY_ACCOUNTS} key accounts × 20 people in a workspace of ${ACCOUNTS.toLocaleString('en-US')} accounts`,
  run: async ({ newPage, baseUrl }) => {
    const data = buildSampleWorkspace({ accounts: ACCOUNTS, stakeholders: 20, opportunities: 5, activities: 6, planRows: 2, everyTable: true });
    // One manager owns the 10 key accounts; a colleague the rest.
    data.accounts.forEach((a, i) => (a.ownerId = i < KEY_ACCOUNTS ? 'tm-000001' : 'tm-000002'));
    const page = await newPage();
    await importThroughUi(page, baseUrl, data);
    const figures: Figure[] = [];
    const raws: number[] = [];
    for (let i = 0; i < 3; i += 1) raws.push(await rawRead(page, ['accounts', 'stakeholders', 'opportunities', 'activities', 'planRows', 'contracts', 'renewals', 'teamMembers']));
    const raw = Math.min(...raws);
    figures.push({ name: 'baseline: raw IndexedDB read of the tables the pack reads', value: raw, unit: 'ms', note: `${data.stakeholders.length.toLocaleString('en-US')} people in all` });

    // PDF: the dialog opens the report in a tab; drawn when it marks itself ready, then printed.
    const dialog = await openDialog(page);
    for (const other of ['PowerPoint 演示文稿', 'Excel 工作簿']) await dialog.getByRole('checkbox', { name: new RegExp(other) }).uncheck();
    const opened = page.context().waitForEvent('page');
    const started = Date.now();
    await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
    const report = await opened;
    report.setDefaultTimeout(600_000);
    await report.locator('html[data-report-ready="true"]').waitFor();
    const drawn = Date.now() - started;
    const pdf = await report.pdf({ preferCSSPageSize: true, printBackground: true });
    const total = Date.now() - started;
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    figures.push({ name: 'PDF: 导出 → report drawn with its fonts', value: drawn, unit: 'ms', note: `${(drawn / raw).toFixed(1)}× the raw read` });
    figures.push({ name: 'PDF: 导出 → PDF printed', value: total, unit: 'ms', note: `${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB` });
    await report.close();

    figures.push({ name: 'PowerPoint deck: 导出 → download', value: await timeFile(page, 'PowerPoint 演示文稿'), unit: 'ms' });
    figures.push({ name: 'Excel workbook: 导出 → download', value: await timeFile(page, 'Excel 工作簿'), unit: 'ms' });
    return figures;
  },
};
