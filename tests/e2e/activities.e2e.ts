/** Logging a visit updates the timeline, the gone-cold list and the people's last contact. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { localDate } from './support/dates';
import { openApp } from './support/app';
import { importFile, liveOnly, storedRecords } from './support/workspaceActions';

const drawer = (page: Page) => page.getByRole('dialog', { name: '记录跟进' });

async function choose(page: Page, label: string, option: string) {
  const box = drawer(page).getByRole('combobox', { name: label, exact: true });
  await box.click();
  const list = await box.getAttribute('aria-controls');
  await page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option-content`).filter({ hasText: option }).first().click();
}

describe('activities', () => {
  it('logs a visit with a key person: it shows in the timeline, leaves the gone-cold list, and the next step is upcoming', async () => {
    const { page } = await openApp();
    await importFile(page, 'people.json', workspaceFileText(buildSampleWorkspace({ accounts: 1, stakeholders: 3, opportunities: 0, activities: 0, planRows: 0 })));
    await page.getByText(/导入 \d+ 条记录/).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '跟进记录' }).click();

    const cold = page.getByRole('region', { name: '久未联系' });
    await cold.getByRole('link', { name: '关键人1' }).waitFor();
    await expect(cold.getByText('从未联系').count()).resolves.toBe(3);

    await page.getByRole('button', { name: '记录跟进' }).click();
    await choose(page, '客户', '示例客户1号');
    await choose(page, '客户方人员', '关键人1');
    await page.keyboard.press('Escape');
    // Call outcome codes are offered for calls only: not for this visit.
    expect(await drawer(page).getByRole('combobox', { name: '通话结果', exact: true }).count()).toBe(0);
    await choose(page, '方式', '电话');
    await choose(page, '通话结果', 'C · 目标客户');
    // Back to a visit: the call's code goes with the call.
    await choose(page, '方式', '拜访');
    await drawer(page).getByRole('combobox', { name: '通话结果', exact: true }).waitFor({ state: 'hidden' });
    await drawer(page).getByRole('textbox', { name: '纪要' }).fill('拜访总经理，沟通调度系统方案');
    await drawer(page).getByRole('textbox', { name: '下一步', exact: true }).fill('提交技术方案');
    const next = drawer(page).getByRole('textbox', { name: '下一步期限' });
    await next.click();
    await next.fill(localDate(5));
    await next.press('Enter');
    await drawer(page).getByRole('button', { name: /保\s?存/ }).click();

    await page.getByRole('article', { name: new RegExp(`${localDate(0)} · 拜访 · 示例客户1号`) }).waitFor();
    await page.getByText('拜访总经理，沟通调度系统方案').waitFor();
    await expect.poll(() => cold.getByRole('link', { name: '关键人1' }).count()).toBe(0);
    await cold.getByRole('link', { name: '关键人2' }).waitFor();
    await page.getByRole('region', { name: '未来两周的下一步' }).getByText(/提交技术方案/).waitFor();

    const people = liveOnly(await storedRecords<{ name: string; lastContactDate: string | null; coverage: string; deletedAt: string | null }>(page, 'stakeholders'));
    expect(people.find((p) => p.name === '关键人1')).toMatchObject({ lastContactDate: localDate(0), coverage: 'INITIAL' });
    expect(people.find((p) => p.name === '关键人2')?.lastContactDate).toBeNull();
  });
});
