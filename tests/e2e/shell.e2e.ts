/**
 * The shell — sidebar and header — is drawn before antd and the views have arrived (they are fetched
 * once it is painted). Here the workbench's chunk is held back, as on a slow disk, to see that the
 * shell is usable meanwhile and that a click made then is honoured.
 */
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';

describe('app shell', () => {
  it('is usable before the views have loaded: the sidebar takes a click, the header waits, and the view clicked opens', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    const { page } = await openApp({
      prepare: async (context) => {
        await context.route(/\/assets\/Workbench-[\w-]+\.js$/, async (route) => {
          asked = true;
          await held;
          await route.continue();
        });
      },
    });
    const sidebar = page.getByRole('navigation', { name: '主导航' });
    const header = page.getByRole('banner');
    // The start page is the home, chosen by the shell itself.
    await expect.poll(() => sidebar.getByRole('link', { name: '客户总览' }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => asked).toBe(true);
    await page.getByRole('status', { name: '正在打开工作区…' }).waitFor();
    // Import, merge, export and the review pack are carried out by the workbench: not yet.
    expect(await header.getByRole('button', { name: '导入' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '撤销记录（0 项可撤销）' }).isDisabled()).toBe(true);

    await sidebar.getByRole('link', { name: '设置' }).click();
    await expect.poll(() => sidebar.getByRole('link', { name: '设置' }).getAttribute('aria-current')).toBe('page');
    expect(await sidebar.getByRole('link', { name: '客户总览' }).getAttribute('aria-current')).toBeNull();

    release();
    await page.getByRole('spinbutton', { name: '计划年度' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/settings');
    await expect.poll(() => header.getByRole('button', { name: '导入' }).isEnabled()).toBe(true);
    // The header's commands now open the workbench's dialogs.
    await page.getByRole('button', { name: '撤销记录（0 项可撤销）' }).click();
    await page.getByRole('dialog', { name: '撤销记录' }).waitFor();
  });
});
