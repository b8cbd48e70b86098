/**
 * The portfolio home with 5,000 accounts and 20,000 installments (one four-stage contract each, three
 * people, an opportunity, an activity and a plan row per account): navigate → first figures painted,
 * and → every card painted, against a raw IndexedDB read of the same tables in the same page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSampleWorkspace, workspaceFileText } from '../../support/sampleWorkspace';
import type { Figure, Scenario } from '../harness';

const ACCOUNTS = Number(process.env.HOME_BENCH_ACCOUNTS ?? 5000);
const TABLES = ['accounts', 'contracts', 'stakeholders', 'opportunities', 'renewals', 'activities', 'planRows', 'settings', 'teamMembers'];

export const portfolioScenario: Scenario = {
  name: `portfolio home: ${ACCOUNTS.toLocaleString('en-US')} accounts, ${(ACCOUNTS * 4).toLocaleString('en-US')} installments`,
  run: async ({ newPage, baseUrl }) => {
    const data = buildSampleWorkspace({ accounts: ACCOUNTS, stakeholders: 3, opportunities: 1, activities: 1, planRows: 1 });
    const page = await newPage();
    await page.goto(baseUrl);
    await page.getByRole('navigation').first().waitFor();
    const file = join(mkdtempSync(join(tmpdir(), 'keyplan-home-')), 'home.json');
    writeFileSync(file, workspaceFileText(data));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: /导入/ }).click();
    await (await chooser).setFiles(file);
    await page.getByText(/导入 \d+ 条记录/).waitFor();

    process.stderr.write('  · imported\n');
    const firsts: number[] = [];
    const alls: number[] = [];
    const raws: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.goto(`${baseUrl}#/settings`);
      await page.getByRole('navigation').first().waitFor();
      raws.push(
        await page.evaluate(
          (tables) =>
            new Promise<number>((resolve, reject) => {
              const started = performance.now();
              const open = indexedDB.open('keyplan');
              open.onerror = () => reject(new Error('open failed'));
              open.onsuccess = () => {
                const tx = open.result.transaction(tables, 'readonly');
                for (const table of tables) tx.objectStore(table).getAll();
                tx.oncomplete = () => {
                  open.result.close();
                  resolve(performance.now() - started);
                };
              };
            }),
          TABLES,
        ),
      );
      const started = await page.evaluate(() => {
        const now = performance.now();
        location.hash = '#/portfolio';
        return now;
      });
      await page.getByTestId('kpi-accounts').getByText(ACCOUNTS.toLocaleString('en-US')).waitFor();
      firsts.push((await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))))) - started);
      await page.waitForFunction(() => document.querySelectorAll('.kp-kpi').length === 6 && document.querySelectorAll('.ant-skeleton').length === 0 && [...document.querySelectorAll('.kp-kpi .ant-statistic-content')].every((v) => v.textContent !== '…'));
      alls.push((await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))))) - started);
    }
    const overdue = await page.getByTestId('kpi-overdue').textContent();
    await page.context().close();

    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    return [
      { name: 'open home: navigate → first figures painted (median of 3)', value: median(firsts), unit: 'ms' },
      { name: 'open home: navigate → every card painted (median of 3)', value: median(alls), unit: 'ms', note: `${(median(alls) / median(raws)).toFixed(2)}× raw read; ${overdue ?? ''}` },
      { name: 'raw IndexedDB getAll of the tables the home reads', value: median(raws), unit: 'ms' },
    ] satisfies Figure[];
  },
};
