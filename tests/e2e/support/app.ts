/**
 * Opening the app as a user would: a fresh browser context (empty IndexedDB, chosen language),
 * the page loaded and the shell visible. Console errors and page errors fail the test.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, inject } from 'vitest';

let browser: Browser | null = null;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  const errors = pageErrors.splice(0);
  if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
});
afterAll(async () => {
  await browser?.close();
});

export interface OpenOptions {
  locale?: 'zh-CN' | 'en-US';
  /** Reuse a context (same storage) to simulate reopening the app. */
  context?: BrowserContext;
}

export async function openApp(options: OpenOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const context =
    options.context ??
    (await browser.newContext({ locale: options.locale ?? 'zh-CN', acceptDownloads: true, viewport: { width: 1400, height: 900 } }));
  if (!options.context) contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
  });
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation').first().waitFor();
  return { page, context };
}
