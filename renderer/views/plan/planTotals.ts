/** What a subtotal or grand-total row shows in each column (sums of money, coverage of the sums). */
import type { TFunction } from 'i18next';
import { formatPercent } from '../../../shared/domain/money';
import { formatCellAmount, formatSummaryAmount, type PlanColumnId } from './planColumns';
import type { PlanContext } from './planContext';
import type { GroupTotals } from './planSheetModel';

/** The number a total cell holds (minor units; a ratio for coverage), or null when the column has no total. */
export function totalValue(id: PlanColumnId, totals: GroupTotals): number | null {
  switch (id) {
    case 'potential':
      return totals.potential;
    case 'target':
      return totals.target;
    case 'floorTarget':
      return totals.floor;
    case 'q1':
      return totals.quarters[0];
    case 'q2':
      return totals.quarters[1];
    case 'q3':
      return totals.quarters[2];
    case 'q4':
      return totals.quarters[3];
    case 'quarterDiff':
      return totals.quarters.reduce((s, q) => s + q, 0) - totals.target;
    case 'weighted':
      return totals.weighted;
    case 'coverage':
      return totals.coverage;
    default:
      return null;
  }
}

export function totalText(id: PlanColumnId, totals: GroupTotals, ctx: PlanContext, t: TFunction): string {
  if (id === 'risk') return totals.atRisk ? t('plan.risk.gap', { amount: formatCellAmount(totals.gap, ctx) }) : '';
  const value = totalValue(id, totals);
  if (value === null) return '';
  if (id === 'coverage') return formatPercent(value);
  if (id === 'quarterDiff') return value === 0 ? '✓' : `${value > 0 ? '+' : '−'}${formatCellAmount(Math.abs(value), ctx)}`;
  return formatCellAmount(value, ctx);
}

/**
 * What a subtotal or total cell shows: money in the workspace's units, like every summary (a column's
 * sum in exact yuan with cents did not fit its column), and the exact figure for the hover text.
 * Copying and exports keep `totalText`, exact. `hover` is undefined when the cell already shows it exactly.
 */
export function totalShown(id: PlanColumnId, totals: GroupTotals, ctx: PlanContext, t: TFunction): { text: string; hover: string | undefined } {
  const exact = totalText(id, totals, ctx, t);
  const value = totalValue(id, totals);
  let text = exact;
  if (id === 'risk') text = totals.atRisk ? t('plan.risk.gap', { amount: formatSummaryAmount(totals.gap, ctx) }) : '';
  else if (id === 'quarterDiff' && value !== null) text = value === 0 ? '✓' : `${value > 0 ? '+' : '−'}${formatSummaryAmount(Math.abs(value), ctx)}`;
  else if (value !== null && id !== 'coverage') text = formatSummaryAmount(value, ctx);
  return { text, hover: text === exact ? undefined : exact };
}
