/** The group tree as a sales director builds and reads it: subsidiaries under their group, roll-ups, no loops. */
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { pickOption } from './support/antdSelect';
import { importFile, storedRecords } from './support/workspaceActions';

describe('group tree', () => {
  it('builds a group with three subsidiaries through the parent field and shows the roll-ups; moves one by drag (undoable); a loop can be neither picked nor dropped', async () => {
    const { page } = await openApp();
    // Four accounts, each with a 2026 target of ¥30,000, a deal of ¥10,000 at 验证商机 (20 %: ¥2,000 weighted),
    // three people on the chain and a signed contract of ¥10,000.
    await importFile(page, 'group.json', workspaceFileText(buildSampleWorkspace({ accounts: 4, stakeholders: 3, opportunities: 1, activities: 0, planRows: 1 })));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();

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
    const tree = page.getByRole('treegrid', { name: '按集团显示的客户' });
    const group = tree.getByRole('row', { name: /示例客户1号/ });
    const cellTitle = async (column: number) => group.getByRole('gridcell').nth(column).locator('[title]').getAttribute('title');
    // Target, weighted and contracted add the group and its three subsidiaries.
    await expect.poll(() => cellTitle(1)).toBe('¥120,000.00');
    expect(await cellTitle(2)).toBe('¥8,000.00');
    expect(await cellTitle(5)).toBe('¥40,000.00');
    expect(await group.getByRole('gridcell').nth(4).textContent()).toBe('7%');
    expect(await group.getByText('3 家子公司 · 已画链 3 · 已成交 3').count()).toBe(1);
    // Expanding the group shows its subsidiaries, indented under it, each with its own figures.
    expect(await tree.getByRole('link', { name: '示例客户2号（集团）有限公司' }).count()).toBe(0);
    await group.getByRole('button', { name: /展开|Expand/ }).click();
    const child = tree.getByRole('row', { name: /示例客户2号/ });
    await expect.poll(() => child.getByRole('gridcell').nth(1).locator('[title]').getAttribute('title')).toBe('¥30,000.00');
    await child.getByText('已画链').waitFor();

    // Drag: 4 onto 2 makes it 2's subsidiary (2 now rolls up both); the group still holds all three.
    const handle = (n: number) => tree.getByLabel(`移动 示例客户${n}号（集团）有限公司（拖到另一客户上）`);
    await handle(4).dragTo(child);
    await page.getByText('已将“示例客户4号（集团）有限公司”移到“示例客户2号（集团）有限公司”下。').waitFor();
    await expect.poll(async () => (await parents())['acc-000004']).toBe('acc-000002');
    await expect.poll(() => child.getByRole('gridcell').nth(1).locator('[title]').getAttribute('title')).toBe('¥60,000.00');
    expect(await cellTitle(1)).toBe('¥120,000.00');
    expect(await child.getAttribute('aria-level')).toBe('2');
    // 2 opened to show where 4 went, one level further in.
    expect(await tree.getByRole('row', { name: /示例客户4号/ }).getAttribute('aria-level')).toBe('3');
    // A group cannot go under one of its own subsidiaries: the drop is not taken and nothing changes.
    await handle(1).dragTo(tree.getByRole('row', { name: /示例客户4号/ }));
    expect((await parents())['acc-000001']).toBeNull();
    // Not even offered: the row never took the drop, so there was nothing to refuse.
    expect(await page.getByText(/不能把/).count()).toBe(0);
    // Undo puts 4 back under the group.
    await page.getByRole('button', { name: /^撤\s?销$/ }).click();
    await expect.poll(async () => (await parents())['acc-000004']).toBe('acc-000001');
    // Onto the strip over the header: 4 belongs to no group any more.
    // The strip shows once the drag has started, so the pointer is moved by hand.
    const box = await handle(3).boundingBox();
    if (!box) throw new Error('no handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10);
    await page.getByTestId('tree-drop-top').hover();
    await page.mouse.up();
    await expect.poll(async () => (await parents())['acc-000003']).toBeNull();
    await page.getByText('“示例客户3号（集团）有限公司”已不再隶属任何集团。').waitFor();

    await child.getByRole('link', { name: '示例客户2号（集团）有限公司' }).click();
    await page.waitForURL(/#\/accounts\/acc-000002$/);
    await page.getByText('隶属：示例客户1号（集团）有限公司').waitFor();
  });
});
