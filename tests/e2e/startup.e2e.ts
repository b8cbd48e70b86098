/**
 * Starting the app: the sidebar and header are drawn while the database opens, and nothing that
 * reads or writes records is offered until it is open; if it cannot be opened, the person is told why
 * and gets no editor and no file command.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';

let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
});

async function freshPage(initScript: () => void): Promise<{ page: Page; errors: string[] }> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
  await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const FILE_COMMANDS = ['导入', '把其他人的工作区文件合并进来', '导出', '复盘材料（PDF 报告、PPT、Excel）'];

async function headerButtonsEnabled(page: Page): Promise<boolean[]> {
  const banner = page.getByRole('banner');
  return Promise.all(FILE_COMMANDS.map((name) => banner.getByRole('button', { name, exact: true }).isEnabled()));
}

describe('app start', () => {
  it('draws the sidebar and header while the database opens; the views and file commands come once it is open', async () => {
    // The database's opening is held until the test lets it go (its success event waits for window.__letOpen()).
    const { page, errors } = await freshPage(() => {
      const w = window as unknown as { __letOpen: () => void };
      const released = new Promise<void>((resolve) => (w.__letOpen = resolve));
      const open = indexedDB.open.bind(indexedDB);
      indexedDB.open = (name: string, version?: number) => {
        const request = open(name, version);
        if (name === 'keyplan') {
          // The app's success handler is kept aside and called once the test releases the opening.
          let handler: ((event: Event) => void) | null = null;
          Object.defineProperty(request, 'onsuccess', { get: () => handler, set: (next: ((event: Event) => void) | null) => (handler = next) });
          request.addEventListener('success', (event) => void released.then(() => handler?.call(request, event)));
        }
        return request;
      };
    });
    await page.goto(inject('baseUrl'));
    await page.getByRole('navigation').getByText('客户总览', { exact: true }).waitFor();
    expect(await page.locator('#kp-main').getAttribute('aria-busy')).toBe('true');
    expect(await page.getByLabel('正在打开工作区…').count()).toBe(1);
    expect(await headerButtonsEnabled(page)).toEqual([false, false, false, false]);
    expect(await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).count()).toBe(0);

    await page.evaluate(() => (window as unknown as { __letOpen: () => void }).__letOpen());
    await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).waitFor();
    expect(await page.locator('#kp-main').getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => headerButtonsEnabled(page)).toEqual([true, true, true, true]);
    expect(errors).toEqual([]);
  });

  it('tells the person when the database cannot be opened, and offers no view and no file command', async () => {
    const { page } = await freshPage(() => {
      indexedDB.open = () => {
        throw new DOMException('The test refused to open the database', 'UnknownError');
      };
    });
    await page.goto(inject('baseUrl'));
    await page.getByText(/无法打开本地数据库，所有修改都不会被保存/).waitFor();
    await page.getByText(/The test refused to open the database/).waitFor();
    expect(await headerButtonsEnabled(page)).toEqual([false, false, false, false]);
    expect(await page.getByRole('heading', { name: '欢迎使用大客户作战台' }).count()).toBe(0);
    // The sidebar is there; going to a view still shows the explanation, never an editor.
    await page.getByRole('navigation').getByText('客户', { exact: true }).click();
    await page.getByText(/无法打开本地数据库/).waitFor();
    expect(await page.getByRole('button', { name: /新建客户/ }).count()).toBe(0);
  });
});
