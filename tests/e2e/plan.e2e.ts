/** The annual battle plan as a sales director uses it: a spreadsheet, by keyboard, with Excel on the clipboard. */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { localDate } from './support/dates';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';

interface StoredRow {
  id: string;
  accountId: string;
  product: string;
  potential: number | null;
  target: number;
  floorTarget: number;
  quarters: number[];
  ownerId: string | null;
  relationshipStage: string | null;
  funnelStage: string | null;
  revisions: { from: number; to: number; reason: string }[];
  milestones: { task: string; dueDate: string | null; done: boolean }[];
  deletedAt: string | null;
}

const rowsOf = async (page: Page) => liveOnly(await storedRecords<StoredRow>(page, 'planRows')).sort((a, b) => a.id.localeCompare(b.id));
const cell = (page: Page, row: number, column: number) => page.locator(`.kp-row[data-r="${row}"] [role="gridcell"][data-c="${column}"]`);
const sheetInput = (page: Page) => page.locator('textarea.kp-cell-editor');

/** 3 accounts × 2 plan rows (targets 30,000.00, floors 20,000.00, quarters 5k/10k/10k/5k), owner 王经理. */
async function openPlan(options: { accounts?: number; context?: BrowserContext; knownPotential?: boolean } = {}): Promise<Page> {
  const { page, context } = await openApp();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
  const data = buildSampleWorkspace({ accounts: options.accounts ?? 3, stakeholders: 1, opportunities: 0, activities: 0, planRows: 2 });
  // Accounts whose purchase potential is known (from drivers) have a matrix quadrant; unknown ones have none.
  if (options.knownPotential) data.accounts.forEach((a, i) => (a.purchaseDrivers = [{ id: `drv-${i}`, name: '基站', quantity: 10 * (i + 1), unit: '个', purchasePerUnit: 20_000_000, decisionMakers: '' }]));
  await importFile(page, 'plan.json', workspaceFileText(data));
  await page.getByText(/导入 \d+ 条记录/).waitFor();
  await page.getByRole('navigation').first().getByRole('link', { name: '年度作战计划' }).click();
  await page.getByRole('grid', { name: '作战计划表' }).waitFor();
  await page.getByTestId('plan-count').getByText(/共 \d+ 行/).waitFor();
  return page;
}

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

