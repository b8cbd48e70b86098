/**
 * Our team in Settings, as a sales director sets it up: add people, make one the owner of an
 * account, remove someone and take it back; the editor asks before throwing away typed changes;
 * the plan year refuses impossible values.
 */
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { liveOnly, storedRecords } from './support/workspaceActions';

describe('team and settings', () => {
  it('adds team members, assigns an owner, and removes a member with undo', async () => {
    const { page } = await openApp();
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('张敏');
    await page.getByRole('button', { name: '添加团队成员' }).click();
    await page.getByRole('row', { name: /张敏/ }).waitFor();
    await page.getByRole('textbox', { name: '姓名' }).fill('刘洋');
    await page.getByRole('combobox', { name: '角色', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('方案经理', { exact: true }).click();
    await page.getByRole('spinbutton', { name: '可负责客户数' }).fill('12');
    await page.getByRole('button', { name: '添加团队成员' }).click();
    await page.getByRole('row', { name: /刘洋.*方案经理.*12/ }).waitFor();

    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    const editor = page.getByRole('dialog', { name: '新建客户' });
    await editor.getByRole('textbox', { name: '客户名称' }).fill('国家电网');
    await editor.getByRole('combobox', { name: '负责人' }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('张敏', { exact: true }).click();
    await editor.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByRole('row', { name: /国家电网.*张敏/ }).waitFor();

    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: '删除 刘洋' }).click();
    await page.getByRole('row', { name: /刘洋/ }).waitFor({ state: 'detached' });
    expect(liveOnly(await storedRecords<{ name: string; deletedAt: string | null }>(page, 'teamMembers')).map((m) => m.name)).toEqual(['张敏']);
    await page.getByRole('button', { name: /^撤\s?销$/ }).click();
    await page.getByRole('row', { name: /刘洋/ }).waitFor();
    expect(liveOnly(await storedRecords<{ name: string; deletedAt: string | null }>(page, 'teamMembers'))).toHaveLength(2);
  });

  it('asks before discarding typed changes, and keeps editing when told to', async () => {
    const { page } = await openApp();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    const editor = page.getByRole('dialog', { name: '新建客户' });
    await editor.getByRole('textbox', { name: '客户名称' }).fill('半途而废的客户');
    await editor.getByRole('button', { name: /取\s?消/ }).first().click();
    const confirm = page.getByRole('dialog', { name: '放弃未保存的修改？' });
    await confirm.getByRole('button', { name: '继续编辑' }).click();
    expect(await editor.getByRole('textbox', { name: '客户名称' }).inputValue()).toBe('半途而废的客户');
    await editor.getByRole('button', { name: /取\s?消/ }).first().click();
    await page.getByRole('dialog', { name: '放弃未保存的修改？' }).getByRole('button', { name: '放弃修改' }).click();
    await editor.waitFor({ state: 'hidden' });
    expect(await storedRecords(page, 'accounts')).toEqual([]);
  });

  it('refuses an impossible plan year at the field and keeps the stored one', async () => {
    const { page } = await openApp();
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    const year = page.getByRole('spinbutton', { name: '计划年度' });
    await year.fill('1800');
    await year.blur();
    await page.getByText('必须在 2000 到 2100 之间').waitFor();
    const [settings] = await storedRecords<{ planYear: number }>(page, 'settings');
    expect(settings?.planYear).toBe(new Date().getFullYear());
    await year.fill('2027');
    await year.blur();
    await page.getByText('设置已保存。').waitFor();
    expect((await storedRecords<{ planYear: number }>(page, 'settings'))[0]?.planYear).toBe(2027);
  });
});
