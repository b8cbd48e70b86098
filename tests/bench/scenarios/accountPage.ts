/**
 * One account's page in a 5,000-account workspace, for an account with 200 people, 100 opportunities and
 * 500 activities: from navigating to it until the header's figures are painted (first paint), and until
 * the 概况 tab's form is there; against a raw IndexedDB read of that account's records through the
 * accountId indexes in the same page. Then the 跟进 tab (500 activities) and the 白区 tab.
 */
import { activitySchema } from '../../../shared/domain/activity';
import { opportunitySchema } from '../../../shared/domain/opportunity';
import { stakeholderSchema } from '../../../shared/domain/stakeholder';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';
import { importThroughUi, timeNavigation, settingsShown } from '../benchActions';
import { each, type Figure, median, type Scenario } from '../harness';

const ACCOUNTS = 5000;
const PEOPLE = 200;
const DEALS = 100;
const ACTIVITIES = 500;

export const accountPageScenario: Scenario = {
  name: `account page: ${PEOPLE} people, ${DEALS} opportunities, ${ACTIVITIES} activities in ${ACCOUNTS.toLocaleString('en-US')} accounts`,
  run: async ({ newPage, baseUrl }) => {
    const data = buildSampleWorkspace({ accounts: ACCOUNTS, stakeholders: 0, opportunities: 0, activities: 0, planRows: 1, everyTable: false });
    const accountId = 'acc-000001';
    const at = '2026-01-05T08:00:00.000Z';
    const base = (id: string) => ({ id, createdAt: at, updatedAt: at });
    for (let i = 1; i <= PEOPLE; i += 1) {
      data.stakeholders.push(stakeholderSchema.parse({ ...base(`big-sh-${i}`), accountId, name: `关键人${i}`, title: '经理', stance: (i % 5) - 2, influence: 1 + (i % 5), buyingRole: (['EB', 'UB', 'TB', 'COACH', 'NONE'] as const)[i % 5] }));
    }
    for (let i = 1; i <= DEALS; i += 1) {
      data.opportunities.push(opportunitySchema.parse({ ...base(`big-opp-${i}`), accountId, name: `项目${i}`, product: `产品${i % 7}`, amount: 1_000_000 * i, stage: (['LEAD', 'OPPORTUNITY', 'VALIDATED', 'PRE_BID', 'BIDDING'] as const)[i % 5] }));
    }
    for (let i = 1; i <= ACTIVITIES; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      data.activities.push(activitySchema.parse({ ...base(`big-act-${i}`), accountId, date: `2026-0${1 + (i % 9)}-${day}`, kind: 'VISIT', stakeholderIds: [`big-sh-${1 + (i % PEOPLE)}`], summary: '沟通方案进展' }));
    }
    const page = await newPage();
    await importThroughUi(page, baseUrl, data);
    // Load the page's code once, so the figures are opening the page, not downloading it.
    await page.goto(`${baseUrl}#/accounts/${accountId}`);
    await page.getByRole('heading', { name: '示例客户1号（集团）有限公司' }).waitFor();
    await page.locator('#section-basic').waitFor();

    const heads: number[] = [];
    const forms: number[] = [];
    const raws: number[] = [];
    const timelines: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.goto(`${baseUrl}#/settings`);
      await settingsShown(page);
      raws.push(
        await page.evaluate(
          (id) =>
            new Promise<number>((resolve, reject) => {
              const started = performance.now();
              const open = indexedDB.open('keyplan');
              open.onerror = () => reject(new Error('open failed'));
              open.onsuccess = () => {
                const stores = ['stakeholders', 'opportunities', 'activities', 'planRows', 'contracts', 'renewals', 'whitespaceCells', 'competitors'];
                const tx = open.result.transaction(['accounts', ...stores], 'readonly');
                tx.objectStore('accounts').get(id);
                for (const store of stores) tx.objectStore(store).index('accountId').getAll(id);
                tx.oncomplete = () => {
                  open.result.close();
                  resolve(performance.now() - started);
                };
              };
            }),
          accountId,
        ),
      );
      const [head = Number.NaN, form = Number.NaN] = await timeNavigation(page, `#/accounts/${accountId}`, [
        { selector: '[data-testid="account-weighted"] [title]' },
        { selector: '#section-basic' },
      ]);
      heads.push(head);
      forms.push(form);
      const [timeline = Number.NaN] = await timeNavigation(page, `#/accounts/${accountId}?tab=activities`, [{ selector: '[aria-label="时间线"] .ant-timeline-item' }]);
      timelines.push(timeline);
    }
    const [whitespace = Number.NaN] = await timeNavigation(page, `#/accounts/${accountId}?tab=whitespace`, [{ selector: '[data-testid="whitespace-totals"]' }]);
    await page.context().close();

    const figures: Figure[] = [
      { name: 'open account page: navigate → header figures painted (median of 3)', value: median(heads), unit: 'ms', note: `${(median(heads) / median(raws)).toFixed(1)}× raw read; ${each(heads)}` },
      { name: 'open account page: navigate → 概况 form painted (median of 3)', value: median(forms), unit: 'ms', note: 'the form reads every account (parent picker, cycle check)' },
      { name: 'raw IndexedDB read of the account and its records (accountId indexes)', value: median(raws), unit: 'ms' },
      { name: '跟进 tab: 500 activities, timeline painted (median of 3)', value: median(timelines), unit: 'ms' },
      { name: '白区 tab painted', value: whitespace, unit: 'ms' },
    ];
    return figures;
  },
};
