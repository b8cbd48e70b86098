/** The account page as a key-account manager uses it: header figures, whitespace, an opportunity from a cell, edits in place. */
import { describe, expect, it } from 'vitest';
import { whitespaceCellSchema } from '../../shared/domain/renewal';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { localDate } from './support/dates';
import { openApp } from './support/app';
import { pickOption } from './support/antdSelect';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';

interface StoredCell {
  id: string;
  businessUnit: string;
  productLine: string;
  status: string;
  potential: number | null;
  competitorName: string;
  opportunityIds: string[];
  deletedAt: string | null;
}

function sample() {
  const data = buildSampleWorkspace({ accounts: 2, stakeholders: 3, opportunities: 1, activities: 1, planRows: 1 });
  const [account] = data.accounts;
  const [deal] = data.opportunities;
  const [contract] = data.contracts;
  if (!account || !deal || !contract) throw new Error('sample');
  account.name = '陕西移动';
  account.purchaseDrivers = [];
  // Plan 2026: target ¥30,000. One deal at 投标 (60 %) of ¥10,000 not dated yet: weighted ¥6,000.
  Object.assign(deal, { stage: 'BIDDING', amount: 1_000_000, expectedClose: null });
  // One installment of ¥3,000 fell due ten days ago and is unpaid: overdue.
  contract.installments = [{ id: 'ins-a', stage: 'DELIVERY', label: '', shareBasisPoints: 10_000, amount: 300_000, dueDate: localDate(-10), received: 0, receivedDate: null, overpayment: false }];
  contract.amount = 300_000;
  return data;
}

