/**
 * 复盘材料: a key-account manager takes two of his accounts to the review meeting — the PDF report,
 * the PowerPoint deck and the Excel workbook — coaches' identities hidden and personal files left
 * out, and opens the files.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENTS_NUMBERS_COMING, numberContents } from '../../electron/contentsPageNumbers';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { importFile } from './support/workspaceActions';

async function bytesOf(file: Download): Promise<Buffer<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const OUT = '.tmp/review-pack';

/** A desktop bridge whose PDF printing waits until the test calls __finishPdf(); saved files are recorded. */
const PENDING_PDF_BRIDGE = () => {
  const w = window as unknown as Record<string, unknown>;
  const asked: string[] = [];
  const saved: string[] = [];
  const waiting: (() => void)[] = [];
  w.__pdfAsked = asked;
  w.__saved = saved;
  w.__finishPdf = () => waiting.splice(0).forEach((finish) => finish());
  const ok = <T>(value: T) => Promise.resolve(value);
  w.keyplan = {
    appInfo: () => ok({ name: 'Keyplan', version: 'test', platform: 'linux' }),
    saveFile: (request: { suggestedName: string }) => {
      saved.push(request.suggestedName);
      return ok({ saved: true, name: request.suggestedName });
    },
    openFile: () => ok(null),
    printToPdf: () => ok({ saved: false }),
    reportPdf: (request: { fragment: string }) => {
      asked.push(request.fragment);
      return new Promise((resolve) => waiting.push(() => resolve(new TextEncoder().encode('%PDF-1.7'))));
    },
    setLanguage: () => ok(undefined),
    isDailyBackupDue: () => ok(false),
    openBackupsFolder: () => ok(undefined),
    backupEncryption: () => ok({ available: false, enabled: false }),
    listBackups: () => ok([]),
    readBackup: () => ok(null),
    setBackupPassword: () => ok({ ok: true }),
    onMenuCommand: () => () => undefined,
    saveBackup: () => ok('keyplan-backup.json'),
  };
};

