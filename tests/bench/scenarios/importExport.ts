/**
 * 100,000-record workspace: import through the real UI (file chooser → worker → one transaction)
 * against raw IndexedDB puts of the same records in the same browser; export through the real UI
 * against raw JSON.stringify + Blob of the same data. Also: the longest main-thread task during the
 * import (the UI must not freeze), and whether the progress was visible.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countRecords } from '../../../shared/domain/workspace';
import { serializeWorkspace } from '../../../shared/fileFormat/serialize';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { SCHEMA_V4 } from '../../../renderer/data/schema';
import type { Page } from 'playwright-core';
import { appReady, collectGarbage, IDLE_POLLING, settingsShown } from '../benchActions';
import type { Figure, Scenario } from '../harness';
import { profiled, traced } from '../profile';

/**
 * 1,925 accounts × 52 records each + 2 team members ≈ 100,100 records. IMPORT_BENCH_ACCOUNTS sets
 * another size, for the curve (193 ≈ 10k records, 5,770 ≈ 300k).
 */
const ACCOUNTS = Number(process.env.IMPORT_BENCH_ACCOUNTS ?? 1925);
const SIZE = `${Math.round((ACCOUNTS * 52) / 1000)}k`;

/** Installed before the app loads: long tasks, the moment the file was chosen, the download URL. */
const INSTRUMENTATION = () => {
  const w = window as unknown as Record<string, unknown>;
  w.__longTasks = [] as [number, number][];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) (w.__longTasks as [number, number][]).push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (w.__fileChosenAt = performance.now()), true);
  // The progress ("正在写入") and the done message on screen, seen in the page: Playwright's text
  // queries would add up to half a second of polling to the figure, and their own long tasks over a
  // full page. The done message counts from the frame after antd's notice holding it was added.
  w.__doneShownAt = [] as number[];
  // (No named helper functions in here: tsx would wrap them in a helper the page does not have.)
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      // Texts are looked at only until the progress was seen: the observer's own work runs inside the tasks measured.
      const watchingProgress = w.__writingSeenAt === undefined;
      const texts: (string | null)[] = watchingProgress && mutation.type === 'characterData' ? [mutation.target.textContent] : [];
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) {
          if (watchingProgress) texts.push(node.textContent);
        } else if (node.matches('.ant-message-notice-wrapper, .ant-message-notice') || node.querySelector('.ant-message-notice')) {
          if (/已从“.*”导入/.test(node.textContent)) requestAnimationFrame(() => setTimeout(() => (w.__doneShownAt as number[]).push(performance.now())));
        } else if (watchingProgress && node.childElementCount < 50) texts.push(node.textContent);
      }
      if (texts.some((text) => text?.includes('正在写入'))) w.__writingSeenAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    w.__blobReadyAt = performance.now();
    return create(blob);
  };
};

/**
 * Raw baselines in the page: IndexedDB puts of the same records into stores with the app's key path
 * and indexes (SCHEMA_V4, the current schema; index upkeep is part of the cost of storing a record), then getAll of every
 * table, then JSON.stringify + Blob. Each call uses a database of its own.
 */
async function rawBaselines(page: Page, text: string, dbName: string) {
  return page.evaluate(async ({ fileText, schema, name }) => {
      const started = performance.now();
      const parsed = JSON.parse(fileText) as { data: Record<string, unknown> };
      const parseMs = performance.now() - started;
      const tables = Object.keys(parsed.data);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          for (const t of tables) {
            const store = open.result.createObjectStore(t, { keyPath: 'id' });
            const layout: Record<string, string | undefined> = schema;
            const indexes = (layout[t] ?? 'id').split(',').map((part) => part.trim()).slice(1);
            for (const index of indexes) {
              const keyPath = index.startsWith('[') ? index.slice(1, -1).split('+') : index;
              store.createIndex(index, keyPath);
            }
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error('open failed'));
      });
      const putStarted = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(tables, 'readwrite', { durability: 'strict' });
        for (const t of tables) {
          const value = parsed.data[t];
          const store = tx.objectStore(t);
          if (Array.isArray(value)) for (const record of value) store.put(record);
          else store.put(value);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error('raw put failed'));
      });
      const putMs = performance.now() - putStarted;
      const readStarted = performance.now();
      // Each result is read: Chromium makes the records into objects only then (see rawRead).
      let got = 0;
      await new Promise<void>((resolve) => {
        const tx = db.transaction(tables, 'readonly');
        for (const t of tables) {
          const request = tx.objectStore(t).getAll();
          request.onsuccess = () => (got += (request.result as unknown[]).length);
        }
        tx.oncomplete = () => resolve();
      });
      const getAllMs = performance.now() - readStarted;
      db.close();
      const stringifyStarted = performance.now();
      const blob = new Blob([JSON.stringify(parsed)], { type: 'application/json' });
      const stringifyMs = performance.now() - stringifyStarted;
      return { parseMs, putMs, getAllMs, got, stringifyMs, blobSize: blob.size };
  }, { fileText: text, schema: SCHEMA_V4, name: dbName });
}