describe('account page', () => {
  it('opens from the accounts list with the year in figures, fills a whitespace grid, starts an opportunity from a cell and edits the profile in place', async () => {
    const { page } = await openApp();
    await importFile(page, 'accounts.json', workspaceFileText(sample()));
    await page.getByText(/导入 \d+ 条记录/).waitFor();

    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('link', { name: '陕西移动' }).click();
    await page.waitForURL(/#\/accounts\/acc-000001$/);
    await page.getByRole('heading', { name: '陕西移动' }).waitFor();
    const exactOf = async (testId: string) => page.getByTestId(testId).locator('[title]').first().getAttribute('title');
    await expect.poll(() => exactOf('account-target')).toBe('¥30,000.00');
    expect(await exactOf('account-weighted')).toBe('¥6,000.00');
    expect(await exactOf('account-overdue')).toBe('¥3,000.00');
    expect(await page.getByTestId('account-coverage').textContent()).toContain('20%');
    // No purchase driver, no estimate yet: the potential is unknown, not a made-up figure.
    expect(await page.getByTestId('account-quadrant').textContent()).toBe('潜力未知');

    // Whitespace: the sample's cell, a new product line (a workspace list) and a new business unit.
    await page.getByRole('tab', { name: '白区' }).click();
    await page.waitForURL(/\?tab=whitespace$/);
    await page.getByRole('button', { name: /^华东子公司 × ERP：\s*在跟进/ }).waitFor();
    await page.getByRole('textbox', { name: '添加产品线' }).fill('CRM');
    await page.getByRole('button', { name: /添加产品线/ }).click();
    await page.getByRole('columnheader', { name: 'CRM' }).waitFor();
    expect((await storedRecords<{ productLines: string[] }>(page, 'settings'))[0]?.productLines).toEqual(['CRM']);
    await page.getByRole('textbox', { name: '添加业务单元' }).fill('西安分公司');
    await page.getByRole('textbox', { name: '添加业务单元' }).press('Enter');

    await page.getByRole('button', { name: /^西安分公司 × CRM：\s*未评估/ }).click();
    const cellDialog = page.getByRole('dialog', { name: '西安分公司 × CRM' });
    await cellDialog.getByRole('radio', { name: '空白' }).check();
    await cellDialog.getByRole('combobox', { name: '竞争对手' }).fill('华为');
    await cellDialog.getByRole('textbox', { name: '估算潜力（每年）' }).fill('5000000');
    await cellDialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByRole('button', { name: /^西安分公司 × CRM：\s*空白/ }).waitFor();
    const cells = async () => liveOnly(await storedRecords<StoredCell>(page, 'whitespaceCells'));
    expect((await cells()).find((c) => c.businessUnit === '西安分公司')).toMatchObject({ productLine: 'CRM', status: 'OPEN', potential: 500_000_000, competitorName: '华为' });
    // The whitespace estimate is now the account's purchase potential, and says where it comes from.
    await expect.poll(() => page.getByTestId('account-potential').textContent()).toBe('购买潜力 ¥500万（来自白区估算）');

    // Start an opportunity from the open cell: the deal is saved and the cell turns "in pipeline".
    await page.getByRole('button', { name: /^西安分公司 × CRM：\s*空白/ }).click();
    await cellDialog.getByRole('button', { name: '在此发起商机' }).click();
    const editor = page.getByRole('dialog', { name: '新建商机' });
    expect(await editor.getByRole('textbox', { name: '商机名称' }).inputValue()).toBe('西安分公司 · CRM');
    await editor.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByRole('button', { name: /^西安分公司 × CRM：\s*在跟进/ }).waitFor();
    const deal = liveOnly(await storedRecords<{ id: string; name: string; product: string; accountId: string; deletedAt: string | null }>(page, 'opportunities')).find((o) => o.name === '西安分公司 · CRM');
    expect(deal).toMatchObject({ product: 'CRM', accountId: 'acc-000001' });
    expect((await cells()).find((c) => c.businessUnit === '西安分公司')).toMatchObject({ status: 'PIPELINE', opportunityIds: [deal?.id] });

    // A reload lands on the same tab with the same grid.
    await page.reload();
    await page.getByRole('button', { name: /^西安分公司 × CRM：\s*在跟进/ }).waitFor();
    await page.getByText('商机：西安分公司 · CRM（线索）').waitFor();

    // The profile is edited in place, on the page; the save writes only that field.
    await page.getByRole('tab', { name: '概况' }).click();
    const region = page.getByRole('combobox', { name: '区域' });
    await region.fill('西北');
    await page.getByRole('button', { name: /保\s?存/ }).first().click();
    await page.getByText('已保存“陕西移动”。').waitFor();
    expect((await storedRecords<{ id: string; region: string }>(page, 'accounts')).find((a) => a.id === 'acc-000001')?.region).toBe('西北');

    // Competitors: the sample's rival with the cells it holds, edited in a dialog.
    await page.getByRole('tab', { name: '竞争' }).click();
    await page.getByRole('article', { name: '友商甲' }).waitFor();
    await page.getByRole('button', { name: '编辑 友商甲' }).click();
    const rival = page.getByRole('dialog', { name: '编辑竞争对手 · 友商甲' });
    await rival.getByRole('textbox', { name: '劣势' }).fill('本地服务弱');
    await rival.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByRole('article', { name: '友商甲' }).getByText('劣势：本地服务弱').waitFor();

    // A deal naming the rival links to its card (the grading's "competitor excluded" is about it).
    await page.getByRole('tab', { name: '商机' }).click();
    await page.getByRole('button', { name: '数字化项目1期' }).click();
    const dealEditor = page.getByRole('dialog', { name: '编辑商机' });
    await pickOption(page, dealEditor.getByRole('combobox', { name: '竞争对手' }), '友商甲');
    await dealEditor.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存“数字化项目1期”。').waitFor();
    await page.getByRole('button', { name: '数字化项目1期' }).click();
    await dealEditor.getByText('竞争对手档案：').waitFor();
    await dealEditor.getByText('友商甲', { exact: true }).last().click();
    await page.waitForURL(/\?tab=competitors$/);
    await page.getByRole('article', { name: '友商甲' }).getByText('数字化项目1期 · 投标').waitFor();

    // The chain tab: its live health and the way into the editor.
    await page.getByRole('tab', { name: '决策链' }).click();
    await page.getByRole('region', { name: '健康度' }).getByText('没有向导（Coach）').waitFor();
    await page.getByRole('button', { name: '打开决策链编辑器' }).click();
    await page.waitForURL(/#\/chains\/acc-000001$/);

    // The product lines added on the grid are the workspace's list in Settings, edited there too.
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).click();
    const lines = page.getByRole('combobox', { name: '我方产品线' });
    await lines.fill('数据中台');
    await lines.press('Enter');
    await page.getByText('产品线已保存。').waitFor();
    expect((await storedRecords<{ productLines: string[] }>(page, 'settings'))[0]?.productLines).toEqual(['CRM', '数据中台']);
  });

  it('prepares a visit with SPIN and FABE, turns it into a record that raises a stance, and the chain’s health follows', async () => {
    const { page } = await openApp();
    await importFile(page, 'accounts.json', workspaceFileText(sample()));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.goto(`${page.url().split('#')[0]}#/accounts/acc-000001?tab=chain`);
    const health = page.getByRole('region', { name: '健康度' });
    // 关键人1 (EB, influence 2) has doubts; 关键人3 (influence 4) supports: support 4 against 2.
    await health.getByText('反对 2').waitFor();

    await page.getByRole('tab', { name: '跟进' }).click();
    await page.getByRole('button', { name: '计划拜访' }).click();
    const card = page.getByRole('dialog', { name: '拜访准备' });
    await card.getByRole('textbox', { name: '日期' }).fill(localDate(3));
    await card.getByRole('textbox', { name: '日期' }).press('Enter');
    await pickOption(page, card.getByRole('combobox', { name: '要见的人' }), '关键人1 · 总经理');
    await card.getByRole('combobox', { name: '要见的人' }).press('Escape');
    // The person to meet, from the chain, with the stance we know.
    await card.getByRole('table', { name: '要见的人' }).getByText('疑虑').waitFor();
    await card.getByRole('checkbox', { name: '客户资料' }).check();
    await card.getByRole('textbox', { name: '难点问题（P）' }).fill('计费系统高峰期是否扛不住？');
    await card.getByRole('button', { name: '添加 FABE 要点' }).click();
    const fabe = card.getByRole('group', { name: '第 1 个 FABE 要点' });
    await fabe.getByRole('textbox', { name: '产品' }).fill('计费中台');
    await fabe.getByRole('textbox', { name: '利益（B）' }).fill('高峰期不掉单');
    await card.getByRole('button', { name: '添加异议' }).click();
    await card.getByRole('group', { name: '第 1 条异议' }).getByRole('textbox', { name: '异议' }).fill('价格太高');
    await card.getByRole('textbox', { name: '本次争取的承诺' }).fill('安排技术交流');
    await card.getByRole('button', { name: '保存准备' }).click();
    await page.getByText('拜访准备已保存。').waitFor();
    const planned = page.getByRole('region', { name: '计划的拜访与跟进' });
    await planned.getByText('争取：安排技术交流').waitFor();
    type StoredVisit = { id: string; planned: boolean; date: string; commitmentObtained: string; preparation: { spin: { problem: string }; fabe: { product: string; benefit: string }[]; objections: { objection: string }[] } | null; chainUpdates: unknown[] };
    const visits = async () => (await storedRecords<StoredVisit>(page, 'activities')).filter((a) => a.preparation !== null);
    expect((await visits())[0]).toMatchObject({ planned: true, date: localDate(3), preparation: { spin: { problem: '计费系统高峰期是否扛不住？' }, fabe: [{ product: '计费中台', benefit: '高峰期不掉单' }], objections: [{ objection: '价格太高' }] } });

    // The visit happened: the same card becomes its record, and raises 关键人1 to 支持.
    await planned.getByRole('button', { name: new RegExp(`^准备 / 记录\\s*（${localDate(3)}）$`) }).click();
    await card.getByRole('button', { name: '拜访已完成，记录结果' }).click();
    const record = page.getByRole('dialog', { name: '访后记录' });
    await record.getByRole('textbox', { name: '了解到的情况' }).fill('高峰期确有掉单，认可中台方向');
    await record.getByRole('textbox', { name: '获得的承诺' }).fill('下周安排技术交流');
    await pickOption(page, record.getByRole('combobox', { name: '关键人1 的立场' }), /^支持$/);
    await record.getByRole('button', { name: '保存拜访记录' }).click();
    await page.getByText('拜访记录已保存，决策链已更新。').waitFor();
    expect((await visits())[0]).toMatchObject({ planned: false, date: localDate(0), commitmentObtained: '下周安排技术交流', chainUpdates: [{ stakeholderId: 'sh-000001-001', stance: 1 }] });
    expect((await storedRecords<{ id: string; stance: number; lastContactDate: string | null }>(page, 'stakeholders')).find((p) => p.id === 'sh-000001-001')).toMatchObject({ stance: 1, lastContactDate: localDate(0) });

    await page.getByRole('tab', { name: '决策链' }).click();
    await health.getByText('反对 0').waitFor();
    await page.getByRole('table', { name: '关键人' }).getByRole('row', { name: /关键人1/ }).getByText('支持').waitFor();

    // The one-page brief: the preparation and the record, laid out for paper.
    await page.getByRole('tab', { name: '跟进' }).click();
    await page.getByRole('button', { name: new RegExp(`^查看\\s*（${localDate(0)}）$`) }).click();
    await record.getByRole('button', { name: /拜访简报/ }).click();
    await page.getByRole('heading', { name: `拜访简报 · 陕西移动 · ${localDate(0)}` }).waitFor();
    await page.getByText('计费系统高峰期是否扛不住？').waitFor();
    await page.getByText('☑ 客户资料　☐ 竞对资料　☐ 项目资料　☐ 个人资料').waitFor();
    await page.getByText('下周安排技术交流').waitFor();
    await page.getByRole('button', { name: /打\s?印/ }).waitFor();
  });

  it('offers the whitespace estimate as a new plan row’s 购买潜力, and the plan opens the account page', async () => {
    const { page } = await openApp();
    const data = sample();
    const at = '2026-01-05T08:00:00.000Z';
    data.whitespaceCells.push(whitespaceCellSchema.parse({ id: 'ws-crm', createdAt: at, updatedAt: at, accountId: 'acc-000001', businessUnit: '西安分公司', productLine: 'CRM', status: 'OPEN', potential: 500_000_000 }));
    await importFile(page, 'accounts.json', workspaceFileText(data));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '年度作战计划' }).click();
    await page.getByRole('grid', { name: '作战计划表' }).waitFor();
    await page.getByRole('button', { name: '添加行' }).click();
    const dialog = page.getByRole('dialog', { name: '添加计划行' });
    await pickOption(page, dialog.getByRole('combobox', { name: '客户' }), '陕西移动');
    await dialog.getByRole('textbox', { name: '产品' }).fill('crm');
    // Offered, not filled in: the field stays empty until the person takes it.
    await dialog.getByText('白区估算（crm）：¥5,000,000.00').waitFor();
    expect(await dialog.getByRole('textbox', { name: '购买潜力' }).inputValue()).toBe('');
    await dialog.getByRole('button', { name: '填入' }).click();
    await dialog.getByRole('button', { name: /^添\s?加$/ }).click();
    await expect.poll(async () => (await storedRecords<{ product: string; potential: number | null }>(page, 'planRows')).find((r) => r.product === 'crm')?.potential).toBe(500_000_000);

    // The new row is selected: 打开客户页 lands on the account's plan tab, where the row is listed.
    await page.getByRole('button', { name: '打开客户页' }).click();
    await page.waitForURL(/#\/accounts\/acc-000001\?tab=plan$/);
    const table = page.getByRole('table', { name: '2026 年作战计划中的本客户' });
    await table.getByRole('cell', { name: 'crm', exact: true }).waitFor();

    // Edited in place: a new row for this account (already chosen), its form opens for the targets.
    await page.getByRole('button', { name: '添加计划行' }).click();
    const add = page.getByRole('dialog', { name: '添加计划行' });
    await add.getByRole('textbox', { name: '产品' }).fill('数据中台');
    await add.getByRole('button', { name: /^添\s?加$/ }).click();
    const editor = page.getByRole('dialog', { name: '编辑计划行：陕西移动 · 数据中台' });
    await editor.getByRole('textbox', { name: '年度目标' }).fill('100000');
    await editor.getByRole('textbox', { name: '保底目标' }).fill('200000');
    await editor.getByRole('button', { name: /保\s?存/ }).click();
    await editor.getByText('保底目标不能高于年度目标').waitFor();
    await editor.getByRole('textbox', { name: '保底目标' }).fill('50000');
    await editor.getByRole('textbox', { name: '一季度' }).fill('25000');
    await editor.getByRole('button', { name: /保\s?存/ }).click();
    await editor.waitFor({ state: 'hidden' });
    type StoredRow = { product: string; target: number; floorTarget: number; quarters: number[]; revisions: { from: number; to: number; reason: string }[]; deletedAt: string | null };
    const rowOf = async (product: string) => liveOnly(await storedRecords<StoredRow>(page, 'planRows')).find((r) => r.product === product);
    await expect.poll(async () => (await rowOf('数据中台'))?.target).toBe(10_000_000);
    expect(await rowOf('数据中台')).toMatchObject({ floorTarget: 5_000_000, quarters: [2_500_000, 0, 0, 0], revisions: [] });
    await table.getByRole('row', { name: /数据中台/ }).getByText('¥100,000.00').first().waitFor();

    // Changing a target already set is a revision: the form asks why, and the row keeps it.
    await page.getByRole('button', { name: '编辑计划行 数据中台' }).click();
    await editor.getByRole('textbox', { name: '年度目标' }).fill('80000');
    await editor.getByRole('button', { name: /保\s?存/ }).click();
    await editor.getByRole('textbox', { name: '调整原因' }).fill('年中评审，客户预算削减');
    await editor.getByRole('button', { name: /保\s?存/ }).click();
    await editor.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await rowOf('数据中台'))?.revisions).toEqual([expect.objectContaining({ from: 10_000_000, to: 8_000_000, reason: '年中评审，客户预算削减' })]);

    // Deleting a row can be undone.
    await page.getByRole('button', { name: '删除计划行 数据中台' }).click();
    await expect.poll(async () => (await rowOf('数据中台'))?.target).toBeUndefined();
    await page.getByRole('button', { name: /^撤\s?销$/ }).click();
    await table.getByRole('cell', { name: '数据中台', exact: true }).waitFor();
    expect((await rowOf('数据中台'))?.target).toBe(8_000_000);
  });
});
