/** What a user does with workspace files, and a look at what IndexedDB really holds. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Clicks the header's Import button and picks a file in the chooser, as a user would. */
export async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: /导入|Import/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
}

/** Clicks Export, confirms the dialog, and returns the downloaded file's text. */
export async function exportWorkspace(page: Page, options: { includeSensitive?: boolean; password?: string } = {}): Promise<{ name: string; text: string }> {
  await page.getByRole('banner').getByRole('button', { name: /导出|Export/ }).click();
  const dialog = page.getByRole('dialog', { name: /导出工作区|Export workspace/ });
  // Personal files and contact details are left out unless ticked; a complete file ticks both.
  for (const box of [dialog.getByRole('checkbox', { name: /个人档案|personal files/ }), dialog.getByRole('checkbox', { name: /联系方式|contact details/ })]) {
    expect(await box.isChecked()).toBe(false);
    if (options.includeSensitive) await box.check();
  }
  if (options.password !== undefined) {
    await dialog.getByRole('checkbox', { name: /用密码加密|Encrypt/ }).check();
    await dialog.getByRole('textbox', { name: /^(密码|Password)$/ }).fill(options.password);
    await dialog.getByRole('textbox', { name: /再次输入密码|Password again/ }).fill(options.password);
  }
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^(导\s?出|Export)$/ }).click();
  const file = await download;
  // The browser runs as a server for the whole run, so the file is streamed rather than read by path.
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Every record of one object store, read with raw IndexedDB (not through the app's code). */
export async function storedRecords<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('keyplan');
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error ?? new Error('getAll failed'));
        };
      }),
    store,
  );
}

export const liveOnly = <T extends { deletedAt?: unknown }>(records: T[]) => records.filter((r) => r.deletedAt === null);
