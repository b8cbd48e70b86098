/**
 * Accounts, as a key-account manager uses them: create one by typing, find it after a reload,
 * get told at the field what is wrong, edit it, delete it and take the delete back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';

interface StoredAccount {
  id: string;
  name: string;
  tier: string;
  region: string;
  deletedAt: string | null;
  information: { headcount: number | null; founded: string | null; revenue: number | null };
  barriers: { type: string; description: string }[];
}

const drawer = (page: Page) => page.getByRole('dialog', { name: /新建客户|编辑客户/ });

async function openNewAccount(page: Page) {
  await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
  await page.getByRole('button', { name: '新建客户' }).click();
  await drawer(page).getByRole('textbox', { name: '客户名称' }).waitFor();
}

async function chooseOption(page: Page, label: string, option: string) {
  await drawer(page).getByRole('combobox', { name: label, exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
}

const save = (page: Page) => drawer(page).getByRole('button', { name: /保\s?存/ }).click();

describe('accounts', () => {
  it('creates an account with profile and five-layer data, and finds it again after a reload', async () => {
    const { page } = await openApp();
    await openNewAccount(page);
    const form = drawer(page);
    // The drawer opens with the cursor in the name, so typing starts the account at once.
    await expect.poll(() => form.getByRole('textbox', { name: '客户名称' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('华东电网有限公司');
    await chooseOption(page, '客户等级', '战略客户');
    await form.getByRole('combobox', { name: '区域' }).fill('华东');
    await form.getByRole('spinbutton', { name: '人员规模' }).fill('12000');
    await form.getByRole('textbox', { name: '年营业额' }).fill('350000000.50');
    await form.getByRole('button', { name: '添加壁垒' }).click();
    await chooseOption(page, '壁垒类型', '入围');
    await form.getByRole('group', { name: '五层结构 · 壁垒层' }).getByRole('textbox', { name: '说明' }).fill('需先进入国网集采名录');
    await save(page);

    await page.getByText('已保存“华东电网有限公司”。').waitFor();
    const row = page.getByRole('row', { name: /华东电网有限公司/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('战略客户');

    await page.reload();
    await page.getByRole('row', { name: /华东电网有限公司/ }).waitFor();
    const [stored] = liveOnly(await storedRecords<StoredAccount>(page, 'accounts'));
    expect(stored).toMatchObject({
      name: '华东电网有限公司',
      tier: 'STRATEGIC',
      region: '华东',
      information: { headcount: 12000, revenue: 35_000_000_050 },
      barriers: [{ type: 'SHORTLIST', description: '需先进入国网集采名录' }],
    });
  });

  it('refuses an empty name, a negative headcount and a future founding date at the field, and stores nothing', async () => {
    const { page } = await openApp();
    await openNewAccount(page);
    const form = drawer(page);
    await form.getByRole('spinbutton', { name: '人员规模' }).fill('-5');
    await form.getByRole('textbox', { name: '成立时间' }).click();
    await form.getByRole('textbox', { name: '成立时间' }).fill('2099-01-01');
    await form.getByRole('textbox', { name: '成立时间' }).press('Enter');
    await save(page);

    await form.getByText('不能为空').waitFor();
    await form.getByText('不能为负数').waitFor();
    await form.getByText('不能晚于今天').waitFor();
    expect(await storedRecords(page, 'accounts')).toEqual([]);

    // Fixing the fields lets it save.
    await form.getByRole('textbox', { name: '客户名称' }).fill('南方航空');
    await form.getByRole('spinbutton', { name: '人员规模' }).fill('100');
    await form.getByRole('textbox', { name: '成立时间' }).click();
    await form.getByRole('textbox', { name: '成立时间' }).fill('1995-03-25');
    await form.getByRole('textbox', { name: '成立时间' }).press('Enter');
    await save(page);
    await page.getByRole('row', { name: /南方航空/ }).waitFor();
    const [stored] = await storedRecords<StoredAccount>(page, 'accounts');
    expect(stored?.information).toMatchObject({ headcount: 100, founded: '1995-03-25' });
  });

  it('keeps the delete in 撤销记录 across a reload, where it can be undone after the message has gone', async () => {
    const { page } = await openApp();
    await openNewAccount(page);
    await drawer(page).getByRole('textbox', { name: '客户名称' }).fill('华东电网');
    await save(page);
    await page.getByRole('button', { name: '删除 华东电网' }).click();
    await page.getByText('已删除“华东电网”。').waitFor();
    // The app is closed and opened again: the way back is stored with the workspace.
    await page.reload();
    await page.getByRole('button', { name: '撤销记录（1 项可撤销）' }).click();
    const history = page.getByRole('dialog', { name: '撤销记录' });
    await history.getByText('最近 20 步可撤销的删除与移动', { exact: false }).waitFor();
    await history.getByText('已删除“华东电网”。', { exact: true }).waitFor();
    await history.getByRole('button', { name: /^撤\s?销\s*：已删除“华东电网”。$/ }).click();
    await history.getByText('已撤销', { exact: true }).waitFor();
    await page.getByText('已撤销：已删除“华东电网”。').waitFor();
    await expect.poll(async () => (await storedRecords<StoredAccount>(page, 'accounts'))[0]?.deletedAt).toBeNull();
    await page.getByRole('button', { name: '撤销记录（0 项可撤销）' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('row', { name: /华东电网/ }).waitFor();
  });

  it('edits an account, deletes it, and the undo brings it back as it was', async () => {
    const { page } = await openApp();
    await openNewAccount(page);
    await drawer(page).getByRole('textbox', { name: '客户名称' }).fill('招商银行');
    await save(page);
    await page.getByRole('row', { name: /招商银行/ }).waitFor();

    await page.getByRole('button', { name: '编辑 招商银行' }).click();
    await drawer(page).getByRole('combobox', { name: '区域' }).fill('华南');
    await save(page);
    await page.getByRole('row', { name: /招商银行.*华南/ }).waitFor();

    await page.getByRole('button', { name: '删除 招商银行' }).click();
    await page.getByText('已删除“招商银行”。').waitFor();
    await page.getByRole('row', { name: /招商银行/ }).waitFor({ state: 'detached' });
    const [tombstone] = await storedRecords<StoredAccount>(page, 'accounts');
    expect(tombstone?.deletedAt).not.toBeNull();

    await page.getByRole('button', { name: /^撤\s?销$/ }).click();
    await page.getByRole('row', { name: /招商银行.*华南/ }).waitFor();
    const [restored] = await storedRecords<StoredAccount>(page, 'accounts');
    expect(restored).toMatchObject({ name: '招商银行', region: '华南', deletedAt: null });
  });

  it('deleting an account that carries a chain, deals, plan rows and contracts asks first and says what goes with it', async () => {
    const { page } = await openApp();
    await importFile(page, 'team.json', workspaceFileText(buildSampleWorkspace({ accounts: 2, stakeholders: 3, opportunities: 2, activities: 1, planRows: 2 })));
    await page.getByText(/已从“team.json”导入/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('button', { name: '删除 示例客户1号（集团）有限公司' }).click();
    const question = page.getByRole('dialog', { name: '删除客户“示例客户1号（集团）有限公司”？' });
    await question.getByText('将同时删除：3 位关键人、2 个商机、2 行计划、1 份合同、1 条续单记录、1 条跟进记录、1 个竞争对手、1 个白区单元、1 个决策链快照、1 条影响关系。删除后可以撤销：先在提示里，之后在页头的“撤销记录”里（保留最近 20 步，刷新或重新打开后仍在）。').waitFor();
    // Cancel: nothing is deleted.
    await question.getByRole('button', { name: /取\s?消/ }).click();
    expect(liveOnly(await storedRecords<StoredAccount>(page, 'accounts'))).toHaveLength(2);
    await page.getByRole('button', { name: '删除 示例客户1号（集团）有限公司' }).click();
    await page.getByRole('dialog', { name: '删除客户“示例客户1号（集团）有限公司”？' }).getByRole('button', { name: /删\s?除/ }).click();
    await page.getByText('已删除“示例客户1号（集团）有限公司”。').waitFor();
    expect(liveOnly(await storedRecords<StoredAccount>(page, 'accounts')).map((a) => a.name)).toEqual(['示例客户2号（集团）有限公司']);
  });
});
