/** The group tree as a sales director builds and reads it: subsidiaries under their group, roll-ups, no loops. */
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { pickOption } from './support/antdSelect';
import { importFile, storedRecords } from './support/workspaceActions';

describe('group tree', () => {
  it('builds a group with three subsidiaries through the parent field and shows the roll-ups; a loop cannot be picked', async () => {
    const { page } = await openApp();
    // Four accounts, each with a 2026 target of ¥30,000, a deal of ¥10,000 at 验证商机 (20 %: ¥2,000 weighted),
    // three people on the chain and a signed contract of ¥10,000.
    await importFile(page, 'group.json', workspaceFileText(buildSampleWorkspace({ accounts: 4, stakeholders: 3, opportunities: 1, activities: 0, planRows: 1 })));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('menuitem', { name: '客户', exact: true }).click();

    const drawer = page.getByRole('dialog', { name: /编辑客户/ });
    for (const n of [2, 3, 4]) {
      await page.getByRole('button', { name: `编辑 示例客户${n}号（集团）有限公司` }).click();
      await pickOption(page, drawer.getByRole('combobox', { name: '上级客户（集团）' }), '示例客户1号（集团）有限公司');
      await drawer.getByRole('button', { name: /保\s?存/ }).click();
      await page.getByText(`已保存“示例客户${n}号（集团）有限公司”。`).waitFor();
    }
    const parents = async () => Object.fromEntries((await storedRecords<{ id: string; parentId: string | null }>(page, 'accounts')).map((a) => [a.id, a.parentId]));
    expect(await parents()).toEqual({ 'acc-000001': null, 'acc-000002': 'acc-000001', 'acc-000003': 'acc-000001', 'acc-000004': 'acc-000001' });

    // The group cannot be put under one of its own subsidiaries: they are not offered.
    await page.getByRole('button', { name: '编辑 示例客户1号（集团）有限公司' }).click();
    const parentBox = drawer.getByRole('combobox', { name: '上级客户（集团）' });
    await parentBox.click();
    const list = await parentBox.getAttribute('aria-controls');
    const offered = page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option-content`);
    await expect.poll(() => offered.allTextContents()).toEqual([]);
    await parentBox.press('Escape');
    await drawer.getByRole('button', { name: /取\s?消/ }).click();

    await page.getByText('集团树', { exact: true }).click();
    await page.waitForURL(/view=groups/);
    const tree = page.getByRole('table', { name: '按集团显示的客户' });
    const group = tree.getByRole('row', { name: /示例客户1号/ });
    const cellTitle = async (column: number) => group.locator('td').nth(column).locator('[title]').getAttribute('title');
    // Target, weighted and contracted add the group and its three subsidiaries.
    await expect.poll(() => cellTitle(1)).toBe('¥120,000.00');
    expect(await cellTitle(2)).toBe('¥8,000.00');
    expect(await cellTitle(5)).toBe('¥40,000.00');
    expect(await group.locator('td').nth(4).textContent()).toBe('7%');
    expect(await group.getByText('3 家子公司 · 已画链 3 · 已成交 3').count()).toBe(1);
    // Expanding the group shows its subsidiaries, indented under it, each with its own figures.
    expect(await tree.getByRole('link', { name: '示例客户2号（集团）有限公司' }).count()).toBe(0);
    await group.getByRole('button', { name: /展开|Expand/ }).click();
    const child = tree.getByRole('row', { name: /示例客户2号/ });
    await expect.poll(() => child.locator('td').nth(1).locator('[title]').getAttribute('title')).toBe('¥30,000.00');
    await child.getByText('已画链').waitFor();
    await child.getByRole('link', { name: '示例客户2号（集团）有限公司' }).click();
    await page.waitForURL(/#\/accounts\/acc-000002$/);
    await page.getByText('隶属：示例客户1号（集团）有限公司').waitFor();
  });
});
