/**
 * Everything the home shows, as a small value: the figures and the first lines of each list, with the
 * account names resolved. It is computed where the records are read (the home worker), so the window
 * receives a few kilobytes instead of 100,000 records, and never freezes over a workspace's size.
 *
 * `createHomeSummarizer` keeps each part until one of its own inputs changes: an edited activity
 * recomputes the due list, not the quadrants of 5,000 accounts.
 */
import type { Account } from '../domain/account';
import type { Activity } from '../domain/activity';
import type { FunnelStage, InstallmentStage, MatrixQuadrant } from '../domain/codes';
import type { Contract } from '../domain/contract';
import type { Opportunity } from '../domain/opportunity';
import type { Renewal, WhitespaceCell } from '../domain/renewal';
import type { Settings } from '../domain/settings';
import type { Stakeholder } from '../domain/stakeholder';
import { purchasePotentials } from './accountPotential';
import { goneCold } from './goneCold';
import type { PlanYearSummary } from './planYearSummary';
import { effectiveQuadrants } from './matrixModel';
import { chainStandings } from './chainStandings';
import { installmentLines } from './paymentsModel';
import { dueThisWeek, funnel, quadrantCounts, renewalsComing, yearFigures, type YearFigures } from './portfolioModel';

/** How many lines of each list the home shows (the rest behind "all N"). */
export const HOME_LIST_SIZE = 6;

/** The first lines of a list and how long it is. */
export interface ListHead<T> {
  items: T[];
  count: number;
}

export interface OverdueLine {
  key: string;
  accountId: string;
  accountName: string;
  stage: InstallmentStage | null;
  label: string;
  outstanding: number;
  daysOverdue: number;
}

export interface DueLine {
  kind: 'milestone' | 'nextStep' | 'visit';
  date: string;
  text: string;
  accountId: string;
  accountName: string;
}

export interface ColdLine {
  id: string;
  name: string;
  title: string;
  accountId: string;
  accountName: string;
  lastContactDate: string | null;
}

export interface RenewalLine {
  key: string;
  date: string;
  accountId: string;
  accountName: string;
  need: string;
  amount: number;
}

/** Each part is undefined until the records it needs have been read (the home shows a placeholder). */
export interface HomeSummary {
  figures?: YearFigures;
  quadrants?: { key: MatrixQuadrant; count: number }[];
  stages?: { stage: FunnelStage; count: number; amount: number }[];
  overdue?: ListHead<OverdueLine> & { total: number };
  due?: ListHead<DueLine>;
  cold?: ListHead<ColdLine>;
  renewals?: ListHead<RenewalLine>;
}

/** What the home is computed from; undefined = not read yet. */
export interface HomeInputs {
  today: string;
  settings?: Settings;
  accounts?: readonly Account[];
  contracts?: readonly Contract[];
  opportunities?: readonly Opportunity[];
  renewals?: readonly Renewal[];
  activities?: readonly Activity[];
  people?: readonly Stakeholder[];
  /** Every whitespace cell: an account without purchase drivers takes its potential from its grid. */
  whitespace?: readonly WhitespaceCell[];
  /** The plan year's summed targets, this week's milestones and each account's 购买潜力. */
  plan?: PlanYearSummary;
}

const head = <T, L>(all: readonly T[], line: (item: T, index: number) => L): ListHead<L> => ({ items: all.slice(0, HOME_LIST_SIZE).map(line), count: all.length });

/**
 * A function of some inputs, recomputed only when one of them is not the same object as last time;
 * undefined while one of them is (not read yet).
 */
function part<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: { [K in keyof A]: A[K] | undefined }) => R | undefined {
  let last: { args: readonly unknown[]; result: R } | null = null;
  return (...args) => {
    if (args.some((a) => a === undefined)) return undefined;
    if (last?.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    // Every argument is defined here (checked just above).
    const result = compute(...(args as unknown as A));
    last = { args, result };
    return result;
  };
}

export function createHomeSummarizer(): (inputs: HomeInputs) => HomeSummary {
  const accountsById = part((accounts: readonly Account[]) => new Map(accounts.map((a) => [a.id, a])));
  const figures = part((plan: PlanYearSummary, opportunities: readonly Opportunity[], settings: Settings) =>
    yearFigures(plan, opportunities, settings.planYear, settings.stageProbabilities),
  );
  const quadrants = part((accounts: readonly Account[], people: readonly Stakeholder[], settings: Settings, whitespace: readonly WhitespaceCell[], plan: PlanYearSummary) =>
    quadrantCounts(effectiveQuadrants(accounts, chainStandings(people), settings.matrix, purchasePotentials(accounts, whitespace, plan.potentialByAccount)).values()),
  );
  const stages = part((opportunities: readonly Opportunity[]) => funnel(opportunities));
  const overdue = part((contracts: readonly Contract[], byId: ReadonlyMap<string, Account>, today: string) => {
    const lines = installmentLines(contracts, byId, today, 'OVERDUE');
    return {
      ...head(lines, (l) => ({ key: l.key, accountId: l.contract.accountId, accountName: l.accountName, stage: l.stage, label: l.label, outstanding: l.outstanding, daysOverdue: l.daysOverdue })),
      total: lines.reduce((sum, l) => sum + l.outstanding, 0),
    };
  });
  const due = part((plan: PlanYearSummary, activities: readonly Activity[], byId: ReadonlyMap<string, Account>, today: string) =>
    head(dueThisWeek(plan.dueThisWeek, activities, today), (d) => ({ kind: d.kind, date: d.date, text: d.text, accountId: d.accountId, accountName: byId.get(d.accountId)?.name ?? '' })),
  );
  const cold = part((people: readonly Stakeholder[], byId: ReadonlyMap<string, Account>, today: string, days: number) =>
    head(goneCold(people, today, days), ({ person }) => ({
      id: person.id,
      name: person.name,
      title: person.title,
      accountId: person.accountId,
      accountName: byId.get(person.accountId)?.name ?? '',
      lastContactDate: person.lastContactDate,
    })),
  );
  const renewals = part((list: readonly Renewal[], byId: ReadonlyMap<string, Account>, today: string) =>
    head(renewalsComing(list, today), (r, index) => ({ key: `${r.renewal.id}:${index}`, date: r.date, accountId: r.renewal.accountId, accountName: byId.get(r.renewal.accountId)?.name ?? '', need: r.need, amount: r.amount })),
  );

  return (i) => {
    const byId = accountsById(i.accounts);
    return {
      figures: figures(i.plan, i.opportunities, i.settings),
      quadrants: quadrants(i.accounts, i.people, i.settings, i.whitespace, i.plan),
      stages: stages(i.opportunities),
      overdue: overdue(i.contracts, byId, i.today),
      due: due(i.plan, i.activities, byId, i.today),
      cold: cold(i.people, byId, i.today, i.settings?.coldAfterDays),
      renewals: renewals(i.renewals, byId, i.today),
    };
  };
}
