/**
 * Memory: the page's JS heap (after a full garbage collection) once the 100,000-row plan and the
 * 2,000-person chart are open, and after ten visits back and forth between each and Settings — a
 * heap that keeps growing over the visits is a leak. Figures only; no pass/fail.
 */
import type { Page } from 'playwright-core';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { importThroughUi, settingsShown } from '../benchActions';
import type { Figure, Scenario } from '../harness';

const VISITS = 10;
const MB = 1024 * 1024;

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / MB;
}

/** Opens `hash` until `ready` shows, then Settings, VISITS times; the heap after the first and the last. */
async function visits(page: Page, baseUrl: string, hash: string, ready: () => Promise<void>): Promise<{ open: number; first: number; last: number }> {
  await page.goto(`${baseUrl}${hash}`);
  await ready();
  const open = await heapAfterGc(page);
  let first = Number.NaN;
  for (let i = 0; i < VISITS; i += 1) {
    await page.goto(`${baseUrl}#/settings`);
    await settingsShown(page);
    await page.goto(`${baseUrl}${hash}`);
    await ready();
    if (i === 0) first = await heapAfterGc(page);
  }
  return { open, first, last: await heapAfterGc(page) };
}

export const memoryScenario: Scenario = {
  name: 'memory: JS heap with the big views open, and over ten visits',
  run: async ({ newPage, baseUrl }) => {
    const figures: Figure[] = [];

    const planPage = await newPage();
    await importThroughUi(planPage, baseUrl, buildSampleWorkspace({ accounts: 5000, stakeholders: 0, opportunities: 1, activities: 0, planRows: 20, everyTable: false }));
    const empty = await heapAfterGc(planPage);
    const plan = await visits(planPage, baseUrl, '#/plan', () => planPage.getByText('共 100,000 行', { exact: false }).waitFor());
    await planPage.context().close();

    const chainPage = await newPage();
    await importThroughUi(chainPage, baseUrl, buildSampleWorkspace({ accounts: 1, stakeholders: 2000, opportunities: 0, activities: 0, planRows: 0 }));
    const chain = await visits(chainPage, baseUrl, '#/chains/acc-000001', () => chainPage.locator('.kp-card').first().waitFor());
    await chainPage.context().close();

    figures.push(
      { name: 'home after importing 100,000 plan rows', value: empty, unit: 'MB' },
      { name: 'battle plan open, 100,000 rows', value: plan.open, unit: 'MB' },
      { name: `battle plan: after visit 1 and visit ${VISITS} (plan ↔ Settings)`, value: plan.last, unit: 'MB', note: `visit 1: ${plan.first.toFixed(0)} MB · growth ${(plan.last - plan.first).toFixed(1)} MB` },
      { name: 'decision chain open, 2,000 people', value: chain.open, unit: 'MB' },
      { name: `decision chain: after visit 1 and visit ${VISITS} (chart ↔ Settings)`, value: chain.last, unit: 'MB', note: `visit 1: ${chain.first.toFixed(0)} MB · growth ${(chain.last - chain.first).toFixed(1)} MB` },
    );
    return figures;
  },
};
