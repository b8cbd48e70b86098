/**
 * Payment collection (回款, seed 002): splitting a contract into installments, what is due, received,
 * outstanding and overdue, and days sales outstanding. Amounts are integer minor units and shares are
 * basis points, so every split is exact: each installment gets its share rounded down and the last
 * one takes the remainder.
 */
import { FULL_SHARE_BASIS_POINTS, type Installment } from '../domain/contract';
import type { InstallmentStage } from '../domain/codes';
import { daysBetween } from './decisionChainHealth';

/** 首付款 / 到货付款 / 完工验收付款 / 质保尾款 — 30 / 30 / 30 / 10 %, the common split the user edits. */
export const DEFAULT_STAGE_SHARES: readonly { stage: InstallmentStage; share: number }[] = [
  { stage: 'DOWN_PAYMENT', share: 3000 },
  { stage: 'DELIVERY', share: 3000 },
  { stage: 'ACCEPTANCE', share: 3000 },
  { stage: 'WARRANTY', share: 1000 },
];

/** Amounts of a split: floor(amount × share) each, the remainder on the last installment. */
export function splitAmount(amount: number, shares: readonly number[]): number[] {
  if (shares.length === 0) return [];
  const amounts = shares.map((share) => Math.floor((amount * share) / FULL_SHARE_BASIS_POINTS));
  const assigned = amounts.slice(0, -1).reduce((sum, a) => sum + a, 0);
  amounts[amounts.length - 1] = amount - assigned;
  return amounts;
}

export const sharesTotal = (shares: readonly number[]): number => shares.reduce((sum, s) => sum + s, 0);

export function outstandingOf(installment: Pick<Installment, 'amount' | 'received'>): number {
  return Math.max(0, installment.amount - installment.received);
}

export function isOverdue(installment: Pick<Installment, 'amount' | 'received' | 'dueDate'>, today: string): boolean {
  return installment.dueDate !== null && installment.dueDate < today && installment.received < installment.amount;
}

/** Days past the due date of an installment not yet fully paid (0 when not overdue). */
export function daysOverdue(installment: Pick<Installment, 'amount' | 'received' | 'dueDate'>, today: string): number {
  return isOverdue(installment, today) && installment.dueDate !== null ? daysBetween(installment.dueDate, today) : 0;
}

export type CollectionState = 'PAID' | 'OVERDUE' | 'DUE_SOON' | 'OPEN' | 'UNSCHEDULED';

/** Where an installment stands; "due soon" is within `soonDays` (default two weeks). */
export function collectionState(installment: Pick<Installment, 'amount' | 'received' | 'dueDate'>, today: string, soonDays = 14): CollectionState {
  if (installment.received >= installment.amount) return 'PAID';
  if (installment.dueDate === null) return 'UNSCHEDULED';
  if (installment.dueDate < today) return 'OVERDUE';
  return daysBetween(today, installment.dueDate) <= soonDays ? 'DUE_SOON' : 'OPEN';
}

/**
 * The battle map's order: overdue first (longest overdue, then largest outstanding), then by due date,
 * then unscheduled, and paid ones last.
 */
export function byUrgency(today: string) {
  const rank: Record<CollectionState, number> = { OVERDUE: 0, DUE_SOON: 1, OPEN: 1, UNSCHEDULED: 2, PAID: 3 };
  return (a: Pick<Installment, 'amount' | 'received' | 'dueDate'>, b: Pick<Installment, 'amount' | 'received' | 'dueDate'>): number => {
    const ra = rank[collectionState(a, today)];
    const rb = rank[collectionState(b, today)];
    if (ra !== rb) return ra - rb;
    if (ra === 0) return daysOverdue(b, today) - daysOverdue(a, today) || outstandingOf(b) - outstandingOf(a);
    return (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || outstandingOf(b) - outstandingOf(a);
  };
}

export interface CollectionSummary {
  contracted: number;
  /** Installments whose due date has come (today included). */
  due: number;
  /** Received on those and on all other installments. */
  collected: number;
  /** Due but not yet received. */
  outstandingDue: number;
  overdue: number;
  overdueCount: number;
  /** Days sales outstanding over the trailing window, or null when nothing fell due in it. */
  dso: number | null;
}

export const DSO_WINDOW_DAYS = 365;

/**
 * Per account (or portfolio): DSO = receivables outstanding today ÷ amounts that fell due in the last
 * 365 days × 365 — the standard countback-free formula, with "sales" being the installments billed
 * (due) in the window.
 */
export function summarizeCollection(contracts: readonly { amount: number; installments: readonly Installment[] }[], today: string): CollectionSummary {
  let contracted = 0;
  let due = 0;
  let collected = 0;
  let outstandingDue = 0;
  let overdue = 0;
  let overdueCount = 0;
  let billedInWindow = 0;
  for (const contract of contracts) {
    contracted += contract.amount;
    for (const i of contract.installments) {
      collected += i.received;
      if (i.dueDate === null || i.dueDate > today) continue;
      due += i.amount;
      outstandingDue += outstandingOf(i);
      if (daysBetween(i.dueDate, today) < DSO_WINDOW_DAYS) billedInWindow += i.amount;
      if (isOverdue(i, today)) {
        overdue += outstandingOf(i);
        overdueCount += 1;
      }
    }
  }
  const dso = billedInWindow > 0 ? (outstandingDue / billedInWindow) * DSO_WINDOW_DAYS : null;
  return { contracted, due, collected, outstandingDue, overdue, overdueCount, dso };
}
