/**
 * One account's year in figures, as its page's header shows them and a group rolls them up: the plan's
 * targets, the weighted pipeline and won business of the deals closing that year (or not dated yet, as
 * the plan counts them), the coverage, and the money overdue today.
 */
import type { FunnelStage } from '../domain/codes';
import type { Installment } from '../domain/contract';
import { groupByAccount } from '../domain/byAccount';
import { isOverdue, outstandingOf } from './collection';
import { coverageOf } from './planRisk';

export interface AccountYearFigures {
  target: number;
  floor: number;
  weighted: number;
  won: number;
  coverage: number | null;
  overdue: number;
  /** Deals still open (not won, not lost), whatever their year. */
  openOpportunities: number;
}

export interface AccountYearInputs {
  year: number;
  today: string;
  probabilities: Readonly<Record<FunnelStage, number>>;
  planRows: readonly { year: number; target: number; floorTarget: number }[];
  opportunities: readonly { amount: number; stage: FunnelStage; expectedClose: string | null }[];
  contracts: readonly { installments: readonly Installment[] }[];
}

export function accountYearFigures(inputs: AccountYearInputs): AccountYearFigures {
  let target = 0;
  let floor = 0;
  for (const row of inputs.planRows) {
    if (row.year !== inputs.year) continue;
    target += row.target;
    floor += row.floorTarget;
  }
  const prefix = `${inputs.year}-`;
  let weighted = 0;
  let won = 0;
  let openOpportunities = 0;
  for (const o of inputs.opportunities) {
    if (o.stage !== 'WON' && o.stage !== 'LOST') openOpportunities += 1;
    if (o.expectedClose !== null && !o.expectedClose.startsWith(prefix)) continue;
    weighted += (o.amount * inputs.probabilities[o.stage]) / 100;
    if (o.stage === 'WON') won += o.amount;
  }
  weighted = Math.round(weighted);
  let overdue = 0;
  for (const c of inputs.contracts) for (const i of c.installments) if (isOverdue(i, inputs.today)) overdue += outstandingOf(i);
  return { target, floor, weighted, won, coverage: coverageOf(weighted, target), overdue, openOpportunities };
}

/** A group's figures: the sum of its accounts', coverage recomputed from the sums. */
export function rollUpFigures(figures: Iterable<AccountYearFigures>): AccountYearFigures {
  const sum: AccountYearFigures = { target: 0, floor: 0, weighted: 0, won: 0, coverage: null, overdue: 0, openOpportunities: 0 };
  for (const f of figures) {
    sum.target += f.target;
    sum.floor += f.floor;
    sum.weighted += f.weighted;
    sum.won += f.won;
    sum.overdue += f.overdue;
    sum.openOpportunities += f.openOpportunities;
  }
  sum.coverage = coverageOf(sum.weighted, sum.target);
  return sum;
}

/**
 * Every account's year figures from workspace-wide lists: the plan year's targets per account (from the
 * plan-year summary, not the rows), the deals and the contracts.
 */
export function yearFiguresByAccount(inputs: {
  year: number;
  today: string;
  probabilities: Readonly<Record<FunnelStage, number>>;
  targets: Readonly<Record<string, { target: number; floor: number }>>;
  opportunities: readonly ({ accountId: string } & AccountYearInputs['opportunities'][number])[];
  contracts: readonly ({ accountId: string } & AccountYearInputs['contracts'][number])[];
  accountIds: readonly string[];
}): Map<string, AccountYearFigures> {
  const deals = groupByAccount(inputs.opportunities);
  const contracts = groupByAccount(inputs.contracts);
  return new Map(
    inputs.accountIds.map((id) => {
      const target = inputs.targets[id];
      return [
        id,
        accountYearFigures({
          year: inputs.year,
          today: inputs.today,
          probabilities: inputs.probabilities,
          planRows: target ? [{ year: inputs.year, target: target.target, floorTarget: target.floor }] : [],
          opportunities: deals.get(id) ?? [],
          contracts: contracts.get(id) ?? [],
        }),
      ];
    }),
  );
}
