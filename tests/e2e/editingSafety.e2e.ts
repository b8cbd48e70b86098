/**
 * Nothing a user types is lost or written onto the wrong record: the account drawer across records
 * and "new", two tabs editing one account, quick saves in the stakeholder panel, undo of a paste
 * that created plan rows, and a reload or close while typing.
 */
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';

interface StoredAccount {
  id: string;
  name: string;
  region: string;
  industry: string;
  information: { headcount: number | null };
  deletedAt: string | null;
}

interface StoredPerson {
  id: string;
  deletedAt: string | null;
  name: string;
  title: string;
  department: string;
  personalFile: { hometown: string; school: string };
}

async function importSample(page: Page, options: Parameters<typeof buildSampleWorkspace>[0]): Promise<void> {
  await importFile(page, 'sample.json', workspaceFileText(buildSampleWorkspace(options)));
  await page.getByText(/导入 \d+ 条记录/).waitFor();
}

const drawer = (page: Page) => page.getByRole('dialog', { name: /新建客户|编辑客户/ });
const field = (page: Page, name: string) => drawer(page).getByRole('combobox', { name }).or(drawer(page).getByRole('textbox', { name }));
const account = async (page: Page, id: string) => (await storedRecords<StoredAccount>(page, 'accounts')).find((a) => a.id === id);

async function openAccount(page: Page, n: number): Promise<void> {
  await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
  await page.getByRole('button', { name: `编辑 示例客户${n}号（集团）有限公司` }).click();
  await drawer(page).getByText(`编辑客户 · 示例客户${n}号（集团）有限公司`).waitFor();
}

