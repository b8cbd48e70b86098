import type { Locator, Page } from 'playwright-core';

/** Picks an option of an antd Select as a person does: opens its list and clicks the option's text. */
export async function pickOption(page: Page, box: Locator, option: string | RegExp): Promise<void> {
  await box.click();
  const list = await box.getAttribute('aria-controls');
  await page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option-content`).filter({ hasText: option }).first().click();
}
