/** The axe gate: no critical or serious violation on any view or its dialogs, in Chinese and in English, over the sample workspace. */
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { seriousViolations } from './support/axe';

/** Each view, and what shows that it has drawn its content (not only its frame). */
const VIEWS: [string, string][] = [
  ['#/portfolio', '[data-testid="kpi-target"] [title]'],
  ['#/accounts', '.ant-table-row'],
  ['#/accounts?view=groups', '[role="treegrid"] [role="gridcell"]'],
  ['#/accounts/sample-account', '[data-testid="account-target"] [title]'],
  ['#/accounts/sample-account?tab=whitespace', 'table.kp-whitespace button'],
  ['#/accounts/sample-account?tab=activities', '.ant-timeline-item, .ant-list-item'],
  ['#/accounts/sample-account/edit', '.ant-drawer-body input'],
  ['#/chains/sample-account', '.kp-card'],
  ['#/opportunities', '[role="article"]'],
  ['#/activities', '.ant-table-row, .ant-list-item'],
  ['#/matrix', 'canvas'],
  ['#/plan', '[role="grid"] [role="gridcell"]'],
  ['#/payments', '.ant-table-row'],
  ['#/settings', 'form'],
];

/** Dialogs and drawers: where to open them, and the control (by its name in either language, or a selector) that opens it. */
const DIALOGS: [string, RegExp | string][] = [
  ['#/opportunities', /^(新建商机|New opportunity)$/],
  ['#/activities', /^(记录跟进|Log activity)$/],
  ['#/plan', /^(添加行|Add row)$/],
  ['#/portfolio', /^(复盘材料|Review pack)/],
  ['#/portfolio', /^(导\s?出|Export)$/],
  ['#/accounts/sample-account?tab=competitors', /^(添加竞争对手|Add competitor)$/],
  ['#/accounts/sample-account?tab=activities', /^(计划拜访|Plan a visit)$/],
  ['#/accounts/sample-account?tab=plan', /^(编辑计划行|Edit plan row)/],
  ['#/accounts/sample-account?tab=whitespace', 'table.kp-whitespace button'],
];

describe('accessibility', () => {
  it('has one main landmark and one h1, and the first Tab stop skips the menu and header to the view', async () => {
    const { page } = await openApp();
    await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).waitFor();
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.locator('h1').allTextContents()).toEqual(['大客户作战台']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kp-main');
    // The next Tab lands inside the view: the welcome's first button, not the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  for (const [locale, loadSample] of [
    ['zh-CN', '载入示例工作区'],
    ['en-US', 'Load the sample workspace'],
  ] as const) {
    it(`every view over the sample workspace (${locale})`, async () => {
      const { page } = await openApp({ locale });
      await page.getByRole('button', { name: loadSample }).click();
      await page.getByTestId('kpi-accounts').getByText('1').waitFor();
      const found: string[] = [];
      for (const [view, drawn] of VIEWS) {
        await page.evaluate((hash) => (location.hash = hash), view);
        await page.locator(drawn).first().waitFor();
        found.push(...(await seriousViolations(page)).map((v) => `${view} ${v}`));
      }
      for (const [view, opener] of DIALOGS) {
        await page.evaluate((hash) => (location.hash = hash), view);
        await (typeof opener === 'string' ? page.locator(opener) : page.getByRole('button', { name: opener })).first().click();
        const dialog = page.locator('[role="dialog"]:visible').last();
        await dialog.waitFor().catch(() => {
          throw new Error(`no dialog opened: ${view} ${String(opener)}`);
        });
        found.push(...(await seriousViolations(page)).map((v) => `${view} ${String(opener)} ${v}`));
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
      expect(found).toEqual([]);
    });
  }
});