describe('editing safety', () => {
  it('the account drawer shows the account it opened for, and "new" starts empty, however it was opened before', async () => {
    const { page } = await openApp();
    await importSample(page, { accounts: 2, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0 });
    const [first, second] = liveOnly(await storedRecords<StoredAccount>(page, 'accounts')).sort((a, b) => a.id.localeCompare(b.id));
    expect(first?.region).not.toBe(second?.region);

    await openAccount(page, 1);
    expect(await field(page, '客户名称').inputValue()).toBe(first?.name);
    await drawer(page).getByRole('button', { name: /取\s?消/ }).click();
    await drawer(page).waitFor({ state: 'detached' });

    await openAccount(page, 2);
    expect(await field(page, '客户名称').inputValue()).toBe(second?.name);
    expect(await field(page, '区域').inputValue()).toBe(second?.region);
    await field(page, '区域').fill('西北');
    await drawer(page).getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText(`已保存“${second?.name ?? ''}”。`).waitFor();
    expect(await account(page, 'acc-000002')).toMatchObject({ name: second?.name, region: '西北' });
    expect(await account(page, 'acc-000001')).toMatchObject({ name: first?.name, region: first?.region });

    // After a save, "new" opens empty: nothing of the account just saved.
    await page.getByRole('button', { name: '新建客户' }).click();
    expect(await field(page, '客户名称').inputValue()).toBe('');
    expect(await field(page, '区域').inputValue()).toBe('');
  });

  it('two tabs editing one account keep both changes, and the same field changed in both asks which to keep', async () => {
    const { page: tabA, context } = await openApp();
    await importSample(tabA, { accounts: 1, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0 });
    const { page: tabB } = await openApp({ context });
    await openAccount(tabA, 1);
    await openAccount(tabB, 1);

    await field(tabA, '区域').fill('华北');
    await drawer(tabA).getByRole('button', { name: /保\s?存/ }).click();
    await drawer(tabA).waitFor({ state: 'detached' });
    await drawer(tabB).getByRole('spinbutton', { name: '人员规模' }).fill('2500');
    await drawer(tabB).getByRole('button', { name: /保\s?存/ }).click();
    await drawer(tabB).waitFor({ state: 'detached' });
    expect(await account(tabA, 'acc-000001')).toMatchObject({ region: '华北', information: { headcount: 2500 } });

    // Both tabs open it again; both change the industry, A first.
    await openAccount(tabA, 1);
    await openAccount(tabB, 1);
    await field(tabA, '行业').fill('能源');
    await drawer(tabA).getByRole('button', { name: /保\s?存/ }).click();
    await drawer(tabA).waitFor({ state: 'detached' });
    await field(tabB, '行业').fill('通信');
    await field(tabB, '区域').fill('西南');
    await drawer(tabB).getByRole('button', { name: /保\s?存/ }).click();
    const question = tabB.getByRole('dialog', { name: '这条记录在别处也被修改了' });
    await question.getByText('我的输入：通信').waitFor();
    await question.getByText('别处保存的：能源').click();
    await question.getByRole('button', { name: '按所选保存' }).click();
    await drawer(tabB).waitFor({ state: 'detached' });
    // The industry saved elsewhere is kept as chosen; the region typed here is saved too.
    expect(await account(tabB, 'acc-000001')).toMatchObject({ industry: '能源', region: '西南', information: { headcount: 2500 } });
  });

  it('the stakeholder panel keeps every field of quick saves, and asks before a close loses typing', async () => {
    const { page } = await openApp();
    await importSample(page, { accounts: 1, stakeholders: 3, opportunities: 0, activities: 0, planRows: 0 });
    await page.getByRole('navigation').getByText('决策链', { exact: true }).click();
    await page.getByRole('button', { name: /打开 示例客户1号.* 的决策链/ }).click();
    await page.locator('.kp-card', { has: page.locator('.kp-name', { hasText: /^关键人1$/ }) }).click();
    const panel = page.getByRole('form', { name: '关键人' });

    // Title, Enter, straight on to the department; then two personal-file fields saved within moments.
    await panel.getByRole('textbox', { name: '职务', exact: true }).fill('党委书记');
    await page.keyboard.press('Enter');
    await panel.getByRole('combobox', { name: '部门' }).fill('党委办公室');
    await panel.getByRole('textbox', { name: '家乡' }).fill('陕西西安');
    await page.keyboard.press('Enter');
    await panel.getByRole('textbox', { name: '毕业学校' }).fill('西北大学');
    await page.keyboard.press('Enter');
    await panel.getByRole('textbox', { name: '职务', exact: true }).click();
    const person = async () => (await storedRecords<StoredPerson>(page, 'stakeholders')).find((p) => p.id === 'sh-000001-001');
    await expect.poll(async () => (await person())?.personalFile.school).toBe('西北大学');
    expect(await person()).toMatchObject({ title: '党委书记', department: '党委办公室', personalFile: { hometown: '陕西西安', school: '西北大学' } });
    expect(await panel.getByRole('textbox', { name: '职务', exact: true }).inputValue()).toBe('党委书记');

    // Typed and not yet saved (the field still has the focus): closing the tab asks first.
    await panel.getByRole('textbox', { name: '爱好' }).fill('登山、书法');
    const asked = new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    // Stayed: the typing is still there and is saved when the field is left.
    expect(await panel.getByRole('textbox', { name: '爱好' }).inputValue()).toBe('登山、书法');
    await panel.getByRole('textbox', { name: '职务', exact: true }).click();
    await expect.poll(async () => (await person())?.personalFile).toMatchObject({ hobbies: '登山、书法' });
  });

  it('a reload with typing in the account drawer asks first; with nothing typed it does not', async () => {
    const { page } = await openApp();
    await importSample(page, { accounts: 1, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0 });
    await openAccount(page, 1);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await field(page, '区域').fill('东北');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    expect((await asked).type()).toBe('beforeunload');
    expect(await field(page, '区域').inputValue()).toBe('东北');
    await drawer(page).getByRole('button', { name: /保\s?存/ }).click();
    await drawer(page).waitFor({ state: 'detached' });
    expect(dialogs).toBe(1);
    await page.reload();
    await page.getByRole('navigation').first().waitFor();
    expect(dialogs).toBe(1);
    expect((await account(page, 'acc-000001'))?.region).toBe('东北');
  });

  it('every editor asks before Esc, ✕ or Cancel drops typing — keep editing, discard, or save (a follow-up, a deal, a new contract)', async () => {
    const { page } = await openApp();
    await importSample(page, { accounts: 1, stakeholders: 2, opportunities: 1, activities: 0, planRows: 0 });
    const ask = page.getByRole('dialog', { name: '放弃未保存的修改？' });

    // 跟进记录 ▸ 记录跟进: a summary typed, then Esc.
    await page.getByRole('navigation').first().getByRole('link', { name: '跟进记录' }).click();
    await page.getByRole('button', { name: '记录跟进' }).click();
    const followUp = page.getByRole('dialog', { name: '记录跟进' });
    await followUp.getByRole('combobox', { name: '客户', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-content').filter({ hasText: '示例客户1号' }).first().click();
    await followUp.getByRole('textbox', { name: '纪要' }).fill('陈处透露预算已批');
    await followUp.getByRole('textbox', { name: '纪要' }).press('Escape');
    await ask.getByRole('button', { name: '继续编辑' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await followUp.getByRole('textbox', { name: '纪要' }).inputValue()).toBe('陈处透露预算已批');
    // ✕, then 保存: the follow-up is stored with its summary.
    await followUp.getByRole('button', { name: /关闭|Close/ }).first().click();
    await ask.getByRole('button', { name: /保\s?存/ }).click();
    await followUp.waitFor({ state: 'detached' });
    await expect.poll(async () => liveOnly(await storedRecords<{ summary: string; deletedAt: string | null }>(page, 'activities')).map((a) => a.summary)).toEqual(['陈处透露预算已批']);

    // The deal editor: a change, Esc, 放弃修改 — closed, nothing stored.
    await page.getByRole('navigation').first().getByRole('link', { name: '商机' }).click();
    await page.getByRole('article').first().click();
    const deal = page.getByRole('dialog', { name: /编辑商机/ });
    const before = await storedRecords<{ amount: number }>(page, 'opportunities');
    await deal.getByRole('textbox', { name: '金额' }).fill('80万');
    await deal.getByRole('textbox', { name: '金额' }).press('Escape');
    await ask.getByRole('button', { name: '放弃修改' }).click();
    await deal.waitFor({ state: 'detached' });
    expect(await storedRecords<{ amount: number }>(page, 'opportunities')).toEqual(before);

    // A new contract: Cancel asks too; with nothing typed, Esc closes at once.
    await page.getByRole('navigation').first().getByRole('link', { name: '回款与续单' }).click();
    await page.getByRole('button', { name: /新建合同/ }).first().click();
    const contract = page.getByRole('dialog', { name: /新建合同/ });
    await contract.getByRole('textbox', { name: '合同金额' }).fill('200万');
    await contract.getByRole('button', { name: /取\s?消/ }).click();
    await ask.getByRole('button', { name: '继续编辑' }).click();
    // Kept, written out in full once the field was left.
    expect(await contract.getByRole('textbox', { name: '合同金额' }).inputValue()).toBe('2,000,000');
    await contract.getByRole('button', { name: /取\s?消/ }).click();
    await ask.getByRole('button', { name: '放弃修改' }).click();
    await contract.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /新建合同/ }).first().click();
    await page.keyboard.press('Escape');
    await contract.waitFor({ state: 'detached' });
    expect(await ask.count()).toBe(0);
  });

  it('undo of a paste that created plan rows removes them again, and clears the paste report', async () => {
    const { page, context } = await openApp();
    await grantClipboard(context);
    await importSample(page, { accounts: 2, stakeholders: 1, opportunities: 0, activities: 0, planRows: 1 });
    await page.getByRole('navigation').first().getByRole('link', { name: '年度作战计划' }).click();
    await page.getByRole('grid', { name: '作战计划表' }).waitFor();
    const live = async () => liveOnly(await storedRecords<{ id: string; product: string; deletedAt: string | null }>(page, 'planRows'));
    const before = (await live()).map((r) => `${r.id} ${r.product}`).sort();
    expect(before).toHaveLength(2);

    // From the last row's account cell: the first line overwrites it, the next two become new rows.
    await page.locator('.kp-row[data-r="1"] [role="gridcell"][data-c="0"]').click();
    await page.evaluate(
      (t) => navigator.clipboard.writeText(t),
      '示例客户2号（集团）有限公司\t新品一\t1万\r\n示例客户1号（集团）有限公司\t新品\tabc\r\n示例客户2号（集团）有限公司\t新品二\t5万\r\n',
    );
    await page.keyboard.press('Control+V');
    await page.getByRole('alert').filter({ hasText: '1 个单元格未保存' }).waitFor();
    await expect.poll(async () => (await live()).length).toBe(4);
    expect(await page.locator('.kp-row').count()).toBe(4);

    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await live()).map((r) => `${r.id} ${r.product}`).sort()).toEqual(before);
    await expect.poll(() => page.locator('.kp-row').count()).toBe(2);
    expect(await page.getByRole('alert').filter({ hasText: '未保存' }).count()).toBe(0);
    // Redo brings both rows back, with what was pasted into them.
    await page.keyboard.press('Control+Y');
    await expect.poll(async () => (await live()).map((r) => r.product).sort()).toEqual(['产品线1', '新品', '新品一', '新品二'].sort());
  });
});

