/**
 * The portfolio home with 5,000 accounts and 20,000 installments (one four-stage contract each, three
 * people, an opportunity, an activity and a plan row per account): navigate → first figures painted,
 * and → every card painted, against a raw IndexedDB read of the same tables in the same page.
 */
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { importThroughUi, rawRead, timeNavigation, settingsShown } from '../benchActions';
import { each, type Figure, median, type Scenario } from '../harness';

const ACCOUNTS = Number(process.env.HOME_BENCH_ACCOUNTS ?? 5000);
// Plan rows per account: 20 gives a 100,000-row plan, which the home summarises once and then reads from its cache.
const PLAN_ROWS = Number(process.env.HOME_BENCH_PLAN_ROWS ?? 1);
const TABLES = ['accounts', 'contracts', 'stakeholders', 'opportunities', 'renewals', 'activities', 'planRows', 'settings', 'teamMembers'];

export const portfolioScenario: Scenario = {
  name: `portfolio home: ${ACCOUNTS.toLocaleString('en-US')} accounts, ${(ACCOUNTS * 4).toLocaleString('en-US')} installments, ${(ACCOUNTS * PLAN_ROWS).toLocaleString('en-US')} plan rows`,
  run: async ({ newPage, baseUrl }) => {
    const data = buildSampleWorkspace({ accounts: ACCOUNTS, stakeholders: 3, opportunities: 1, activities: 1, planRows: PLAN_ROWS });
    const page = await newPage();
    await importThroughUi(page, baseUrl, data);

    process.stderr.write('  · imported\n');
    const firsts: number[] = [];
    const alls: number[] = [];
    const raws: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.goto(`${baseUrl}#/settings`);
      await settingsShown(page);
      raws.push(await rawRead(page, TABLES));
      const [first = Number.NaN, all = Number.NaN] = await timeNavigation(page, '#/portfolio', [
        { selector: '[data-testid=kpi-accounts] .ant-statistic-content', text: ACCOUNTS.toLocaleString('en-US') },
        // Every card has replaced its skeleton (the KPIs share their cards' data).
        { selector: '.kp-kpi', none: '.ant-skeleton' },
      ]);
      firsts.push(first);
      alls.push(all);
    }
    const overdue = await page.getByTestId('kpi-overdue').textContent();
    await page.context().close();

    return [
      { name: 'open home: navigate → first figures painted (median of 3)', value: median(firsts), unit: 'ms' },
      { name: 'open home: navigate → every card painted (median of 3)', value: median(alls), unit: 'ms', note: `${(median(alls) / median(raws)).toFixed(2)}× raw read; visits ${each(alls)} (the first computes the plan summary); ${overdue ?? ''}` },
      { name: 'raw IndexedDB getAll of the tables the home reads', value: median(raws), unit: 'ms' },
    ] satisfies Figure[];
  },
};
