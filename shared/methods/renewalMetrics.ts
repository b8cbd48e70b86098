/**
 * Renewal and customer success (续单, seed 002): per account and period, the recurring revenue at the
 * start of the period, new (expansion) revenue, churned revenue, and what the account has brought in
 * so far. Net revenue retention = (recurring + expansion − churned) ÷ starting recurring.
 */
import type { Renewal } from '../domain/renewal';

export type PeriodKind = 'year' | 'quarter';

export const periodKind = (period: string): PeriodKind => (period.includes('-Q') ? 'quarter' : 'year');

/** The period a date falls in: "2026" or "2026-Q3". */
export function periodOf(date: string, kind: PeriodKind): string {
  const year = date.slice(0, 4);
  if (kind === 'year') return year;
  const month = Number(date.slice(5, 7));
  return `${year}-Q${Math.ceil(month / 3)}`;
}

type Figures = Pick<Renewal, 'recurring' | 'expansion' | 'churned'>;

/** Revenue the account stands at after the period: recurring − churned + expansion. */
export const endingRevenue = (r: Figures): number => r.recurring - r.churned + r.expansion;

export function netRevenueRetention(r: Figures): number | null {
  return r.recurring > 0 ? endingRevenue(r) / r.recurring : null;
}

/** NRR of several accounts in one period: Σ(recurring + expansion − churned) ÷ Σ recurring. */
export function portfolioNrr(renewals: readonly Figures[]): number | null {
  let start = 0;
  let end = 0;
  for (const r of renewals) {
    start += r.recurring;
    end += endingRevenue(r);
  }
  return start > 0 ? end / start : null;
}

/**
 * Cumulative revenue per renewal record: the running sum of ending revenue over the account's periods
 * of the same kind (years with years, quarters with quarters), in period order.
 */
export function cumulativeRevenue(renewals: readonly (Figures & { id: string; accountId: string; period: string })[]): Map<string, number> {
  const sorted = [...renewals].sort((a, b) => a.accountId.localeCompare(b.accountId) || periodKind(a.period).localeCompare(periodKind(b.period)) || a.period.localeCompare(b.period));
  const result = new Map<string, number>();
  let key = '';
  let running = 0;
  for (const r of sorted) {
    const k = `${r.accountId}|${periodKind(r.period)}`;
    if (k !== key) {
      key = k;
      running = 0;
    }
    running += endingRevenue(r);
    result.set(r.id, running);
  }
  return result;
}
