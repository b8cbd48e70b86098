/**
 * The accounts list as a group tree: 5,000 accounts in 500 groups (each group and nine subsidiaries).
 * From switching to the tree until its groups are painted with their roll-ups; expanding a group (until
 * its subsidiaries are painted); and the longest frame while the tree scrolls to the end and back —
 * first over all 500 groups closed, then with the first 50 groups open (950 rows). The rows are a
 * virtual list, so the whole workspace is one list (no pages).
 */
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { importThroughUi, timeNavigation, settingsShown } from '../benchActions';
import { profiled } from '../profile';
import type { Page } from 'playwright-core';
import { type Figure, median, type Scenario } from '../harness';

const GROUPS = 500;
const PER_GROUP = 10;

export const accountTreeScenario: Scenario = {
  name: `accounts tree: ${(GROUPS * PER_GROUP).toLocaleString('en-US')} accounts in ${GROUPS} groups`,
  run: async ({ newPage, baseUrl }) => {
    const data = buildSampleWorkspace({ accounts: GROUPS * PER_GROUP, stakeholders: 1, opportunities: 1, activities: 0, planRows: 1, everyTable: true });
    data.accounts.forEach((a, i) => {
      const head = i - (i % PER_GROUP);
      a.parentId = i % PER_GROUP === 0 ? null : (data.accounts[head]?.id ?? null);
    });
    const page = await newPage();
    await importThroughUi(page, baseUrl, data);
    await page.goto(`${baseUrl}#/accounts?view=groups`);
    await page.getByRole('treegrid', { name: '按集团显示的客户' }).getByText(/9 家子公司/).first().waitFor();

    await page.goto(`${baseUrl}#/settings`);
    await settingsShown(page);
    const [open = Number.NaN] = await timeNavigation(page, '#/accounts?view=groups', [{ selector: '[role=treegrid]', text: '9 家子公司' }]);

    // Expand the first group: until its subsidiaries' rows are there.
    await page.evaluate('window.__name = window.__name || ((f) => f)');
    const expand = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const button = document.querySelector<HTMLButtonElement>('[role=treegrid] button[aria-label^="展开"]');
          if (!button) throw new Error('no group to expand');
          // The first group's first subsidiary (the sample's account 2) appears when it is open.
          const shown = () => [...document.querySelectorAll('a')].some((a) => a.textContent === '示例客户2号（集团）有限公司');
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (shown()) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - started));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          button.click();
        }),
    );
    // The longest frame while the tree's scroller goes to the end and back over 120 frames.
    // The frames while the tree's scroller moves: `fling` goes to the end and back in 120 frames (a
    // screenful or more of new rows every frame); otherwise 120 px a frame for 240 frames, as a mouse
    // wheel or trackpad scrolls (a few new rows a frame). Returns the gaps between frames.
    const scrollThrough = (on: Page, fling: boolean) =>
      on.evaluate(
        (fling) =>
          new Promise<number[]>((resolve) => {
            const scroller = document.querySelector<HTMLElement>('.kp-tree-scroll');
            if (!scroller) throw new Error('no tree');
            scroller.scrollTop = 0;
            const height = scroller.scrollHeight - scroller.clientHeight;
            const frames: number[] = [];
            let i = 0;
            const steps = fling ? 120 : 240;
            const step = (time: number) => {
              frames.push(time);
              if (i >= steps) {
                resolve(frames.slice(2).map((t, k) => t - (frames[k + 1] ?? t)));
                return;
              }
              scroller.scrollTop = fling ? (i < 60 ? i / 60 : (120 - i) / 60) * height : (i + 1) * 120;
              i += 1;
              requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
          }),
        fling,
      );
    const rowCount = async () => Number(await page.getByRole('treegrid').getAttribute('aria-rowcount')) - 1;
    // Group 1 is open from the step above: close it, so the first pass is over closed groups only.
    await page.getByRole('button', { name: /^收起/ }).first().click();
    const closedRows = await rowCount();
    const closedGaps = await profiled(page, 'tree-scroll-closed', () => scrollThrough(page, true));
    const closed = Math.max(...closedGaps);
    // Open the first 50 groups, one click at a time (each is a state update of its own); the next closed
    // group is always just below the last one opened, so clicking scrolls it into view.
    for (let k = 0; k < 50; k += 1) await page.locator('[role=treegrid] button[aria-label^="展开"]').first().click();
    const openRows = await rowCount();
    const openGaps = await scrollThrough(page, true);
    const wheelGaps = await profiled(page, 'tree-scroll-wheel', () => scrollThrough(page, false));
    const open50 = Math.max(...openGaps);
    const spread = (gaps: number[]) => `median ${median(gaps).toFixed(0)} ms, ${String(gaps.filter((g) => g > 50).length)} of ${String(gaps.length)} frames over 50 ms`;
    await page.context().close();

    // Raw baseline: the same scroller size and rows (a name and seven figures, 44 px, plain elements all
    // in the page, no React, no virtual list), scrolled the same way. Its frames are what this machine
    // needs to paint a screenful of fresh rows; the tree cannot be faster than that.
    const raw = await newPage();
    await raw.setContent(
      `<div class="kp-tree-scroll" style="height:620px;overflow:auto;font:14px sans-serif">${Array.from(
        { length: openRows },
        (_, i) =>
          `<div style="display:grid;grid-template-columns:minmax(240px,1fr) 110px 110px 100px 80px 110px 100px 200px;height:44px;align-items:center;border-bottom:1px solid #f0f0f0"><div style="padding-left:${String(8 + (i % 10 === 0 ? 0 : 20))}px">示例客户${String(i + 1)}号（集团）有限公司</div><div>¥3万</div><div>¥2,000</div><div>¥0</div><div>7%</div><div>¥1万</div><div>¥6,000</div><div>已画链 已成交</div></div>`,
      ).join('')}</div>`,
    );
    await raw.evaluate('window.__name = window.__name || ((f) => f)'); // tsx names the helpers
    const rawGaps = await scrollThrough(raw, true);
    const rawWheelGaps = await scrollThrough(raw, false);
    await raw.context().close();
    return [
      { name: 'switch to the tree: navigate → groups with roll-ups painted', value: open, unit: 'ms' },
      { name: 'expand a group: click → subsidiaries painted', value: expand, unit: 'ms' },
      { name: `scroll the tree, all groups closed (${closedRows} rows), to the end and back: longest frame`, value: closed, unit: 'ms', note: spread(closedGaps) },
      { name: `scroll the tree, first 50 groups open (${openRows} rows), to the end and back: longest frame`, value: open50, unit: 'ms', note: spread(openGaps) },
      { name: `raw baseline: ${openRows} plain rows in the page, same scroll: longest frame`, value: Math.max(...rawGaps), unit: 'ms', note: spread(rawGaps) },
      { name: `wheel-paced scroll (120 px a frame), first 50 groups open: longest frame`, value: Math.max(...wheelGaps), unit: 'ms', note: spread(wheelGaps) },
      { name: `raw baseline, wheel-paced: longest frame`, value: Math.max(...rawWheelGaps), unit: 'ms', note: spread(rawWheelGaps) },
    ] satisfies Figure[];
  },
};
