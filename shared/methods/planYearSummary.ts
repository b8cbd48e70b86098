/**
 * What the portfolio home needs of a plan year: the summed annual and floor targets, the milestones
 * not yet done that fall due this week (today and the six days after), and each account's summed
 * 购买潜力 (the matrix's last source of potential). Small enough to keep as a cache beside the year's
 * rows, which can number 100,000.
 */
import type { PlanRow } from '../domain/planRow';
import { planPotentialByAccount } from './accountPotential';
import { daysBetween } from './decisionChainHealth';

export interface DueMilestone {
  date: string;
  task: string;
  accountId: string;
}

export interface PlanYearSummary {
  target: number;
  floor: number;
  rows: number;
  dueThisWeek: DueMilestone[];
  /** Σ 购买潜力 per account over the rows that carry one (accounts without are left out). */
  potentialByAccount: Record<string, number>;
  /** Σ annual and floor targets per account (the accounts list's group roll-ups). */
  targetByAccount: Record<string, { target: number; floor: number }>;
}

export const isThisWeek = (date: string | null, today: string): date is string => date !== null && date >= today && daysBetween(today, date) <= 6;

export function summarizePlanYear(rows: readonly PlanRow[], today: string): PlanYearSummary {
  let target = 0;
  let floor = 0;
  const dueThisWeek: DueMilestone[] = [];
  const targetByAccount: Record<string, { target: number; floor: number }> = {};
  for (const row of rows) {
    target += row.target;
    floor += row.floorTarget;
    const mine = (targetByAccount[row.accountId] ??= { target: 0, floor: 0 });
    mine.target += row.target;
    mine.floor += row.floorTarget;
    for (const m of row.milestones) if (!m.done && isThisWeek(m.dueDate, today)) dueThisWeek.push({ date: m.dueDate, task: m.task, accountId: row.accountId });
  }
  dueThisWeek.sort((a, b) => a.date.localeCompare(b.date));
  return { target, floor, rows: rows.length, dueThisWeek, potentialByAccount: planPotentialByAccount(rows), targetByAccount };
}
