/** The axe gate: no critical or serious violation on any view or its dialogs, in Chinese and in English, over the sample workspace. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSampleWorkspace, workspaceFileText } from '../support/sampleWorkspace';
import { openApp } from './support/app';
import { seriousViolations } from './support/axe';

/**
 * Text cut short on screen (an ellipsis, or clipped by its box) with no way to read it all: neither the
 * element nor a near ancestor carries the full text as its hover title. Screen-reader-only text is left out.
 */
async function cutWithoutHover(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *, nav *')) {
      if (!(el instanceof HTMLElement) || el.closest('.kp-visually-hidden') || el.offsetParent === null || el.children.length > 3) continue;
      const text = el.innerText.trim();
      if (text === '') continue;
      const style = getComputedStyle(el);
      const clipped = el.scrollWidth > el.clientWidth + 1 && (style.overflowX === 'hidden' || style.textOverflow === 'ellipsis');
      if (!clipped) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right < 0 || box.left > innerWidth || box.bottom < 0 || box.top > innerHeight) continue;
      // A plan cell gets its title when the pointer arrives (the sheet sets it only for cut cells).
      if (el.closest('[title]') || el.closest('.kp-cell')) continue;
      out.push(`${el.className.slice(0, 40)}: ${text.slice(0, 40)}`);
    }
    return out;
  });
}

/**
 * Names the libraries give in English whatever the language: icons named after their file ("down",
 * "check-circle"), rc-select's "Clear", rc-input-number's "Increase Value". A toast's icon is left out
 * (it goes by itself in seconds).
 */
async function englishLibraryNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[aria-label]')]
      // What is rendered (a hidden clear button or tab-overflow button is not announced either).
      .filter((el) => !el.closest('[aria-hidden="true"], .ant-message') && el.checkVisibility({ visibilityProperty: true }))
      .map((el) => el.getAttribute('aria-label') ?? '')
      .filter((name) => /^[a-z]+(-[a-z]+)*$/.test(name) || ['Clear', 'Increase Value', 'Decrease Value'].includes(name)),
  );
}

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

/** Opens the app over the sample workspace (in a window of `size`), visits every view and gathers what `check` finds on each. */
async function onEveryView(locale: 'zh-CN' | 'en-US', loadSample: string, check: (view: string, page: Page) => Promise<string[]>, size?: { width: number; height: number }): Promise<{ page: Page; found: string[] }> {
  const { page } = await openApp({ locale });
  if (size) await page.setViewportSize(size);
  await page.getByRole('button', { name: loadSample }).click();
  await page.getByTestId('kpi-accounts').getByText('1').waitFor();
  const found: string[] = [];
  for (const [view, drawn] of VIEWS) {
    await page.evaluate((hash) => (location.hash = hash), view);
    await page.locator(drawn).first().waitFor();
    found.push(...(await check(view, page)));
  }
  return { page, found };
}

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
      const { page, found } = await onEveryView(locale, loadSample, async (view, shown) => [
        ...(await seriousViolations(shown)).map((v) => `${view} ${v}`),
        ...(locale === 'zh-CN' ? (await englishLibraryNames(shown)).map((name) => `${view} English name "${name}"`) : []),
      ]);
      for (const [view, opener] of DIALOGS) {
        await page.evaluate((hash) => (location.hash = hash), view);
        await (typeof opener === 'string' ? page.locator(opener) : page.getByRole('button', { name: opener })).first().click();
        const dialog = page.locator('[role="dialog"]:visible').last();
        await dialog.waitFor().catch(() => {
          throw new Error(`no dialog opened: ${view} ${String(opener)}`);
        });
        found.push(...(await seriousViolations(page)).map((v) => `${view} ${String(opener)} ${v}`));
        if (locale === 'zh-CN') found.push(...(await englishLibraryNames(page)).map((name) => `${view} ${String(opener)} English name "${name}"`));
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
      // The merge preview (it needs a file to preview).
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('banner').getByRole('button', { name: /^(把其他人的工作区文件合并进来|Merge other people's workspace files into this one)$/ }).click();
      const file = workspaceFileText(buildSampleWorkspace({ accounts: 2, stakeholders: 3, opportunities: 2, activities: 1, planRows: 1 }));
      await (await chooser).setFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
      const preview = page.locator('[role="dialog"]:visible').last();
      await preview.getByRole('table').first().waitFor();
      found.push(...(await seriousViolations(page)).map((v) => `merge preview ${v}`));
      await page.keyboard.press('Escape');
      await preview.waitFor({ state: 'hidden' });
      expect(found).toEqual([]);
    });

    it(`nothing is cut at 1280 × 720 without its full text on hover (${locale})`, async () => {
      const { found } = await onEveryView(locale, loadSample, async (view, page) => (await cutWithoutHover(page)).map((cut) => `${view} ${cut}`), { width: 1280, height: 720 });
      expect(found).toEqual([]);
    });
  }
});
