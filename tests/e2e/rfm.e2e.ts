/** RFM as a key-account manager meets it: type the purchases, watch the score and class appear. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { storedRecords } from './support/workspaceActions';

const drawer = (page: Page) => page.getByRole('dialog', { name: /新建客户|编辑客户/ });

/** A local calendar date `days` before today, as the date picker shows it. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function addPurchase(page: Page, index: number, date: string, amount: string) {
  await drawer(page).getByRole('button', { name: '添加购买记录' }).click();
  const dateField = drawer(page).getByRole('textbox', { name: `日期 ${index}` });
  await dateField.click();
  await dateField.fill(date);
  await dateField.press('Enter');
  await drawer(page).getByRole('spinbutton', { name: `金额 ${index}` }).fill(amount);
}

describe('RFM', () => {
  it("reproduces the seed's example live while typing purchases: 5·4 + 4·8 + 4·8 = 84 → VVVVVIP, and the list shows it", async () => {
    const { page } = await openApp();
    await page.getByRole('menuitem', { name: '客户', exact: true }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await drawer(page).getByRole('textbox', { name: '客户名称' }).fill('华东电网有限公司');
    await drawer(page).getByText('录入购买记录后计算 RFM。').waitFor();

    // Within the last month, 4 purchases, 20,000 元 in total.
    await addPurchase(page, 1, daysAgo(20), '5000');
    await addPurchase(page, 2, daysAgo(100), '5000');
    await addPurchase(page, 3, daysAgo(200), '5000');
    const summary = drawer(page).getByTestId('rfm-summary');
    await expect.poll(() => summary.textContent()).toContain('R 5 · F 3 · M 3');
    await addPurchase(page, 4, daysAgo(300), '5000');
    await expect.poll(() => summary.textContent()).toContain('R 5 · F 4 · M 4 · 5×4 + 4×8 + 4×8 = 84');
    await summary.getByText('VVVVVIP').waitFor();
    await summary.getByText('重要价值客户').waitFor();


    await drawer(page).getByRole('button', { name: /保\s?存/ }).click();
    await page.getByRole('row', { name: /华东电网有限公司.*VVVVVIP.*重要价值客户/ }).waitFor();
    const [account] = await storedRecords<{ purchases: { amount: number }[] }>(page, 'accounts');
    expect(account?.purchases.map((p) => p.amount)).toEqual([500_000, 500_000, 500_000, 500_000]);
  });
});
