/** Contracts, collection and renewals as a key-account manager tracks them, and the home screen that sums them up. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { localDate } from './support/dates';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';

interface StoredContract {
  title: string;
  amount: number;
  signedDate: string | null;
  acceptanceSignerId: string | null;
  checklist: Record<string, boolean>;
  installments: { stage: string | null; shareBasisPoints: number; amount: number; dueDate: string | null; received: number; receivedDate: string | null }[];
  deletedAt: string | null;
}

const editor = (page: Page) => page.getByRole('dialog', { name: /新建合同|编辑合同/ });
const stage = (n: number, field: string) => `回款阶段 ${n} ${field}`;

async function pickDate(page: Page, name: string, date: string): Promise<void> {
  const box = editor(page).getByRole('textbox', { name, exact: true });
  await box.click();
  await box.fill(date);
  await box.press('Enter');
}

async function pickOption(page: Page, name: string, option: RegExp): Promise<void> {
  const box = editor(page).getByRole('combobox', { name, exact: true });
  await box.click();
  const list = await box.getAttribute('aria-controls');
  await page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option-content`).filter({ hasText: option }).click();
}

const contracts = async (page: Page) => liveOnly(await storedRecords<StoredContract>(page, 'contracts'));

describe('payments battle map and portfolio home', () => {
  it('creates a contract with the four stages, records a partial payment, refuses bad input at the field, and the map and home follow, overdue by date included', async () => {
    const { page } = await openApp();
    await importFile(page, 'one.json', workspaceFileText(buildSampleWorkspace({ accounts: 1, stakeholders: 2, opportunities: 0, activities: 0, planRows: 0, everyTable: false })));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '回款与续单' }).click();
    await page.getByText('还没有回款计划。新建合同即可跟踪回款。').waitFor();
    await page.getByRole('button', { name: '新建合同' }).click();

    await pickOption(page, '客户', /示例客户1号/);
    await editor(page).getByRole('textbox', { name: '合同名称' }).fill('二期合同');
    await editor(page).getByRole('textbox', { name: '合同金额' }).fill('1000000');
    // The four stages by default, 30/30/30/10, amounts computed from the shares.
    await editor(page).getByTestId('installment-amount-3').getByText('¥100,000.00').waitFor();
    expect(await editor(page).getByTestId('installment-amount-0').textContent()).toBe('¥300,000.00');
    expect(await editor(page).getByRole('combobox', { name: stage(4, '阶段') }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').textContent()).toContain('质保尾款');

    // Shares that do not add up are refused, and nothing is stored.
    await editor(page).getByRole('spinbutton', { name: stage(1, '比例 %') }).fill('40');
    await editor(page).getByTestId('share-total').getByText('比例合计 110%').waitFor();
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await editor(page).getByText('各期回款比例之和必须为 100%').waitFor();
    expect(await contracts(page)).toEqual([]);
    await editor(page).getByRole('spinbutton', { name: stage(1, '比例 %') }).fill('30');

    // A received amount above the installment is refused at the field unless marked as over-payment.
    await pickDate(page, stage(1, '应收日期'), localDate(10));
    await editor(page).getByRole('textbox', { name: stage(1, '已收金额') }).fill('400000');
    await pickDate(page, stage(1, '到账日期'), localDate(0));
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await editor(page).getByText('超过本期应收金额；如客户确实多付，请勾选“超额回款”').waitFor();
    expect(await contracts(page)).toEqual([]);
    await editor(page).getByRole('textbox', { name: stage(1, '已收金额') }).fill('100000');
    await pickDate(page, stage(2, '应收日期'), localDate(20));
    await editor(page).getByRole('checkbox', { name: '情 · 与签字人的关系持续维护' }).check();
    await pickOption(page, '验收签字人', /关键人1/);
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await editor(page).waitFor({ state: 'hidden' });

    const [saved] = await contracts(page);
    expect(saved).toMatchObject({ title: '二期合同', amount: 100_000_000, signedDate: localDate(0), acceptanceSignerId: 'sh-000001-001' });
    expect(saved?.checklist).toMatchObject({ relationshipKept: true, invoice: false });
    expect(saved?.installments.map((i) => [i.stage, i.shareBasisPoints, i.amount, i.dueDate, i.received])).toEqual([
      ['DOWN_PAYMENT', 3000, 30_000_000, localDate(10), 10_000_000],
      ['DELIVERY', 3000, 30_000_000, localDate(20), 0],
      ['ACCEPTANCE', 3000, 30_000_000, null, 0],
      ['WARRANTY', 1000, 10_000_000, null, 0],
    ]);

    // The battle map: the partly paid installment first (due soonest), its outstanding amount.
    const map = page.locator('.kp-battle-map');
    const firstRow = map.locator('.ant-table-row').first();
    await expect.poll(() => firstRow.textContent()).toContain('即将到期');
    expect(await firstRow.textContent()).toMatch(/首付款.*300,000\.00100,000\.00200,000\.00/);
    expect(await map.locator('.ant-table-thead').textContent()).toContain('应收金额（¥）');
    // The cards above are summaries: 万, the exact amount on hover.
    const collected = page.locator('.ant-statistic').filter({ hasText: '已回款' });
    expect(await collected.textContent()).toContain('¥10万');
    expect(await collected.locator('[title]').getAttribute('title')).toBe('¥100,000.00');

    // Home: nothing overdue yet.
    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    await expect.poll(() => page.getByTestId('kpi-overdue').textContent()).toBe('逾期回款 · 0 笔¥0');

    // The delivery payment falls due five days ago: before signing is refused, so the contract was signed a month ago.
    await page.getByRole('navigation').first().getByRole('link', { name: '回款与续单' }).click();
    await map.locator('.ant-table-row').filter({ hasText: '到货付款' }).click();
    await pickDate(page, stage(2, '应收日期'), localDate(-5));
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await editor(page).getByText('不能早于合同签订日期').waitFor();
    await pickDate(page, '签订日期', localDate(-30));
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await editor(page).waitFor({ state: 'hidden' });
    await expect.poll(() => map.locator('.ant-table-row').first().textContent()).toContain('逾期 5 天');

    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    // In the units a manager thinks in, the exact amount on hover; 设置 ▸ 金额显示 can ask for exact figures.
    await expect.poll(() => page.getByTestId('kpi-overdue').textContent()).toBe('逾期回款 · 1 笔¥30万');
    expect(await page.getByTestId('kpi-overdue').locator('[title]').getAttribute('title')).toBe('¥300,000.00');
    await page.locator('.kp-home-list').getByText('示例客户1号（集团）有限公司 · 到货付款').waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    await page.getByRole('combobox', { name: '金额显示' }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('精确到分（¥24,790,000.00）').click();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    await expect.poll(() => page.getByTestId('kpi-overdue').textContent()).toBe('逾期回款 · 1 笔¥300,000.00');
    await page.getByTestId('kpi-overdue').click();
    await page.getByRole('switch', { name: '只看逾期' }).and(page.locator('[aria-checked="true"]')).waitFor();
    expect(await map.locator('.ant-table-row').count()).toBe(1);
  });

  it('records renewals and shows net revenue retention per account and for the portfolio; a renewal due soon reaches the home screen', async () => {
    const { page } = await openApp();
    await importFile(page, 'two.json', workspaceFileText(buildSampleWorkspace({ accounts: 2, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0, everyTable: false })));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.goto(`${new URL(page.url()).origin}/#/payments?tab=renewals`);
    const year = localDate(0).slice(0, 4);
    const drawer = page.getByRole('dialog', { name: '续单记录' });
    const add = async (account: RegExp, recurring: string, expansion: string, churned: string) => {
      await page.getByRole('button', { name: '新增续单记录' }).click();
      const box = drawer.getByRole('combobox', { name: '客户', exact: true });
      await box.click();
      const list = await box.getAttribute('aria-controls');
      await page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option-content`).filter({ hasText: account }).click();
      await drawer.getByRole('textbox', { name: '期初经常性收入' }).fill(recurring);
      await drawer.getByRole('textbox', { name: '新增收入' }).fill(expansion);
      await drawer.getByRole('textbox', { name: '流失收入' }).fill(churned);
    };
    await add(/示例客户1号/, '1000000', '250000', '100000');
    await drawer.getByRole('button', { name: '添加续单事项' }).click();
    await drawer.getByRole('textbox', { name: '新的需求' }).fill('扩容到华南');
    await drawer.getByRole('textbox', { name: '续单金额' }).fill('300000');
    const signing = drawer.getByRole('textbox', { name: '预计签约时间' });
    await signing.click();
    await signing.fill(localDate(20));
    await signing.press('Enter');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await add(/示例客户2号/, '500000', '0', '200000');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await drawer.waitFor({ state: 'hidden' });

    const rows = page.getByRole('table').locator('.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    // 100 万 + 25 万 − 10 万 = 115 万 → 115 %; 50 万 − 20 万 = 30 万 → 60 %; portfolio (115 + 30) ÷ 150 = 97 %.
    expect(await rows.nth(0).textContent()).toMatch(/示例客户1号.*¥1,000,000\.00¥250,000\.00¥100,000\.00¥1,150,000\.00115%1/);
    expect(await rows.nth(1).textContent()).toMatch(/示例客户2号.*¥300,000\.0060%/);
    await page.locator('.ant-statistic').filter({ hasText: `${year} 整体净收入留存率` }).getByText('97%').waitFor();

    // A second record for the same account and year is refused at the period.
    await add(/示例客户1号/, '1', '0', '0');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await drawer.getByText(/ID“\d{4}”重复/).waitFor();
    await drawer.getByRole('button', { name: /取\s?消/ }).click();
    // What was typed is not dropped without a word: the person discards it.
    await page.getByRole('dialog', { name: '放弃未保存的修改？' }).getByRole('button', { name: '放弃修改' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    await expect.poll(() => page.getByTestId('kpi-renewals').textContent()).toBe('60 天内续单1');
    await page.locator('.kp-home-list').getByText('示例客户1号（集团）有限公司 · 扩容到华南').waitFor();
  });

  it('signs the contract of a won deal from its card on the opportunity board, and the card then opens that contract', async () => {
    const { page } = await openApp();
    const data = buildSampleWorkspace({ accounts: 2, stakeholders: 1, opportunities: 1, activities: 0, planRows: 0, everyTable: false });
    data.opportunities = data.opportunities.map((o, i) => (i === 1 ? { ...o, stage: 'WON' as const, winLossReason: '方案与报价领先' } : o));
    await importFile(page, 'won.json', workspaceFileText(data));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '商机' }).click();
    // Only the won deal offers a contract (both accounts have a 数字化项目1期; the second one is won).
    const sign = page.getByRole('button', { name: '为“数字化项目1期”签合同' });
    await sign.waitFor();
    expect(await page.getByRole('button', { name: /签合同/ }).count()).toBe(1);
    await sign.click();

    // The contract starts from the deal: its account, name and amount, linked to it; the four stages split it.
    await editor(page).waitFor();
    expect(await editor(page).getByRole('textbox', { name: '合同名称' }).inputValue()).toBe('数字化项目1期');
    expect(await editor(page).getByRole('textbox', { name: '合同金额' }).inputValue()).toBe('10,000');
    await editor(page).getByTestId('installment-amount-0').getByText('¥3,000.00').waitFor();
    expect(await editor(page).getByRole('combobox', { name: '客户', exact: true }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').textContent()).toContain('示例客户2号');
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await editor(page).waitFor({ state: 'detached' });
    await expect.poll(async () => (await storedRecords<{ opportunityId: string | null; accountId: string; amount: number; title: string }>(page, 'contracts')).map((c) => [c.opportunityId, c.accountId, c.amount, c.title])).toEqual([
      ['opp-000002-001', 'acc-000002', 1_000_000, '数字化项目1期'],
    ]);
    expect(new URL(page.url()).hash).toBe('#/payments?tab=contracts');

    // Back on the board the card opens the contract it has, rather than starting a second one.
    await page.getByRole('navigation').first().getByRole('link', { name: '商机' }).click();
    await page.getByRole('button', { name: '查看“数字化项目1期”的合同' }).click();
    await page.getByRole('dialog', { name: /编辑合同/ }).waitFor();
    expect(await editor(page).getByRole('textbox', { name: '合同名称' }).inputValue()).toBe('数字化项目1期');
  });
});