async function grantClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
}

describe('imports never leave the user with nothing', () => {
  it('keeps the workspace as a restore point before an import replaces it; the home offers it when the workspace is empty, and restoring brings it back', async () => {
    const { page } = await openApp();
    await importSample(page, { accounts: 2, stakeholders: 2, opportunities: 0, activities: 0, planRows: 1 });
    const before = liveOnly(await storedRecords<StoredAccount>(page, 'accounts')).map((a) => a.name).sort();

    // An empty workspace file replaces everything (the replace question is asked and confirmed).
    const empty = buildSampleWorkspace({ accounts: 0 });
    await importFile(page, 'empty.json', workspaceFileText(empty));
    await page.getByRole('dialog', { name: '替换当前工作区？' }).getByRole('button', { name: '替换工作区' }).click();
    await page.getByText(/已从“empty.json”导入/).waitFor();
    expect(liveOnly(await storedRecords<StoredAccount>(page, 'accounts'))).toEqual([]);

    await page.getByRole('navigation').first().getByRole('link', { name: '客户总览' }).click();
    const offer = page.getByRole('alert').filter({ hasText: '工作区是空的，但上次导入或合并前保存了还原点' });
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/\d+ 条记录/);
    await offer.getByRole('button', { name: '恢复还原点' }).click();
    await page.getByText(/已从“keyplan-restore-point-.*\.json”导入/).waitFor();
    expect(liveOnly(await storedRecords<StoredAccount>(page, 'accounts')).map((a) => a.name).sort()).toEqual(before);
    expect(liveOnly(await storedRecords<StoredPerson>(page, 'stakeholders'))).toHaveLength(4);

    // Settings ▸ Data lists the restore point too (now the one from before the restoring import).
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: '恢复到还原点' }).waitFor();
  });
});