/** The report's PDF as Chromium prints it, its text as poppler extracts it, and its page count. */
async function printed(report: Page): Promise<{ text: string; pages: number }> {
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/report.pdf`;
  // The page's own @page rules (A4, landscape chapters) decide the paper, as in the desktop's printToPDF.
  // With its outline, as the desktop's printToPDF writes it (generateDocumentOutline), and the 目录's
  // page numbers written in as the desktop writes them (electron/reportPdf.ts).
  await report.evaluate(CONTENTS_NUMBERS_COMING);
  writeFileSync(path, await numberContents(await report.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  // A picture of the chain page, to look at (the e2e failure pictures sit beside it).
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `${OUT}/page`]);
  return { text, pages };
}

/** Asks for the PDF report alone from the header and returns its tab once it is drawn. */
async function openPdfReport(page: Page, context: BrowserContext): Promise<Page> {
  await page.getByRole('banner').getByRole('button', { name: '复盘材料（PDF 报告、PPT、Excel）' }).click();
  const dialog = page.getByRole('dialog', { name: '导出复盘材料' });
  for (const format of ['PowerPoint 演示文稿', 'Excel 工作簿']) await dialog.getByRole('checkbox', { name: new RegExp(format) }).uncheck();
  const opened = context.waitForEvent('page');
  await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
  const report = await opened;
  await report.locator('html[data-report-ready="true"]').waitFor({ timeout: 30_000 });
  return report;
}

describe('review pack', () => {
  it('makes the PDF report and the deck for two accounts, searchable Chinese and nothing left out that was asked to be', async () => {
    const { page, context } = await openApp();
    const data = buildSampleWorkspace({ accounts: 3, stakeholders: 8, opportunities: 2, activities: 2, planRows: 1 });
    // At the Q1 review 关键人3 still opposed us; he supports us now.
    const snapshot = data.chartSnapshots[0]!;
    snapshot.stakeholders = snapshot.stakeholders.map((p) => (p.name === '关键人3' ? { ...p, stance: -2 } : p));
    // The coach (关键人4) is named in free text too: a visit's summary and a plan's strategy.
    for (const a of data.activities) a.summary = '关键人4透露财务部对预算有顾虑';
    for (const r of data.planRows) r.strategy = '以关键人4为内线推进';
    await importFile(page, 'team.json', workspaceFileText(data));
    await page.getByText(/已从“team.json”导入/).waitFor();

    // A home chart for a slide: SVG of shapes and text.
    await page.getByRole('button', { name: '导出图表：今年目标与商机' }).click();
    const chart = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /^导出 SVG 图片/ }).click();
    const chartText = (await bytesOf(await chart)).toString('utf8');
    expect(chartText).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(chartText).toContain('>年度目标</text>');

    await page.getByRole('banner').getByRole('button', { name: '复盘材料（PDF 报告、PPT、Excel）' }).click();
    const dialog = page.getByRole('dialog', { name: '导出复盘材料' });
    await dialog.getByRole('radio', { name: '选定的客户' }).check();
    await dialog.getByRole('combobox', { name: '选择客户' }).click();
    for (const name of ['示例客户1号（集团）有限公司', '示例客户2号（集团）有限公司']) await page.locator('.ant-select-dropdown:visible').getByText(name, { exact: true }).click();
    await dialog.getByRole('textbox', { name: '制作人' }).fill('李总监');
    const opened = context.waitForEvent('page');
    // The deck and the workbook come from one request to the worker, saved one after the other.
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await dialog.getByRole('button', { name: /^导\s?出$/ }).click();

    // The browser opens the report in a tab of its own; it is ready once drawn with its fonts.
    const report = await opened;
    await report.locator('html[data-report-ready="true"]').waitFor({ timeout: 30_000 });
    await report.getByRole('button', { name: '打印 / 另存为 PDF' }).waitFor();
    const { text, pages } = await printed(report);
    // Cover, summary, matrix, per account: chapter + chain page (+ overflow), risks.
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(20);
    for (const words of ['2026 年度大客户复盘', '制作人', '李总监', '示例客户1号（集团）有限公司', '示例客户2号（集团）有限公司', '经营汇总', '客户分析矩阵', '决策链', '关键人3', '风险与求助', '¥3万'])
      expect(text).toContain(words);
    expect(text).not.toContain('示例客户3号（集团）有限公司');
    // What moved on the chain since the Q1 review, and the RFM classes.
    expect(text).toContain('自快照“Q1 复盘”');
    expect(text).toMatch(/关键人3：\S+：反对 → 支持/);
    expect(text).toContain('RFM 客户分类');
    // Real text: no Kangxi radicals standing in for Chinese (what a CFF font gives), no personal files.
    expect(text).not.toMatch(/[\u2F00-\u2FDF]/);
    for (const secret of ['湖南长沙', '羽毛球']) expect(text).not.toContain(secret);
    // Coaches are hidden by default in a pack that leaves the machine: nowhere named, free text included.
    expect(text).toContain('向导 A');
    expect(text).not.toContain('关键人4');

    await page.getByText('已导出复盘材料（PowerPoint 演示文稿、Excel 工作簿）：2 个客户').waitFor();
    await expect.poll(() => downloads.length).toBe(2);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(['复盘材料-2026.pptx', '复盘材料-2026.xlsx']);
    const [deck, workbook] = downloads as [Download, Download];
    const book = new ExcelJS.Workbook();
    const bookBytes = await bytesOf(workbook);
    await book.xlsx.load(bookBytes.buffer.slice(bookBytes.byteOffset, bookBytes.byteOffset + bookBytes.byteLength));
    expect(book.getWorksheet('客户')!.getColumn(1).values.slice(2)).toEqual(['示例客户1号（集团）有限公司', '示例客户2号（集团）有限公司']);
    const zip = await JSZip.loadAsync(await bytesOf(deck));
    const slides = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(slides.join('')).toContain('示例客户2号（集团）有限公司 决策链');
    expect(slides.join('')).not.toContain('湖南长沙');
    const notes = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/(slides|notesSlides|charts)\/.*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(notes.join('')).not.toContain('关键人4');
    const cells: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    expect(cells.join('\n')).not.toContain('关键人4');
  });


  it('draws the sample’s 21-person chain in the PDF with every name at 9 pt or more, the reporting lines stacked as on screen', async () => {
    const { page, context } = await openApp();
    await page.getByRole('button', { name: '载入示例工作区' }).click();
    await page.getByTestId('kpi-accounts').getByText('1').waitFor();
    const report = await openPdfReport(page, context);
    await report.emulateMedia({ media: 'print' });
    // Each name as drawn: its font size times the drawing's scale, in pt (the SVG is sized in pt for the page).
    const names = await report.locator('svg.kp-org').evaluateAll((charts) =>
      charts.flatMap((svg) =>
        [...svg.querySelectorAll<SVGTextElement>('text[font-weight="700"]')].map((text) => ({
          name: text.textContent ?? '',
          pt: Number(text.getAttribute('font-size')) * (text.getScreenCTM()?.a ?? 0) * 0.75,
        })),
      ),
    );
    expect(names).toHaveLength(21);
    expect(names.filter((n) => n.pt < 9).map((n) => `${n.name} ${n.pt.toFixed(1)} pt`)).toEqual([]);
    expect(names.map((n) => n.name)).not.toContain('');
    const { text } = await printed(report);
    for (const name of ['赵志远', '王建国', '李明', '黄蕾']) expect(text).toContain(name);
    // Bookmarks: the PDF has an outline made of the report's headings.
    const raw = readFileSync(`${OUT}/report.pdf`, 'latin1');
    expect(raw).toContain('/Outlines');
    expect((raw.match(/\/Title/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('gives a six-account report a 目录 whose page numbers lead to the right pages, and no page of leftover rows', async () => {
    const { page, context } = await openApp();
    await importFile(page, 'team.json', workspaceFileText(buildSampleWorkspace({ accounts: 6, stakeholders: 8, opportunities: 2, activities: 2, planRows: 1 })));
    await page.getByText(/已从“team.json”导入/).waitFor();
    const report = await openPdfReport(page, context);
    const { pages } = await printed(report);
    const pageText = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), `${OUT}/report.pdf`, '-'], { encoding: 'utf8' });
    const lines = (n: number) => pageText(n).split('\n').map((l) => l.trim()).filter(Boolean);
    // 目录 rows as a reader sees them: "3. 示例客户1号（集团）有限公司 … 6", two columns a line.
    const entries = [...pageText(2).matchAll(/(\d+)\. (\S+)\s+(\d+)/g)]
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map((m) => ({ text: m[2]!, page: Number(m[3]) }));
    expect(entries.map((e) => e.text)).toEqual(['经营汇总', '客户分析矩阵', ...[1, 2, 3, 4, 5, 6].map((i) => `示例客户${i}号（集团）有限公司`), '风险与求助']);
    // Each number is the page whose first line is that heading.
    for (const entry of entries) expect(`${entry.text} → ${lines(entry.page)[0]}`).toBe(`${entry.text} → ${entry.text}`);
    // No page carries only a few leftover rows: every page has its heading or five lines or more.
    for (let n = 1; n <= pages; n++) expect(`page ${n}: ${lines(n).length >= 5}`).toBe(`page ${n}: true`);
  });

  it('builds the workbook for two chosen accounts through the dialog, with what was asked left out', async () => {
    const { page } = await openApp();
    const data = buildSampleWorkspace({ accounts: 3, stakeholders: 5, opportunities: 1, activities: 1, planRows: 1 });
    data.stakeholders[0]!.contacts = { phone: '', mobile: '13900001111', email: '', wechat: '', address: '' };
    await importFile(page, 'team.json', workspaceFileText(data));
    await page.getByText(/已从“team.json”导入/).waitFor();

    await page.getByRole('banner').getByRole('button', { name: '复盘材料（PDF 报告、PPT、Excel）' }).click();
    const dialog = page.getByRole('dialog', { name: '导出复盘材料' });
    // Nothing sensitive by default, coaches hidden (the pack leaves the machine), and the dialog says so.
    await dialog.getByText('不包含：个人档案、联系方式、向导的姓名和职务').waitFor();
    expect(await dialog.getByRole('checkbox', { name: /隐去向导身份/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: '选定的客户' }).check();
    await dialog.getByRole('combobox', { name: '选择客户' }).click();
    for (const name of ['示例客户1号（集团）有限公司', '示例客户3号（集团）有限公司']) await page.locator('.ant-select-dropdown:visible').getByText(name, { exact: true }).click();
    await dialog.getByRole('checkbox', { name: /隐去向导身份/ }).check();
    await dialog.getByText('不包含：个人档案、联系方式、向导的姓名和职务').waitFor();
    for (const format of ['PDF 报告', 'PowerPoint 演示文稿']) await dialog.getByRole('checkbox', { name: new RegExp(format) }).uncheck();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('复盘材料-2026.xlsx');
    await page.getByText('已导出复盘材料（Excel 工作簿）：2 个客户').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const book = new ExcelJS.Workbook();
    const bytes = await bytesOf(file);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const column = (sheet: string, header: string) => {
      const ws = book.getWorksheet(sheet)!;
      const index = (ws.getRow(1).values as unknown[]).indexOf(header);
      const values: string[] = [];
      ws.eachRow((row, n) => n > 1 && values.push(row.getCell(index).text));
      return values;
    };
    expect(column('客户', '客户')).toEqual(['示例客户1号（集团）有限公司', '示例客户3号（集团）有限公司']);
    const names = column('关键人', '姓名');
    expect(names).toContain('关键人1');
    expect(names).toContain('向导 A');
    expect(names).not.toContain('关键人4');
    // The plan row's target, in yuan (stored in fen): 30,000.00.
    expect(column('计划', '年度目标')).toEqual(['30000', '30000']);
    const everything: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => everything.push(cell.text))));
    for (const secret of ['湖南长沙', '羽毛球', '13900001111', '示例客户2号（集团）有限公司']) expect(everything.join('\n')).not.toContain(secret);
  });

  it('opens from the chain of an account with that account chosen; on the desktop a cancelled PDF writes no file', async () => {
    const { page, context } = await openApp();
    await context.addInitScript(PENDING_PDF_BRIDGE);
    await page.reload();
    await page.getByTestId('workspace-file-input').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(workspaceFileText(buildSampleWorkspace({ accounts: 2, stakeholders: 4 }))) });
    await page.getByText(/已从“team.json”导入/).waitFor();
    await page.getByRole('navigation').getByText('决策链', { exact: true }).click();
    await page.getByRole('button', { name: /打开 示例客户2号.* 的决策链/ }).click();
    await page.getByRole('button', { name: '导出' }).and(page.locator('.kp-chain-editor *')).click();
    await page.getByRole('menuitem', { name: '本客户的复盘材料（PDF、PPT、Excel）…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出复盘材料' });
    await expect.poll(() => dialog.getByRole('radio', { name: '选定的客户' }).isChecked()).toBe(true);
    await dialog.getByText('示例客户2号（集团）有限公司').waitFor();

    // Changes since the last review meeting, not since the latest snapshot.
    const since = dialog.getByRole('textbox', { name: '链的变化对比' });
    await expect.poll(() => since.getAttribute('placeholder')).toBe('最新快照');
    await since.click();
    await since.fill('2026-06-30');
    await since.press('Enter');
    await expect.poll(() => since.inputValue()).toBe('2026-06-30');

    // The PDF alone: the desktop prints it in a hidden window, which is still at work when the person cancels.
    for (const format of ['PowerPoint 演示文稿', 'Excel 工作簿']) await dialog.getByRole('checkbox', { name: new RegExp(format) }).uncheck();
    await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pdfAsked: string[] }).__pdfAsked.length)).toBe(1);
    // While it works the dialog says which file and what it is doing.
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('第 1/1 个文件：PDF 报告 正在排版 PDF 报告…');
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.evaluate(() => (window as unknown as { __finishPdf: () => void }).__finishPdf());

    // The request named the account; then a second, finished pack is the only file saved.
    const fragment = await page.evaluate(() => (window as unknown as { __pdfAsked: string[] }).__pdfAsked[0]!);
    const request = JSON.parse(Buffer.from(fragment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')) as { scope: { accountIds: string[] }; compareBefore: string | null };
    expect(request.scope.accountIds).toEqual(['acc-000002']);
    expect(request.compareBefore).toBe('2026-06-30');
    await page.getByRole('banner').getByRole('button', { name: '复盘材料（PDF 报告、PPT、Excel）' }).click();
    for (const format of ['PowerPoint 演示文稿', 'Excel 工作簿']) await dialog.getByRole('checkbox', { name: new RegExp(format) }).uncheck();
    await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pdfAsked: string[] }).__pdfAsked.length)).toBe(2);
    await page.evaluate(() => (window as unknown as { __finishPdf: () => void }).__finishPdf());
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as unknown as { __saved: string[] }).__saved)).toEqual(['复盘材料-2026.pdf']);
  });
});
