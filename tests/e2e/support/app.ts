/**
 * Opening the app as a user would: a fresh browser context (empty IndexedDB, chosen language),
 * the page loaded and the shell visible. Console errors and page errors fail the test.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, inject } from 'vitest';

let browser: Browser | null = null;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const pages: Page[] = [];

afterEach(async ({ task }) => {
  // A picture of what the user would have seen when it failed: .tmp/e2e-failures/<test>.png
  if (task.result?.state === 'fail') {
    mkdirSync('.tmp/e2e-failures', { recursive: true });
    const name = task.name.replace(/[^\w一-龥]+/g, '-').slice(0, 80);
    await Promise.all(pages.map((p, i) => p.screenshot({ path: `.tmp/e2e-failures/${name}-${i}.png` }).catch(() => undefined)));
  }
  pages.splice(0);
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
  /** Runs on the new context before the page is loaded (to hold back a chunk, say). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

export async function openApp(options: OpenOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const context =
    options.context ??
    (await browser.newContext({
      locale: options.locale ?? 'zh-CN',
      acceptDownloads: true,
      viewport: { width: 1400, height: 900 },
      // The app follows the system's reduced-motion setting: dialogs open at once, so a click never lands
      // on a checkbox that is still zooming in (CI once saw such a click miss).
      reducedMotion: 'reduce',
    }));
  if (!options.context) {
    contexts.push(context);
    // The built page carries the app's CSP; anything it blocks is a defect, reported like an error.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
  }
  await options.prepare?.(context);
  const page = await context.newPage();
  // Fail fast: nothing in this app should take seconds to appear.
  page.setDefaultTimeout(10_000);
  pages.push(page);
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
  });
  await page.goto(inject('baseUrl'));
  await page.getByRole('navigation').first().waitFor();
  // The shell is drawn while the database opens; the views come once it is open (main is busy until then).
  await page.locator('#kp-main:not([aria-busy="true"])').waitFor();
  return { page, context };
}
