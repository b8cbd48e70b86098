/**
 * The accounts list as a group tree: 5,000 accounts in 500 groups (each group and nine subsidiaries).
 * From switching to the tree until its first page of groups is painted with their roll-ups; expanding a
 * group (until its subsidiaries are painted); and the longest frame while the page scrolls through the
 * list with every group on the page expanded.
 */
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { importThroughUi, timeNavigation } from '../benchActions';
import type { Figure, Scenario } from '../harness';

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
    await page.getByRole('table', { name: '按集团显示的客户' }).getByText(/9 家子公司/).first().waitFor();

    await page.goto(`${baseUrl}#/settings`);
    await page.getByRole('navigation').first().waitFor();
    const [open = Number.NaN] = await timeNavigation(page, '#/accounts?view=groups', [{ selector: 'table', text: '9 家子公司' }]);

    // Expand the first group: until its subsidiaries' rows are there.
    await page.evaluate('window.__name = window.__name || ((f) => f)');
    const expand = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const button = document.querySelector<HTMLButtonElement>('.ant-table-row-expand-icon-collapsed');
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
    // Expand every group on the page (one click at a time: each is a state update of its own), then
    // scroll the page to the end and back, frame by frame.
    for (let left = await page.locator('.ant-table-row-expand-icon-collapsed').count(); left > 0; left -= 1) {
      await page.locator('.ant-table-row-expand-icon-collapsed').first().click();
    }
    const rows = await page.locator('tr.ant-table-row').count();
    const scroll = await page.evaluate(
      () =>
        new Promise<{ longest: number; frames: number }>((resolve) => {
          const scroller = document.scrollingElement ?? document.documentElement;
          const height = scroller.scrollHeight - scroller.clientHeight;
          const frames: number[] = [];
          let i = 0;
          const step = (time: number) => {
            frames.push(time);
            if (i >= 120) {
              const gaps = frames.slice(2).map((t, k) => t - (frames[k + 1] ?? t));
              resolve({ longest: Math.max(...gaps), frames: frames.length });
              return;
            }
            const phase = i < 60 ? i / 60 : (120 - i) / 60;
            scroller.scrollTop = phase * height;
            i += 1;
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
    );
    await page.context().close();
    return [
      { name: 'switch to the tree: navigate → groups with roll-ups painted', value: open, unit: 'ms' },
      { name: 'expand a group: click → subsidiaries painted', value: expand, unit: 'ms' },
      { name: `scroll the page, its 50 groups expanded (${rows} rows), to the end and back: longest frame`, value: scroll.longest, unit: 'ms' },
    ] satisfies Figure[];
  },
};
