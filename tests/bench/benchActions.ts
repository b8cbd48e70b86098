/** What several scenarios do alike: import a workspace through the UI, and time a raw IndexedDB read. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { workspaceFileText } from '../support/sampleWorkspace';

/**
 * The app has started: the database is open and the workbench (antd, dialogs, views) is loaded —
 * the header's Import is enabled only then. The sidebar alone is drawn before either, so waiting
 * for it would leave the rest of the start-up inside whatever is timed next.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('header button:not([disabled])', { hasText: '导入' }).waitFor();
  await page.locator('#kp-main:not([aria-busy="true"])').waitFor();
}

/** Settings is on screen, its one record read: where the "cold" figures start from. */
export async function settingsShown(page: Page): Promise<void> {
  await appReady(page);
  await page.getByRole('spinbutton', { name: '计划年度' }).waitFor();
}

/**
 * For page.waitForFunction inside a measured window. Playwright's default polling ('raf') runs the
 * predicate in every animation frame, so the page draws a frame every 16 ms for as long as the wait
 * lasts: on two cores that took ~20 % of one during an import (traced: 60 frames a second with a
 * compositor commit each), time the measured work did not get. Polling every 50 ms costs nothing of
 * the kind; the figures themselves are taken in the page, so the wait's granularity does not enter them.
 */
export const IDLE_POLLING = { polling: 50 } as const;

/** Opens the app and imports `data` with the header's Import button (as a file: large ones exceed Playwright's buffer limit). */
export async function importThroughUi(page: Page, baseUrl: string, data: WorkspaceData): Promise<void> {
  await page.goto(baseUrl);
  await appReady(page);
  const file = join(mkdtempSync(join(tmpdir(), 'keyplan-bench-')), 'workspace.json');
  writeFileSync(file, workspaceFileText(data));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: /导入/ }).click();
  await (await chooser).setFiles(file);
  await page.getByText(/导入 \d+ 条记录/).waitFor();
}

/**
 * Milliseconds for raw getAll of the stores (in one read transaction), or of one index key when given,
 * until the records are JavaScript objects. Chromium turns the stored values into objects only when a
 * request's `result` is first read (~0.5 s for 100,000 plan rows), so a baseline that waits for the
 * transaction alone measures the transfer, not a read any code could use. `records: false` measures that
 * transfer alone, printed beside the read for reference.
 */
export async function rawRead(page: Page, stores: readonly string[], index?: { store: string; name: string; key: number }, options: { records: boolean } = { records: true }): Promise<number> {
  return page.evaluate(
    ({ stores, index, records }) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const open = indexedDB.open('keyplan');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(index ? [index.store] : stores, 'readonly');
          const requests = index ? [tx.objectStore(index.store).index(index.name).getAll(index.key)] : stores.map((store) => tx.objectStore(store).getAll());
          let count = 0;
          if (records) for (const request of requests) request.onsuccess = () => (count += (request.result as unknown[]).length);
          tx.oncomplete = () => {
            open.result.close();
            // A baseline that read nothing would make any ratio against it meaningless.
            if (records && count === 0) reject(new Error(`raw read found no records in ${index ? index.store : stores.join(', ')}`));
            else resolve(performance.now() - started);
          };
        };
      }),
    { stores: [...stores], index, records: options.records },
  );
}

/** A point to time during a navigation: `selector` matches (its text containing `text`) and nothing matches `none`. */
export interface NavigationMark {
  selector: string;
  text?: string;
  none?: string;
}

/**
 * A full collection now: what a baseline left in the page (its parsed records, its file text) is the
 * bench's garbage, not the app's, and is not charged to the step measured next.
 */
export async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

/**
 * Sets `location.hash` and returns, per mark, the milliseconds until the animation frame after the DOM
 * first satisfied it (the frame that paints it) has been painted. Timed inside the page with a MutationObserver: waiting
 * from Playwright would add its polling round trip, which stalls while the page is busy receiving
 * records and read up to 300 ms late.
 */
export async function timeNavigation(page: Page, hash: string, marks: readonly NavigationMark[]): Promise<number[]> {
  await page.evaluate('window.__name = window.__name || ((f) => f)'); // tsx names the helpers below
  return page.evaluate(
    ({ hash, marks }) =>
      new Promise<number[]>((resolve) => {
        const started = performance.now();
        const times: (number | undefined)[] = marks.map(() => undefined);
        let pending = marks.length;
        const holds = (mark: NavigationMark) => {
          const el = document.querySelector(mark.selector);
          return el !== null && (mark.text === undefined || (el.textContent ?? '').includes(mark.text)) && (mark.none === undefined || document.querySelector(mark.none) === null);
        };
        const check = () => {
          marks.forEach((mark, i) => {
            if (times[i] !== undefined || !holds(mark)) return;
            times[i] = -1;
            // A timeout posted from the frame's callback runs once that frame has been painted.
            requestAnimationFrame(() =>
              setTimeout(() => {
                times[i] = performance.now() - started;
                pending -= 1;
                if (pending === 0) {
                  observer.disconnect();
                  resolve(times.map((t) => t ?? Number.NaN));
                }
              }, 0),
            );
          });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        location.hash = hash;
      }),
    { hash, marks: [...marks] },
  );
}
