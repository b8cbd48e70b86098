/**
 * Target risk margin (目标风险裕量, seed 002 step 6) and the computed columns of the battle plan.
 * Selling is a funnel of probabilities, so a target is only safe when the weighted pipeline covers it
 * with room to spare: coverage = weighted pipeline ÷ target, at risk when coverage < 1 + margin.
 */
import type { FunnelStage } from '../domain/codes';
import type { Milestone } from '../domain/planRow';
import { nameKey } from '../domain/fieldRules';

export interface PipelineOpportunity {
  accountId: string;
  product: string;
  amount: number;
  stage: FunnelStage;
  expectedClose: string | null;
}

export interface PipelineFigures {
  /** Σ amount × stage probability, in minor units (won deals count at the won probability, lost at 0). */
  weighted: number;
  won: number;
  count: number;
}

/** Products are matched loosely: "CRM 套件" and "crm套件 " are the same product. */
export function productKey(product: string): string {
  return nameKey(product);
}

export function pipelineKey(accountId: string, product: string): string {
  return `${accountId}\u0000${productKey(product)}`;
}

/**
 * Weighted pipeline per account × product for a plan year: opportunities expected to close in that
 * year, or with no close date yet (an undated deal is still pipeline someone must work).
 */
export function pipelineByAccountProduct(
  opportunities: readonly PipelineOpportunity[],
  year: number,
  probabilities: Readonly<Record<FunnelStage, number>>,
): Map<string, PipelineFigures> {
  const prefix = `${year}-`;
  const sums = new Map<string, { weighted: number; won: number; count: number }>();
  for (const o of opportunities) {
    if (o.expectedClose !== null && !o.expectedClose.startsWith(prefix)) continue;
    const key = pipelineKey(o.accountId, o.product);
    let sum = sums.get(key);
    if (!sum) {
      sum = { weighted: 0, won: 0, count: 0 };
      sums.set(key, sum);
    }
    sum.weighted += (o.amount * probabilities[o.stage]) / 100;
    if (o.stage === 'WON') sum.won += o.amount;
    sum.count += 1;
  }
  for (const sum of sums.values()) sum.weighted = Math.round(sum.weighted);
  return sums;
}

export function coverageOf(weighted: number, target: number): number | null {
  return target > 0 ? weighted / target : null;
}

/**
 * At risk when coverage < 1 + margin (seed 002 step 6); a row without a target is not judged, and a
 * row that has already won its target is not at risk whatever its open pipeline.
 */
export function isAtRisk(weighted: number, target: number, marginPercent: number, won: number): boolean {
  return target > 0 && won < target && weighted * 100 < target * (100 + marginPercent);
}

/**
 * How far from safe a row is, in money: the weighted pipeline the margin asks for (target × (1 +
 * margin), rounded up to a minor unit) minus the weighted pipeline it has — won deals count in full,
 * so what is already won is taken off. Positive: pipeline still to find; 0 or less: safe.
 */
export function riskGap(weighted: number, target: number, marginPercent: number): number {
  return requiredPipeline(target, marginPercent) - weighted;
}

/** The weighted pipeline the margin asks for: target × (1 + margin), rounded up to a minor unit. */
export function requiredPipeline(target: number, marginPercent: number): number {
  return Math.ceil((target * (100 + marginPercent)) / 100);
}

/** Σ quarters − target: 0 when the split adds up, negative when quarters fall short. */
export function quarterDifference(quarters: readonly number[], target: number): number {
  return quarters.reduce((sum, q) => sum + q, 0) - target;
}

export type PlanStatus = 'NO_TARGET' | 'ACHIEVED' | 'AT_RISK' | 'COVERED';

export function planStatus(target: number, won: number, weighted: number, marginPercent: number): PlanStatus {
  if (target <= 0) return 'NO_TARGET';
  if (won >= target) return 'ACHIEVED';
  return isAtRisk(weighted, target, marginPercent, won) ? 'AT_RISK' : 'COVERED';
}

/** The undone milestone due first (undated ones after dated ones), or null when all are done. */
export function nextMilestone(milestones: readonly Milestone[]): Milestone | null {
  let next: Milestone | null = null;
  for (const m of milestones) {
    if (m.done) continue;
    if (next === null) next = m;
    else if (m.dueDate !== null && (next.dueDate === null || m.dueDate < next.dueDate)) next = m;
  }
  return next;
}

export function isMilestoneOverdue(milestone: Milestone, today: string): boolean {
  return !milestone.done && milestone.dueDate !== null && milestone.dueDate < today;
}

export function overdueMilestoneCount(milestones: readonly Milestone[], today: string): number {
  let count = 0;
  for (const m of milestones) if (isMilestoneOverdue(m, today)) count += 1;
  return count;
}

export interface RiskTotals {
  target: number;
  floor: number;
  weighted: number;
  won: number;
  coverage: number | null;
  /** The weighted pipeline the margin asks for: target × (1 + margin), rounded up to a minor unit. */
  required: number;
  /** required − weighted: positive is the pipeline still to find, negative is room to spare. */
  gap: number;
  atRisk: boolean;
}

export function riskTotals(rows: Iterable<{ target: number; floor: number; weighted: number; won: number }>, marginPercent: number): RiskTotals {
  let target = 0;
  let floor = 0;
  let weighted = 0;
  let won = 0;
  for (const r of rows) {
    target += r.target;
    floor += r.floor;
    weighted += r.weighted;
    won += r.won;
  }
  const required = requiredPipeline(target, marginPercent);
  return { target, floor, weighted, won, coverage: coverageOf(weighted, target), required, gap: riskGap(weighted, target, marginPercent), atRisk: isAtRisk(weighted, target, marginPercent, won) };
}
