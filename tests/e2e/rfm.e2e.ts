/** RFM as a key-account manager meets it: type the purchases, watch the score and class appear. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDate } from './support/dates';
import { openApp } from './support/app';
import { importFile, storedRecords } from './support/workspaceActions';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';

const drawer = (page: Page) => page.getByRole('dialog', { name: /新建客户|编辑客户/ });

async function addPurchase(page: Page, index: number, date: string, amount: string) {
  await drawer(page).getByRole('button', { name: '添加购买记录' }).click();
  const dateField = drawer(page).getByRole('textbox', { name: `日期 ${index}` });
  await dateField.click();
  await dateField.fill(date);
  await dateField.press('Enter');
  await drawer(page).getByRole('textbox', { name: `金额 ${index}` }).fill(amount);
}

describe('RFM', () => {
  it("reproduces the seed's example live while typing purchases: 5·4 + 4·8 + 4·8 = 84 → VVVVVIP, and the list shows it", async () => {
    const { page } = await openApp();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await drawer(page).getByRole('textbox', { name: '客户名称' }).fill('华东电网有限公司');
    await drawer(page).getByText('录入购买记录后计算 RFM。').waitFor();

    // Within the last month, 4 purchases, 20,000 元 in total.
    await addPurchase(page, 1, localDate(-20), '5000');
    await addPurchase(page, 2, localDate(-100), '5000');
    await addPurchase(page, 3, localDate(-200), '5000');
    const summary = drawer(page).getByTestId('rfm-summary');
    await expect.poll(() => summary.textContent()).toContain('R 5 · F 3 · M 3');
    await addPurchase(page, 4, localDate(-300), '5000');
    await expect.poll(() => summary.textContent()).toContain('R 5 · F 4 · M 4 · 5×4 + 4×8 + 4×8 = 84');
    await summary.getByText('VVVVVIP').waitFor();
    await summary.getByText('重要价值客户').waitFor();


    await drawer(page).getByRole('button', { name: /保\s?存/ }).click();
    await page.getByRole('row', { name: /华东电网有限公司.*VVVVVIP.*重要价值客户/ }).waitFor();
    const [account] = await storedRecords<{ purchases: { amount: number }[] }>(page, 'accounts');
    expect(account?.purchases.map((p) => p.amount)).toEqual([500_000, 500_000, 500_000, 500_000]);
  });
});

describe('RFM standards in Settings', () => {
  it('refuses thresholds that do not go up, saves a new weight, and the accounts list follows', async () => {
    const { page } = await openApp();
    const data = buildSampleWorkspace({ accounts: 1, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0 });
    data.accounts[0]!.purchases = [20, 100, 200, 300].map((d, i) => ({ id: `p${i}`, date: localDate(-d), amount: 500_000 }));
    await importFile(page, 'rfm.json', workspaceFileText(data));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('row', { name: /示例客户1号.*VVVVVIP.*重要价值客户/ }).waitFor();

    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    const standards = page.getByRole('form', { name: '分析标准' });
    const recency5 = standards.getByRole('spinbutton', { name: 'R · 距最近一次购买的天数 5 分：不超过' });
    await recency5.fill('200');
    await standards.getByRole('button', { name: '保存分析标准' }).click();
    await standards.getByText(/rfm\.recencyDays: 各档阈值必须逐档递增/).waitFor();
    expect((await storedRecords<{ rfm: { recencyDays: number[] } }>(page, 'settings'))[0]?.rfm.recencyDays).toEqual([30, 90, 180, 365]);

    await recency5.fill('30');
    await standards.getByRole('spinbutton', { name: 'M 权重' }).fill('4');
    await standards.getByRole('button', { name: '保存分析标准' }).click();
    await page.getByText('设置已保存。').waitFor();
    expect((await storedRecords<{ rfm: { weights: { m: number } } }>(page, 'settings'))[0]?.rfm.weights.m).toBe(4);

    // 5·4 + 4·8 + 4·4 = 68 → VVVVIP.
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('row', { name: /示例客户1号.*VVVVIP.*重要价值客户/ }).waitFor();
    await expect(page.getByRole('row', { name: /VVVVVIP/ }).count()).resolves.toBe(0);
  });
});