describe('annual battle plan', () => {
  it('switches to a column view that fits a 1400 px window, saves its own, and keeps it after a reload', async () => {
    const page = await openPlan();
    const scroller = page.locator('.kp-sheet-scroll');
    const overflows = () => scroller.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    // All 22 columns: coverage and risk are off to the right.
    expect(await overflows()).toBe(true);
    await page.getByRole('button', { name: '视图：全部列' }).click();
    await page.getByRole('menuitem', { name: '商机覆盖' }).click();
    await page.getByRole('button', { name: '视图：商机覆盖' }).waitFor();
    expect(await page.getByRole('columnheader', { name: /策略与行动/ }).count()).toBe(0);
    await page.getByRole('columnheader', { name: /风险/ }).waitFor();
    // Nothing to scroll sideways for: the computed columns are in view.
    expect(await overflows()).toBe(false);

    // Picking columns by hand is a custom view, which can be saved under a name.
    await page.getByRole('button', { name: /^列$|^列\s/ }).click();
    await page.getByRole('menuitem', { name: '负责人' }).getByRole('checkbox').click();
    await expect.poll(() => page.getByRole('columnheader', { name: /负责人/ }).count()).toBe(0);
    await page.getByRole('button', { name: '视图：自定义' }).click();
    await page.getByRole('menuitem', { name: '保存当前列为视图…' }).click();
    const dialog = page.getByRole('dialog', { name: '保存当前列为视图…' });
    await dialog.getByRole('textbox', { name: '视图名称' }).fill('月度复盘');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByRole('button', { name: '视图：月度复盘' }).waitFor();

    await page.reload();
    await page.getByRole('grid', { name: '作战计划表' }).waitFor();
    await page.getByRole('button', { name: '视图：月度复盘' }).waitFor();
    expect(await page.getByRole('columnheader', { name: /负责人/ }).count()).toBe(0);
    await page.getByRole('button', { name: '视图：月度复盘' }).click();
    await page.getByRole('menuitem', { name: '全部列' }).click();
    await page.getByRole('columnheader', { name: /策略与行动/ }).waitFor();
  });

  it('draws the first rows before every account is read, and takes edits only once they are', async () => {
    const page = await openPlan({ knownPotential: true });
    // After a reload (nothing cached in the page), the page's full reads of the accounts table wait
    // until the test lets them go (the plan's first screen reads its accounts by key: not held).
    await page.context().addInitScript(() => {
      const w = window as unknown as { __letAccounts: () => void; __wholeTables: string[] };
      const released = new Promise<void>((resolve) => (w.__letAccounts = resolve));
      // Every table read whole, so the test can say what the first screen did not read.
      w.__wholeTables = [];
      // The original, called on each store below (taken through Reflect: it is used unbound on purpose).
      const getAll = Reflect.get(IDBObjectStore.prototype, 'getAll') as (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) => IDBRequest<unknown[]>;
      IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
        const request = getAll.apply(this, args);
        w.__wholeTables.push(this.name);
        if (this.name === 'accounts') {
          let handler: ((event: Event) => void) | null = null;
          Object.defineProperty(request, 'onsuccess', { get: () => handler, set: (next: ((event: Event) => void) | null) => (handler = next) });
          request.addEventListener('success', (event) => void released.then(() => handler?.call(request, event)));
        }
        return request;
      };
    });
    await page.reload();
    await expect.poll(() => cell(page, 0, 0).textContent()).toContain('示例客户1号');
    expect(await page.getByTestId('plan-count').textContent()).toBe('正在读取计划…');
    expect(await sheetInput(page).getAttribute('aria-readonly')).toBe('true');
    expect(await page.locator('.kp-plan').getByRole('button', { name: /导\s?出/ }).isDisabled()).toBe(true);
    // Typing now changes nothing (it is not taken as an edit it could not check).
    await sheetInput(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    expect(await cell(page, 0, 3).textContent()).toBe('30,000.00');
    // The matrix quadrant needs every account's white-space cells: they are read with the whole
    // workspace's accounts, after the first screen, never before it.
    const wholeTables = await page.evaluate(() => (window as unknown as { __wholeTables: string[] }).__wholeTables);
    expect(wholeTables).toContain('accounts');
    expect(wholeTables.slice(0, wholeTables.indexOf('accounts'))).not.toContain('whitespaceCells');

    await page.evaluate(() => (window as unknown as { __letAccounts: () => void }).__letAccounts());
    await page.getByTestId('plan-count').getByText(/共 6 行/).waitFor();
    expect(await sheetInput(page).getAttribute('aria-readonly')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('40000');
    await page.keyboard.press('Enter');
    const revision = page.getByRole('dialog', { name: '调整 1 个年度目标' });
    await revision.waitFor();
    expect((await rowsOf(page))[0]?.target).toBe(3_000_000);
    await revision.getByRole('button', { name: /取\s?消/ }).click();

    // The quadrants came with the whole workspace's context: every row is in a quadrant's group.
    await page.getByRole('combobox', { name: '分组' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-content').filter({ hasText: '按矩阵象限分组' }).click();
    const groups = page.locator('.kp-row--group');
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    const groupNames = await groups.evaluateAll((rows) => rows.map((r) => r.querySelector('[role="gridcell"]')?.textContent));
    for (const name of groupNames) expect(name).toMatch(/^(核心|成长|牵引|问题)客户 \(\d\)$/);
  });

  it('prints as a document: every row on landscape pages fitted to the width, a title, no toolbars', async () => {
    const page = await openPlan({ accounts: 40 });
    // 80 rows: the screen draws the few in view; paper gets all of them.
    await expect.poll(() => page.locator('.kp-row').count()).toBeLessThan(80);
    // What a browser does on Ctrl+P: beforeprint, then the print itself.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('.kp-row').count()).toBe(80);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const path = `${mkdtempSync(join(tmpdir(), 'plan-print-'))}/plan.pdf`;
    writeFileSync(path, pdf);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    // A4 landscape: 842 × 595 pt.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    // -layout keeps the page's columns, and may spread the title's words to line up with the table
    // under it (it did from 2026-12-01 on, with code that had passed the day before): the words are
    // compared, not the gaps.
    expect(text.replace(/[ \t]+/g, ' ')).toMatch(/2026 年度作战计划 · 打印于 \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('示例客户40号');
    expect(text).not.toContain('筛选');
    expect(text).not.toContain('添加行');
    expect(text).not.toContain('客户总览');
    await expect.poll(() => page.locator('.kp-row').count()).toBeLessThan(80);
  });

  it('is edited with the keyboard only: move, type, F2, Esc, Delete, undo/redo, a target revision with its reason, and survives a reload', async () => {
    const page = await openPlan();
    await sheetInput(page).focus();
    // Row 1 · 年度目标 (account, product, potential, target).
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('120万');
    await page.keyboard.press('Enter');
    const prompt = page.getByRole('dialog', { name: '调整 1 个年度目标' });
    await prompt.getByText('30,000.00 → 1,200,000.00').waitFor();
    expect(await prompt.getByRole('button', { name: '记录调整' }).isDisabled()).toBe(true);
    await page.keyboard.type('年中评审：客户扩容');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await prompt.waitFor({ state: 'hidden' });
    await expect.poll(() => cell(page, 0, 3).textContent()).toBe('1,200,000.00');
    await expect.poll(async () => (await rowsOf(page))[0]?.revisions).toEqual([expect.objectContaining({ from: 3_000_000, to: 120_000_000, reason: '年中评审：客户扩容' })]);
    // Enter moved down a row; the quarter split of row 1 no longer adds up and says by how much.
    expect(await cell(page, 0, 9).textContent()).toBe('−1,170,000.00');

    // F2 edits the product in place; Esc cancels a second edit.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('F2');
    await page.keyboard.type('（二期）');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, 0, 1).textContent()).toBe('产品线1（二期）');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('不要这个');
    await page.keyboard.press('Escape');
    expect(await cell(page, 0, 1).textContent()).toBe('产品线1（二期）');

    // Shift+arrows select Q1..Q2 of rows 1–2; Delete clears them, Ctrl+Z brings them back, Ctrl+Y clears again.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await page.locator('[role="gridcell"][aria-selected="true"]').count()).toBe(4);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await rowsOf(page)).slice(0, 2).map((r) => r.quarters)).toEqual([
      [0, 0, 1_000_000, 500_000],
      [0, 0, 1_000_000, 500_000],
    ]);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await rowsOf(page))[1]?.quarters).toEqual([500_000, 1_000_000, 1_000_000, 500_000]);
    expect(await cell(page, 1, 5).textContent()).toBe('5,000.00');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => cell(page, 1, 5).textContent()).toBe('0.00');

    // A bad value typed into a cell is refused with the reason; the cell keeps its value.
    await page.keyboard.press('Escape');
    await page.keyboard.type('十万');
    await page.keyboard.press('Enter');
    await page.getByText('“十万”不是金额').waitFor();
    expect((await rowsOf(page))[0]?.quarters[0]).toBe(0);

    // An unknown owner is refused; a known one is stored; Ctrl+D fills it down; Ctrl+Z takes the fill back.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 13; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.type('李四');
    await page.keyboard.press('Enter');
    await page.getByText('“李四”不是团队成员').waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('王经理');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await rowsOf(page)).slice(0, 3).map((r) => r.ownerId)).toEqual(['tm-000001', null, null]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+D');
    await expect.poll(async () => (await rowsOf(page)).slice(0, 3).map((r) => r.ownerId)).toEqual(['tm-000001', 'tm-000001', 'tm-000001']);
    expect(await cell(page, 2, 13).textContent()).toBe('王经理');
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await rowsOf(page)).slice(0, 3).map((r) => r.ownerId)).toEqual(['tm-000001', null, null]);

    // Pick lists, like Excel's drop-downs. Alt+↓ on 关系阶段 lists the four stages; ↓ ↓ Enter picks the second.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+ArrowDown');
    const stages = page.getByRole('listbox', { name: '“关系阶段”的可选值' });
    expect(await stages.getByRole('option').allTextContents()).toEqual(['考察期', '形成期', '稳定期', '退化期']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await stages.getByRole('option', { selected: true }).textContent()).toBe('形成期');
    expect(await sheetInput(page).getAttribute('aria-activedescendant')).toBe(await stages.getByRole('option', { selected: true }).getAttribute('id'));
    await page.keyboard.press('Enter');
    await stages.waitFor({ state: 'detached' });
    await expect.poll(async () => (await rowsOf(page))[0]?.relationshipStage).toBe('FORMATION');
    expect(await cell(page, 0, 10).textContent()).toBe('形成期');
    // Typing filters the list and Enter takes the first match: “稳” → 稳定期 (row 2, where Enter moved to).
    await page.keyboard.type('稳');
    expect(await stages.getByRole('option').allTextContents()).toEqual(['稳定期']);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await rowsOf(page))[1]?.relationshipStage).toBe('STABILITY');
    // With the mouse: the active cell's ▾ opens the funnel stages; a click picks one.
    await cell(page, 2, 15).click();
    await page.getByRole('button', { name: '展开“漏斗阶段”的可选值' }).click();
    await page.getByRole('listbox', { name: '“漏斗阶段”的可选值' }).getByRole('option', { name: '谈判签约' }).click();
    await expect.poll(async () => (await rowsOf(page))[2]?.funnelStage).toBe('NEGOTIATION');
    expect(await cell(page, 2, 15).textContent()).toBe('谈判签约');
    // A typed value that matches nothing is checked like every entry: refused with the valid options.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('成交');
    expect(await page.getByRole('listbox', { name: '“漏斗阶段”的可选值' }).textContent()).toBe('没有匹配的选项');
    await page.keyboard.press('Enter');
    await page.getByText(/“成交”不是可选值/).waitFor();
    expect((await rowsOf(page))[3]?.funnelStage).toBeNull();

    await page.reload();
    await page.getByRole('grid', { name: '作战计划表' }).waitFor();
    await expect.poll(() => cell(page, 0, 1).textContent()).toBe('产品线1（二期）');
    expect(await cell(page, 0, 10).textContent()).toBe('形成期');
    expect(await cell(page, 0, 3).textContent()).toBe('1,200,000.00');
    expect(await cell(page, 1, 5).textContent()).toBe('0.00');
  });

  it('deletes rows as a step of the undo history too: it is there after a reload and brings the row back', async () => {
    const page = await openPlan();
    await page.getByTestId('plan-count').getByText(/共 6 行/).waitFor();
    await cell(page, 0, 1).click();
    await page.getByRole('button', { name: '删除行' }).click();
    await page.getByText('已删除 1 行。').waitFor();
    await page.getByTestId('plan-count').getByText(/共 5 行/).waitFor();
    // Closed and opened again: the way back is stored with the workspace, as for every deletion.
    await page.reload();
    await page.getByTestId('plan-count').getByText(/共 5 行/).waitFor();
    await page.getByRole('button', { name: '撤销记录（1 项可撤销）' }).click();
    const history = page.getByRole('dialog', { name: '撤销记录' });
    await history.getByRole('button', { name: /^撤\s?销\s*：已删除 1 行。$/ }).click();
    await page.getByText('已撤销：已删除 1 行。').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('plan-count').getByText(/共 6 行/).waitFor();
  });

  it('takes a TSV block from Excel: good cells saved, the bad one reported, one undo takes the whole paste back; lines below the last row become rows', async () => {
    const page = await openPlan({ accounts: 2 });
    const before = await rowsOf(page);
    await cell(page, 0, 1).click();
    await paste(page, '"产品X\n(含服务)"\t10万\r\n产品Y\tabc\r\n产品Z\t"1,500,000"\r\n');
    const problems = page.getByRole('alert').filter({ hasText: '1 个单元格未保存' });
    await problems.getByText('粘贴第 2 行（示例客户1号（集团）有限公司 · 产品Y） · 购买潜力：“abc”不是金额').waitFor();
    await expect.poll(async () => (await rowsOf(page)).slice(0, 3).map((r) => [r.product, r.potential])).toEqual([
      ['产品X\n(含服务)', 10_000_000],
      ['产品Y', null],
      ['产品Z', 150_000_000],
    ]);
    // The pasted block is selected, as in Excel.
    expect(await page.locator('[role="gridcell"][aria-selected="true"]').count()).toBe(6);

    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await rowsOf(page)).map((r) => [r.product, r.potential])).toEqual(before.map((r) => [r.product, r.potential]));
    expect(await cell(page, 0, 1).textContent()).toBe('产品线1');

    // Copy two cells out (as Excel would receive them) …
    await cell(page, 0, 1).click();
    await cell(page, 1, 3).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('产品线1\t\t30,000.00\r\n产品线2\t\t30,000.00\r\n');

    // … and paste rows under the last one, starting in the account column: known accounts become new rows.
    await cell(page, 3, 0).click();
    await paste(page, '示例客户2号（集团）有限公司\t新品\r\n示例客户2号（集团）有限公司\t新品二\r\n没有这个客户\t新品三\r\n');
    await page.getByText('粘贴第 3 行 · 客户：“没有这个客户”不是已有客户的名称').waitFor();
    await expect.poll(async () => (await rowsOf(page)).length).toBe(5);
    const created = (await rowsOf(page)).filter((r) => !before.some((b) => b.id === r.id));
    expect(created.map((r) => [r.accountId, r.product, r.ownerId])).toEqual([['acc-000002', '新品二', 'tm-000001']]);
    expect((await rowsOf(page)).find((r) => r.id === before[3]?.id)?.product).toBe('新品');
  });

  it('sorts, filters and groups with subtotals, keeps milestones, and exports the view to Excel that reads back the same', async () => {
    const page = await openPlan({ accounts: 3 });
    // Make the rows differ: targets 10万, 20万 … 60万 down the sheet.
    await cell(page, 0, 3).click();
    await paste(page, ['10万', '20万', '30万', '40万', '50万', '60万'].join('\r\n'));
    await page.getByRole('dialog', { name: '调整 6 个年度目标' }).getByRole('textbox').fill('重新分解');
    await page.getByRole('button', { name: '记录调整' }).click();
    await expect.poll(() => cell(page, 5, 3).textContent()).toBe('600,000.00');

    await page.getByRole('columnheader', { name: /年度目标/ }).getByRole('button').click();
    await page.getByRole('columnheader', { name: /年度目标/ }).getByRole('button').click();
    await expect.poll(() => page.getByRole('columnheader', { name: /年度目标/ }).getAttribute('aria-sort')).toBe('descending');
    expect(await cell(page, 0, 3).textContent()).toBe('600,000.00');

    // Widen 年度目标 by dragging its header's edge: header and cells follow, the width is remembered on
    // this device, and a double-click on the edge resets it.
    const targetHeader = page.getByRole('columnheader', { name: /年度目标/ });
    const widthOf = async () => (await targetHeader.boundingBox())?.width ?? 0;
    const narrow = await widthOf();
    const edge = page.getByRole('separator', { name: '调整“年度目标”列宽' });
    const grip = await edge.boundingBox();
    if (!grip) throw new Error('no resize handle');
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 60, grip.y + grip.height / 2, { steps: 5 });
    await expect.poll(() => edge.getAttribute('class')).toContain('kp-resizer--active');
    await page.mouse.up();
    await expect.poll(() => edge.getAttribute('class')).not.toContain('kp-resizer--active');
    expect(await widthOf()).toBeCloseTo(narrow + 60, 0);
    expect((await cell(page, 0, 3).boundingBox())?.width).toBeCloseTo(narrow + 60, 0);
    expect(await page.evaluate(() => localStorage.getItem('keyplan.plan.columns'))).toContain(`"target":${narrow + 60}`);
    await edge.dblclick();
    await expect.poll(widthOf).toBeCloseTo(narrow, 0);

    await page.getByRole('textbox', { name: '筛选年度目标' }).fill('>=30万');
    await page.getByTestId('plan-count').getByText('共 6 行 · 显示 4 行').waitFor();
    await page.getByRole('textbox', { name: '筛选客户', exact: true }).fill('3号');
    await page.getByTestId('plan-count').getByText('共 6 行 · 显示 2 行').waitFor();
    await page.getByRole('textbox', { name: '筛选客户', exact: true }).fill('');

    await page.getByRole('combobox', { name: '分组' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-content').filter({ hasText: '按客户等级分组' }).click();
    const groups = page.locator('.kp-row--group');
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    const groupTexts = await groups.evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent).slice(0, 4)));
    // 4 rows of ≥ 30万 in two tiers (sample account 2 is 重要客户, account 3 普通客户), collated by pinyin.
    // Subtotals and totals are summaries, in the workspace's units; the exact sum is their hover text.
    expect(groupTexts).toEqual([
      ['普通客户 (2)', '', '¥0', '¥110万'],
      ['重要客户 (2)', '', '¥0', '¥70万'],
    ]);
    expect(await groups.first().getByRole('gridcell').nth(3).getAttribute('title')).toBe('1,100,000.00');
    const grandTarget = page.getByRole('row', { name: '总计' }).getByRole('gridcell').nth(3);
    expect(await grandTarget.textContent()).toBe('¥180万');
    expect(await grandTarget.getAttribute('title')).toBe('1,800,000.00');

    // Milestones of the top row: tick the sample one done, add one already overdue.
    await cell(page, 1, 17).dblclick();
    const drawer = page.getByRole('dialog').filter({ hasText: '关键节点' });
    await drawer.getByRole('checkbox', { name: '已完成' }).check();
    await drawer.getByRole('button', { name: '添加里程碑' }).click();
    await drawer.getByRole('textbox', { name: '任务' }).nth(1).fill('提交技术方案');
    const due = drawer.getByRole('textbox', { name: '完成时间' }).nth(1);
    await due.click();
    await due.fill(localDate(-3));
    await due.press('Enter');
    await drawer.getByText('已逾期').waitFor();
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await expect.poll(() => cell(page, 1, 17).textContent()).toBe(`逾期 1${localDate(-3).slice(5)} 提交技术方案`);
    expect(await cell(page, 1, 17).getAttribute('class')).toContain('kp-cell--overdue');
    const withMilestones = (await rowsOf(page)).find((r) => r.milestones.length === 2);
    expect(withMilestones?.milestones.map((m) => [m.task, m.done])).toEqual([
      ['完成方案交流', true],
      ['提交技术方案', false],
    ]);

    // Export what is on screen and read it back with exceljs.
    await page.getByRole('button', { name: '导出' }).and(page.locator('.kp-plan *')).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Excel 工作簿（.xlsx）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Keyplan 作战计划 \d{4}\.xlsx$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = await page.getByRole('columnheader').evaluateAll((cells) => cells.map((c) => c.querySelector('button')?.textContent?.replace(/[▲▼]/g, '')));
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.rowCount).toBe(1 + 2 * 3 + 1); // header, two groups of two rows, total
    expect(sheet.getCell('A2').value).toBe('普通客户 (2)');
    expect(sheet.getCell('D2').value).toMatchObject({ formula: 'SUBTOTAL(9,D3:D4)', result: 1_100_000 });
    expect(sheet.getCell('D5').value).toMatchObject({ formula: 'SUBTOTAL(9,D6:D7)', result: 700_000 });
    expect([3, 4, 6, 7].map((r) => sheet.getCell(`D${r}`).value)).toEqual([600_000, 500_000, 400_000, 300_000]);
    expect(sheet.getCell('D3').numFmt).toBe('#,##0.00');
    const screenFirstRow = await page.locator('.kp-row[data-r="1"] [role="gridcell"]').evaluateAll((cells) => cells.slice(0, 2).map((c) => c.textContent));
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(screenFirstRow);
    // SUBTOTAL skips the group subtotals inside its range, so the total is not counted twice.
    expect(sheet.getCell('D8').value).toMatchObject({ formula: 'SUBTOTAL(9,D2:D7)', result: 1_800_000 });
    expect(sheet.getCell('A8').value).toBe('合计 · 4 行');

    // CSV: UTF-8 with a byte-order mark (so Excel and WPS read the Chinese), plain numbers.
    await page.getByRole('button', { name: '导出' }).and(page.locator('.kp-plan *')).click();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV（.csv）' }).click();
    const csvChunks: Buffer[] = [];
    for await (const chunk of await (await csvDownload).createReadStream()) csvChunks.push(chunk as Buffer);
    const csv = Buffer.concat(csvChunks).toString('utf8');
    expect(csv.startsWith('\uFEFF客户,产品,购买潜力,年度目标,')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^普通客户 \(2\),,0\.00,1100000\.00,/);
  });

  it("feeds the home: this year's target and this week's milestones follow edits of the plan", async () => {
    const { page } = await openApp();
    // An empty workspace: 添加行 is disabled and says why, on hover and to a screen reader.
    await page.getByRole('navigation').first().getByRole('link', { name: '年度作战计划' }).click();
    const add = page.getByRole('button', { name: '添加行' });
    expect(await add.isDisabled()).toBe(true);
    // (The reason comes with the accounts, read once the empty sheet has been drawn.)
    await expect.poll(() => add.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('请先在“客户”里新建一个客户');
    const data = buildSampleWorkspace({ accounts: 2, stakeholders: 1, opportunities: 0, activities: 0, planRows: 1 });
    // Row 1's milestone falls due in two days; row 2's stays in March.
    data.planRows = data.planRows.map((r, i) => (i === 0 ? { ...r, milestones: r.milestones.map((m) => ({ ...m, dueDate: localDate(2), task: '提交二期方案' })) } : r));
    await importFile(page, 'home.json', workspaceFileText(data));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    await expect.poll(() => page.getByTestId('kpi-target').textContent()).toContain('¥6万');
    const dueList = page.locator('.ant-card').filter({ hasText: '本周到期的里程碑和下一步' });
    await dueList.getByText('里程碑 · 示例客户1号（集团）有限公司 · 提交二期方案').waitFor();

    // In the plan: a new target for row 2, and row 1's milestone ticked done.
    await page.getByRole('navigation').first().getByRole('link', { name: '年度作战计划' }).click();
    await page.getByTestId('plan-count').getByText(/共 2 行/).waitFor();
    // The risk column explains itself on hover, with this workspace's margin.
    expect(await page.locator('.kp-head-label').filter({ hasText: /^风险/ }).getAttribute('title')).toContain('加权商机 ÷ 年度目标 < 1 + 目标风险裕量（30%），即加权商机不到目标的 1.3 倍');
    // The risk headline is a summary: in 万, like the home.
    await expect.poll(() => page.getByTestId('plan-risk-headline').textContent()).toBe('目标 ¥6万 · 加权商机 ¥0 · 覆盖率 0%（风险裕量 30%）');
    await cell(page, 1, 3).click();
    await page.keyboard.type('10万');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '调整 1 个年度目标' }).getByRole('textbox').fill('客户扩容');
    await page.getByRole('button', { name: '记录调整' }).click();
    await expect.poll(async () => (await rowsOf(page)).map((r) => r.target)).toEqual([3_000_000, 10_000_000]);
    await cell(page, 0, 17).dblclick();
    const drawer = page.getByRole('dialog').filter({ hasText: '关键节点' });
    await drawer.getByRole('checkbox', { name: '已完成' }).check();
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await expect.poll(async () => (await rowsOf(page))[0]?.milestones[0]?.done).toBe(true);

    // The home follows: 30,000 + 100,000, and the milestone done is no longer due.
    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    await expect.poll(() => page.getByTestId('kpi-target').textContent()).toContain('¥13万');
    await dueList.getByText('暂无。').waitFor();
    expect(await dueList.textContent()).not.toContain('提交二期方案');
  });
});
