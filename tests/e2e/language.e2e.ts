/** The interface language: follows the system on first start, can be switched, and is remembered. */
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';

describe('language', () => {
  it('starts in English on an English system, switches to Chinese in Settings, and keeps it after a reload', async () => {
    const { page } = await openApp({ locale: 'en-US' });
    await page.getByRole('navigation').first().getByRole('link', { name: 'Accounts', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('navigation').first().getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('简体中文').click();
    await page.getByRole('navigation').first().getByRole('link', { name: '客户', exact: true }).waitFor();
    await page.getByRole('combobox', { name: '语言' }).waitFor();

    await page.reload();
    await page.getByRole('navigation').first().getByRole('link', { name: '设置' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.title()).toBe('Keyplan 大客户作战台');
  });

  it('starts in Chinese on a Chinese system', async () => {
    const { page } = await openApp({ locale: 'zh-CN' });
    await page.getByRole('navigation').first().getByRole('link', { name: '年度作战计划' }).waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: '决策链' }).click();
    await page.getByText('选择一个客户，打开它的决策链。').waitFor();
  });
});