/**
 * Click Export, tick "include personal files" and "include contact details" (the complete file, as the
 * raw baseline stringifies every record whole), confirm; ms from the click to the file's blob URL.
 */
async function exportThroughUi(page: Page): Promise<number> {
  await page.getByRole('banner').getByRole('button', { name: /导出/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出工作区' });
  const personal = dialog.getByRole('checkbox', { name: /包含个人档案/ });
  await personal.waitFor();
  await personal.check();
  await dialog.getByRole('checkbox', { name: /包含联系方式/ }).check();
  const download = page.waitForEvent('download');
  const clickedAt = await page.evaluate(() => performance.now());
  await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
  await download;
  const blobReadyAt = (await page.evaluate(() => (window as unknown as Record<string, number | undefined>).__blobReadyAt)) ?? Number.NaN;
  await dialog.waitFor({ state: 'hidden' });
  return blobReadyAt - clickedAt;
}

export const importExportScenario: Scenario = {
  name: `workspace import / export, ${SIZE} records`,
  run: async ({ newDurablePage, baseUrl }) => {
    const data = buildSampleWorkspace({ accounts: ACCOUNTS, stakeholders: 25, opportunities: 8, activities: 8, planRows: 5 });
    const records = countRecords(data);
    const text = serializeWorkspace(data.settings, data, { app: { name: 'Keyplan', version: 'bench' }, exportedAt: new Date().toISOString(), redact: false }).join('');
    const file = join(mkdtempSync(join(tmpdir(), 'keyplan-bench-')), `workspace-${SIZE}.json`);
    writeFileSync(file, text);

    // On-disk profile: the import's durable writes reach the disk as on a person's machine.
    const page = await newDurablePage();
    await page.addInitScript(INSTRUMENTATION);
    // Start-up is over when the app's workspace worker runs (it is started when the app is idle);
    // a person opening the app and then choosing Import sees the same.
    const workerStarted = page.waitForEvent('worker');
    await page.goto(baseUrl);
    await appReady(page);
    await workerStarted;

    // The import is compared with raw puts measured the same way just before it (successive large
    // writes in one profile get slower, so the figure after the import is printed too, for reference).
    const rawBefore = await rawBaselines(page, text, 'bench-raw-before');
    // The baseline's 17 MB string and parsed records are the page's garbage, not the import's: collected
    // now, so the import's figures carry only its own collections.
    await collectGarbage(page);

    // --- import through the UI
    await profiled(page, 'import', () => traced(page, 'import', async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('banner').getByRole('button', { name: /导入/ }).click();
      await (await chooser).setFiles(file);
      // The views take the new records after the message: their tasks count too (one second after it).
      await page.waitForFunction(() => {
        const shown = (window as unknown as { __doneShownAt: number[] }).__doneShownAt[0];
        return shown !== undefined && performance.now() > shown + 1000;
      }, undefined, { ...IDLE_POLLING, timeout: 600_000 });
    }));
    const importTimes = await page.evaluate(() => {
      const w = window as unknown as { __fileChosenAt: number; __doneShownAt: number[]; __writingSeenAt?: number; __longTasks: [number, number][] };
      return { chosenAt: w.__fileChosenAt, shownAt: w.__doneShownAt[0] ?? Number.NaN, writingAt: w.__writingSeenAt ?? Number.NaN, longTasks: w.__longTasks };
    });
    const importMs = importTimes.shownAt - importTimes.chosenAt;
    const progressSeen = importTimes.writingAt < importTimes.shownAt;
    // Only tasks that started while the import ran (page start-up has its own long tasks).
    const duringImport = importTimes.longTasks.filter(([start]) => start >= importTimes.chosenAt && start <= importTimes.shownAt + 1000).map(([, duration]) => duration);
    const longestTask = Math.max(0, ...duringImport);
    const over50 = duringImport.filter((d) => d > 50).length;

    // --- export through the UI (personal files included: the complete file) after a reload, when the
    // worker starts with nothing cached and must read every table: what a person sees the first time.
    // Then again in the same session (the cache the first export filled).
    // Reloaded on Settings, nothing else reads meanwhile: the export's own cost. Reloaded on the home,
    // which reads all 100,000 records for its figures at the same time: what a person who exports
    // first thing sees (IndexedDB serves one reader after the other).
    await page.goto(`${baseUrl}#/settings`);
    await page.reload();
    await settingsShown(page);
    const coldExportMs = await exportThroughUi(page);
    const exportMs = await exportThroughUi(page);
    await page.goto(baseUrl);
    await page.reload();
    await appReady(page);
    const coldExportHomeMs = await exportThroughUi(page);

    // --- the same file imported over the full workspace: every stored record is compared by content,
    // and (browser build) the workspace is kept as a restore point before it is replaced.
    const again = join(mkdtempSync(join(tmpdir(), 'keyplan-bench-')), `workspace-${SIZE}-again.json`);
    writeFileSync(again, text);
    const chooserAgain = page.waitForEvent('filechooser');
    const startedAgain = await page.evaluate(() => performance.now());
    await page.getByRole('banner').getByRole('button', { name: /导入/ }).click();
    await (await chooserAgain).setFiles(again);
    await page.waitForFunction(() => (window as unknown as { __doneShownAt: number[] }).__doneShownAt.length > 0, undefined, { ...IDLE_POLLING, timeout: 600_000 });
    const reimportMs = (await page.evaluate(() => (window as unknown as { __doneShownAt: number[] }).__doneShownAt.at(-1) ?? Number.NaN)) - startedAgain;

    // --- raw baselines in the same page: IndexedDB puts of the same records; stringify + Blob
    const raw = await rawBaselines(page, text, 'bench-raw-after');
    const figures: Figure[] = [
      { name: 'records in the workspace', value: records, unit: 'records' },
      { name: 'file size', value: Math.round(text.length / 1024 / 1024), unit: 'MB' },
      { name: 'import through the UI (choose file → done message on screen)', value: importMs, unit: 'ms' },
      { name: 'raw IndexedDB puts, same stores and indexes, before the import', value: rawBefore.putMs, unit: 'ms' },
      { name: 'import ÷ raw puts before it', value: importMs / rawBefore.putMs, unit: '×', note: 'target ≤ 1.1' },
      { name: 'raw IndexedDB puts after the import (reference)', value: raw.putMs, unit: 'ms' },
      { name: 'raw JSON.parse of the file (reference)', value: raw.parseMs, unit: 'ms' },
      { name: 'longest main-thread task during import (and the second after it)', value: longestTask, unit: 'ms', note: 'target ≤ 50' },
      { name: 'main-thread tasks over 50 ms during import (and the second after it)', value: over50, unit: 'tasks', note: 'target 0' },
      { name: 'progress visible while writing', value: progressSeen ? 1 : 0, unit: 'yes=1' },
      { name: 'export after a reload on Settings, nothing cached (click → file ready)', value: coldExportMs, unit: 'ms' },
      { name: 'raw IndexedDB getAll of every table, records read', value: raw.getAllMs, unit: 'ms', note: `${raw.got.toLocaleString('en-US')} records` },
      { name: 'raw JSON.stringify + Blob of the same data', value: raw.stringifyMs, unit: 'ms' },
      { name: 'cold export ÷ (raw getAll + stringify + Blob)', value: coldExportMs / (raw.getAllMs + raw.stringifyMs), unit: '×', note: 'target ≤ 1.2' },
      { name: 'export after a reload on the home (it reads every record meanwhile)', value: coldExportHomeMs, unit: 'ms' },
      { name: 'export again in the same session (cache filled)', value: exportMs, unit: 'ms' },
      { name: 'export again ÷ raw stringify + Blob', value: exportMs / raw.stringifyMs, unit: '×' },
      { name: 'import over the full workspace (content compared, restore point kept, replaced)', value: reimportMs, unit: 'ms' },
    ];
    await page.context().close();
    return figures;
  },
};
