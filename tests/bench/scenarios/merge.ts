/**
 * A director merges his team: 50 files of about 2,000 records each (slices of the workspace's accounts
 * with every record changed later, as a manager's year of edits) into a 100,000-record workspace,
 * through the real UI (files chosen → preview → 合并 → done), against a plain replacing import of the
 * same workspace file over the same 100k records in the same run (both keep a restore point first and
 * write into a full database); the import into an empty workspace is printed too. Also: encrypting and decrypting the 60 MB workspace file with the
 * app's own functions (PBKDF2 600,000 + AES-GCM) next to the plain export.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLES, countRecords } from '../../../shared/domain/workspace';
import { serializeWorkspace } from '../../../shared/fileFormat/serialize';
import { sliceWorkspace } from '../../../shared/fileFormat/slice';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { appReady } from '../benchActions';
import type { Figure, Scenario } from '../harness';
import { profiled, traced } from '../profile';

const ACCOUNTS = 1925;
const FILES = 50;
const LATER = '2026-12-01T00:00:00.000Z';

export const mergeScenario: Scenario = {
  name: 'team merge, 50 files into 100k records',
  run: async ({ newPage, baseUrl }) => {
    const data = buildSampleWorkspace({ accounts: ACCOUNTS, stakeholders: 25, opportunities: 8, activities: 8, planRows: 5 });
    const app = { name: 'Keyplan', version: 'bench' };
    const text = serializeWorkspace(data.settings, data, { app, exportedAt: new Date().toISOString(), redact: false }).join('');
    const folder = mkdtempSync(join(tmpdir(), 'keyplan-bench-merge-'));
    const whole = join(folder, 'workspace-100k.json');
    writeFileSync(whole, text);
    const perFile = Math.ceil(ACCOUNTS / 40);
    const files: string[] = [];
    let merged = 0;
    for (let f = 0; f < FILES; f += 1) {
      const ids = data.accounts.slice((f * perFile) % ACCOUNTS, ((f * perFile) % ACCOUNTS) + perFile).map((a) => a.id);
      const slice = sliceWorkspace(data, ids);
      for (const table of TABLES) {
        (slice[table] as { updatedAt: string; notes?: string }[]) = (slice[table] as { updatedAt: string }[]).map((r) => ({ ...r, updatedAt: LATER }));
      }
      merged += countRecords(slice);
      const file = join(folder, `manager-${String(f + 1).padStart(2, '0')}.json`);
      writeFileSync(file, serializeWorkspace(data.settings, slice, { app, exportedAt: new Date().toISOString(), redact: false, slice: true }).join(''));
      files.push(file);
    }

    const page = await newPage();
    // Long tasks on the UI thread (the window must never freeze over 100 ms while the worker merges).
    await page.context().addInitScript(() => {
      const w = window as unknown as { __longTasks: [number, number][] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(baseUrl);
    await appReady(page);
    const now = () => page.evaluate(() => performance.now());
    /** Until no long task for 3 s: what the page does after a step (re-reading, re-drawing) is over. */
    const untilQuiet = () =>
      page.waitForFunction(() => {
        const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
        const last = tasks.at(-1);
        return !last || performance.now() - (last[0] + last[1]) > 3000;
      }, undefined, { polling: 250, timeout: 120_000 });

    const tasksSince = async (start: number) => (await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)).filter(([at]) => at >= start).map(([, duration]) => duration);
    /** Imports the workspace file through the UI (choose → done), until the home is settled again. */
    const importWhole = async () => {
      const chooser = page.waitForEvent('filechooser');
      const start = await now();
      await page.getByRole('banner').getByRole('button', { name: /导入/ }).click();
      await (await chooser).setFiles(whole);
      await page.locator('.ant-message-notice', { hasText: /已从“workspace-100k.json”导入/ }).waitFor({ timeout: 300_000 });
      const ms = (await now()) - start;
      // Waiting polls inside the page: CSS and text only, which cost the page next to nothing.
      await page.locator('.ant-message-notice', { hasText: /已从“workspace-100k.json”导入/ }).waitFor({ state: 'detached', timeout: 60_000 });
      await untilQuiet();
      return { ms, tasks: await tasksSince(start) };
    };

    // --- an import into the empty workspace; then the plain replacing import of the same file over
    // the 100k records (the baseline: what a director does without merge — replace his workspace, a
    // restore point kept first — on the same workspace the merge then writes into)
    const first = await importWhole();
    // The home worker reads the imported workspace and the home shows its figures (the empty
    // workspace's zeros until then): wait for them, so that reading is not counted later.
    await page.waitForFunction(() => ['kpi-cold', 'kpi-weighted'].every((id) => /[1-9]/.test(document.querySelector(`[data-testid="${id}"] .ant-statistic-content`)?.textContent ?? '')), undefined, { polling: 250, timeout: 120_000 });
    await untilQuiet();
    const replacing = await importWhole();
    const importMs = replacing.ms;
    const importTasks = replacing.tasks;

    // --- the merge: choose 50 files → preview → 合并 → done
    const { previewMs, writeMs, mergeStart } = await traced(page, 'merge', () => profiled(page, 'merge', async () => {
    const mergeChooser = page.waitForEvent('filechooser');
    const mergeStart = await now();
    await page.getByRole('banner').getByRole('button', { name: '把其他人的工作区文件合并进来' }).click();
    await (await mergeChooser).setFiles(files);
    // Waiting polls inside the page: CSS and text only, which cost the page next to nothing (a role
    // query over the whole page would add its own long tasks to the figures).
    const preview = page.locator('.ant-modal', { has: page.locator('.ant-modal-title', { hasText: /合并 \d+ 个文件：预览/ }) });
    await preview.waitFor({ timeout: 300_000 });
    const previewMs = (await now()) - mergeStart;
    const writeStart = await now();
    await preview.getByRole('button', { name: /合\s?并/ }).click();
    await page.locator('.ant-message-notice', { hasText: '已合并，工作区现有' }).waitFor({ timeout: 300_000 });
    const writeMs = (await now()) - writeStart;
    // What the open view does with the merged workspace counts too (the home re-reads it).
    await untilQuiet();
    return { previewMs, writeMs, mergeStart };
    }));
    const mergeMs = previewMs + writeMs;
    const longTasks = await tasksSince(mergeStart);
    const longestTask = Math.max(0, ...longTasks);
    if (process.env.KEYPLAN_BENCH_PROFILE) {
      const all = await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks);
      console.log(`  long tasks after the merge started (start ms after it, duration): preview at ${previewMs.toFixed(0)}, done at ${(previewMs + writeMs).toFixed(0)}`);
      for (const [start, duration] of all.filter(([s]) => s >= mergeStart)) console.log(`    +${(start - mergeStart).toFixed(0)}  ${duration.toFixed(0)} ms`);
    }

    // --- export of the merged workspace through the UI, plain and with a password (the worker derives
    // the key with PBKDF2 600,000, encrypts with AES-GCM and writes base64, all in the browser)
    const exportOnce = async (password: string | null) => {
      await page.getByRole('banner').getByRole('button', { name: /导出/ }).click();
      const dialog = page.getByRole('dialog', { name: '导出工作区' });
      // The complete file (personal files and contact details in): importing it back asks nothing.
      await dialog.getByRole('checkbox', { name: /个人档案/ }).check();
      await dialog.getByRole('checkbox', { name: /联系方式/ }).check();
      if (password) {
        await dialog.getByRole('checkbox', { name: /用密码加密/ }).check();
        await dialog.getByRole('textbox', { name: /^密码$/ }).fill(password);
        await dialog.getByRole('textbox', { name: /再次输入密码/ }).fill(password);
      }
      const download = page.waitForEvent('download', { timeout: 300_000 });
      const started = await now();
      await dialog.getByRole('button', { name: /^导\s?出$/ }).click();
      const file = await download;
      const ms = (await now()) - started;
      await dialog.waitFor({ state: 'detached' });
      const path = join(folder, password ? 'sealed.json' : 'plain.json');
      await file.saveAs(path);
      return { ms, path };
    };
    const plainExport = await exportOnce(null);
    const sealedExport = await exportOnce('bench-password-2026');

    // --- the encrypted file imported back over the same workspace (PBKDF2 + AES-GCM decryption in the
    // worker), next to the plain replacing import above
    const sealedChooser = page.waitForEvent('filechooser');
    const openStart = await now();
    await page.getByRole('banner').getByRole('button', { name: /导入/ }).click();
    await (await sealedChooser).setFiles(sealedExport.path);
    const ask = page.locator('.ant-modal', { has: page.locator('.ant-modal-title', { hasText: '已加密，请输入密码' }) });
    await ask.getByRole('textbox', { name: '密码' }).fill('bench-password-2026');
    await ask.getByRole('button', { name: /打\s?开/ }).click();
    await page.locator('.ant-message-notice', { hasText: /已从“sealed.json”导入/ }).waitFor({ timeout: 300_000 });
    const sealedImportMs = (await now()) - openStart;

    const figures: Figure[] = [
      { name: 'records in the workspace', value: countRecords(data), unit: 'records' },
      { name: 'files merged / records in them', value: FILES, unit: `files, ${merged.toLocaleString()} records` },
      { name: 'import into the empty workspace (choose → done)', value: first.ms, unit: 'ms', note: `longest UI task ${Math.max(0, ...first.tasks).toFixed(0)} ms` },
      { name: 'plain replacing import of the same file over it (choose → done)', value: importMs, unit: 'ms' },
      { name: 'import: longest task on the UI thread (until the home is settled)', value: Math.max(0, ...importTasks), unit: 'ms', note: `${importTasks.filter((d) => d > 100).length} over 100 ms` },
      { name: 'merge: files chosen → preview shown (read, check, compare)', value: previewMs, unit: 'ms' },
      { name: 'merge: 合并 → done (restore point, checks, one transaction)', value: writeMs, unit: 'ms' },
      { name: 'merge ÷ plain replacing import', value: mergeMs / importMs, unit: '×', note: 'target ≤ 1.5' },
      { name: 'merge ÷ import into the empty workspace', value: mergeMs / first.ms, unit: '×' },
      { name: 'merge: longest task on the UI thread (until the home is settled)', value: longestTask, unit: 'ms', note: `${longTasks.filter((d) => d > 100).length} over 100 ms; target none` },
      { name: 'export through the UI, plain (click → file ready)', value: plainExport.ms, unit: 'ms' },
      { name: 'export through the UI, with a password (PBKDF2 600,000 + AES-GCM + base64, in the worker)', value: sealedExport.ms, unit: 'ms' },
      { name: 'import of that encrypted file over the workspace (choose → password → done)', value: sealedImportMs, unit: 'ms', note: `plain replacing import above: ${Math.round(importMs).toLocaleString()} ms` },
    ];
    await page.context().close();
    return figures;
  },
};
