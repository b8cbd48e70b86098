/** The pipeline board and the A/B/C/D grade, as a key-account manager uses them. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { localDate } from './support/dates';
import { openApp } from './support/app';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';

interface StoredOpportunity {
  name: string;
  stage: string;
  amount: number;
  winLossReason: string;
  deletedAt: string | null;
}

const editor = (page: Page) => page.getByRole('dialog', { name: /新建商机|编辑商机/ });
const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });

async function stored(page: Page): Promise<StoredOpportunity[]> {
  return liveOnly(await storedRecords<StoredOpportunity>(page, 'opportunities'));
}

/** One account imported, 商机 ▸ 新建商机 with the account chosen and the name typed. */
async function startNewOpportunity(name: string): Promise<Page> {
  const { page } = await openApp();
  await importFile(page, 'one.json', workspaceFileText(buildSampleWorkspace({ accounts: 1, stakeholders: 0, opportunities: 0, activities: 0, planRows: 0 })));
  await page.getByText(/导入 \d+ 条记录/).waitFor();
  await page.getByRole('navigation').first().getByRole('link', { name: '商机' }).click();
  await page.getByRole('button', { name: '新建商机' }).click();
  await editor(page).getByRole('combobox', { name: '客户' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-content').filter({ hasText: '示例客户1号' }).click();
  await editor(page).getByRole('textbox', { name: '商机名称' }).fill(name);
  return page;
}

describe('opportunities', () => {
  it('creates an opportunity, ticks the checklist and watches the grade climb, drags it across stages, and closes it with a reason', async () => {
    const page = await startNewOpportunity('调度系统升级');
    await editor(page).getByRole('textbox', { name: '金额' }).fill('1200000');
    const rivals = editor(page).getByRole('combobox', { name: '竞争对手' });
    await rivals.fill('华为');
    await rivals.press('Enter');
    const grade = editor(page).getByTestId('grade-details');
    await grade.getByText('未分级').waitFor();

    // Seed 003: first contact with a KP → D; one KP endorsing with needs and objections handled,
    // budget confirmed, decision within two months → C.
    await editor(page).getByRole('checkbox', { name: 'EB 已联系' }).check();
    await grade.getByText('D 级').waitFor();
    for (const item of ['已认可', '已知悉需求', '需求已确认', '异议已处理']) await editor(page).getByRole('checkbox', { name: `EB ${item}` }).check();
    await editor(page).getByRole('checkbox', { name: '已确认采购预算' }).check();
    await expect.poll(() => grade.textContent()).toContain('60 天内决策');
    const close = editor(page).getByRole('textbox', { name: '预计成交' });
    await close.click();
    await close.fill(localDate(45));
    await close.press('Enter');
    await grade.getByText('C 级').waitFor();
    await expect.poll(() => grade.textContent()).toMatch(/升到 B 级还需：\s*EB、UB、TB 中 2 位认可/);
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();

    const card = page.getByRole('article', { name: /调度系统升级.*C 级/ });
    await column(page, '线索').getByRole('article', { name: /调度系统升级/ }).waitFor();
    expect(await stored(page)).toEqual([expect.objectContaining({ name: '调度系统升级', stage: 'LEAD', amount: 120_000_000 })]);
    const huawei = liveOnly(await storedRecords<{ id: string; name: string; deletedAt: string | null }>(page, 'competitors')).filter((c) => c.name === '华为');
    expect(huawei).toHaveLength(1);
    expect((await storedRecords<{ competitorIds: string[] }>(page, 'opportunities'))[0]?.competitorIds).toEqual([huawei[0]?.id]);

    // The account form's business layer counts it.
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('button', { name: /^编辑 示例客户1号/ }).click();
    const layers = page.getByTestId('layers-summary');
    await expect.poll(() => layers.textContent()).toMatch(/进行中的商机1商机金额¥1,200,000\.00加权金额¥60,000\.00/);
    await page.getByRole('dialog', { name: '编辑客户' }).getByRole('button', { name: /取\s?消/ }).click();
    await page.getByRole('navigation').first().getByRole('link', { name: '商机' }).click();

    // By keyboard, as with the mouse: the card is the first stop (not its delete button), Enter opens
    // it, Alt+→ moves it one stage on.
    await page.getByRole('combobox').first().focus();
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.closest('[data-stage]') !== null)); i += 1) await page.keyboard.press('Tab');
    // The first stop on the board is the card itself, not its delete button.
    expect(await page.evaluate(() => [document.activeElement?.getAttribute('role'), document.activeElement?.getAttribute('aria-label')])).toEqual(['article', expect.stringMatching(/调度系统升级/)]);
    await page.keyboard.press('Enter');
    await editor(page).waitFor();
    await editor(page).getByRole('button', { name: /取\s?消/ }).click();
    await card.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await stored(page))[0]?.stage).toBe('OPPORTUNITY');

    // Drag it to negotiation, then to won: closing asks why.
    await card.dragTo(column(page, '谈判签约'));
    await column(page, '谈判签约').getByRole('article', { name: /调度系统升级/ }).waitFor();
    await expect.poll(async () => (await stored(page))[0]?.stage).toBe('NEGOTIATION');
    await page.getByRole('article', { name: /调度系统升级/ }).dragTo(column(page, '赢单'));
    const ask = page.getByRole('dialog', { name: '“调度系统升级”为什么赢单？' });
    await expect(ask.getByRole('button', { name: /确\s?定|OK/ }).isDisabled()).resolves.toBe(true);
    await ask.getByRole('textbox').fill('方案贴合调度需求，EB 认可');
    await ask.getByRole('button', { name: /确\s?定|OK/ }).click();
    await column(page, '赢单').getByRole('article', { name: /调度系统升级/ }).waitFor();
    await expect.poll(async () => (await stored(page))[0]).toMatchObject({ stage: 'WON', winLossReason: '方案贴合调度需求，EB 认可' });
  });

  it('reads an amount the way managers write it (80万, 1.5亿), shows what it understood, and refuses text it cannot read instead of saving another number', async () => {
    const page = await startNewOpportunity('云平台扩容');
    const amount = editor(page).getByRole('textbox', { name: '金额' });
    // Text it cannot read is an error at the field, and nothing is saved.
    await amount.fill('80万元整');
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await editor(page).getByText('读不出金额：可写 1,200,000、80万、1.5亿 或 ¥12,000').waitFor();
    expect(await stored(page)).toEqual([]);
    // 1.5亿 is 150,000,000 — shown beside the field before saving.
    await amount.fill('1.5亿');
    await editor(page).getByText('= ¥150,000,000.00').waitFor();
    await amount.fill('80万');
    await editor(page).getByText('= ¥800,000.00').waitFor();
    await editor(page).getByRole('button', { name: /保\s?存/ }).click();
    await column(page, '线索').getByRole('article', { name: /云平台扩容/ }).waitFor();
    expect(await stored(page)).toEqual([expect.objectContaining({ name: '云平台扩容', amount: 80_000_000 })]);
    // Opened again, the amount reads in full.
    await column(page, '线索').getByRole('article', { name: /云平台扩容/ }).click();
    expect(await editor(page).getByRole('textbox', { name: '金额' }).inputValue()).toBe('800,000');
  });
});
