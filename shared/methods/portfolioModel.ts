/**
 * The portfolio home's figures, each computed from the records behind the list it links to: accounts
 * by tier and quadrant, this year's target / floor / weighted pipeline / won, the funnel, overdue
 * collections, milestones and next steps due this week, key people gone cold, renewals coming up.
 */
import type { Activity } from '../domain/activity';
import { FUNNEL_STAGES, MATRIX_QUADRANTS, type FunnelStage, type MatrixQuadrant } from '../domain/codes';
import type { Opportunity } from '../domain/opportunity';
import { isThisWeek, type DueMilestone, type PlanYearSummary } from './planYearSummary';
import type { Renewal } from '../domain/renewal';
import { daysBetween } from './decisionChainHealth';

export function countBy<K extends string>(keys: readonly K[], items: Iterable<K>): { key: K; count: number }[] {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const k of items) counts.set(k, (counts.get(k) ?? 0) + 1);
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

export const quadrantCounts = (quadrants: Iterable<MatrixQuadrant>): { key: MatrixQuadrant; count: number }[] => countBy(MATRIX_QUADRANTS, quadrants);

export interface YearFigures {
  target: number;
  floor: number;
  weighted: number;
  won: number;
}

/**
 * Target and floor from the plan year's summary; weighted pipeline and won from the opportunities
 * expected to close in the year (undated open ones count as pipeline, as in the plan).
 */
export function yearFigures(plan: Pick<PlanYearSummary, 'target' | 'floor'>, opportunities: readonly Opportunity[], year: number, probabilities: Readonly<Record<FunnelStage, number>>): YearFigures {
  const { target, floor } = plan;
  let weighted = 0;
  let won = 0;
  const prefix = `${year}-`;
  for (const o of opportunities) {
    if (o.expectedClose !== null ? !o.expectedClose.startsWith(prefix) : o.stage === 'WON' || o.stage === 'LOST') continue;
    weighted += (o.amount * probabilities[o.stage]) / 100;
    if (o.stage === 'WON') won += o.amount;
  }
  return { target, floor, weighted: Math.round(weighted), won };
}

export const OPEN_STAGES = FUNNEL_STAGES.filter((s) => s !== 'WON' && s !== 'LOST');

export function funnel(opportunities: readonly Opportunity[]): { stage: FunnelStage; count: number; amount: number }[] {
  return OPEN_STAGES.map((stage) => {
    const list = opportunities.filter((o) => o.stage === stage);
    return { stage, count: list.length, amount: list.reduce((s, o) => s + o.amount, 0) };
  });
}

export interface DueItem {
  kind: 'milestone' | 'nextStep' | 'visit';
  date: string;
  text: string;
  accountId: string;
}

/** Undone milestones and next steps due from today to six days ahead, soonest first. */
export function dueThisWeek(milestones: readonly DueMilestone[], activities: readonly Activity[], today: string): DueItem[] {
  const items: DueItem[] = milestones.map((m) => ({ kind: 'milestone', date: m.date, text: m.task, accountId: m.accountId }));
  for (const a of activities) {
    if (isThisWeek(a.nextStepDate, today) && a.nextStep.trim() !== '') items.push({ kind: 'nextStep', date: a.nextStepDate, text: a.nextStep, accountId: a.accountId });
    // A planned visit this week, with what it aims for (its preparation's commitment).
    if (a.planned && isThisWeek(a.date, today)) items.push({ kind: 'visit', date: a.date, text: a.preparation?.targetCommitment ?? '', accountId: a.accountId });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

export interface RenewalDue {
  renewal: Renewal;
  date: string;
  amount: number;
  need: string;
}

/** Renewal items expected to be signed from today to `days` ahead. */
export function renewalsComing(renewals: readonly Renewal[], today: string, days = 60): RenewalDue[] {
  const out: RenewalDue[] = [];
  for (const r of renewals) for (const i of r.items) if (i.expectedSigningDate !== null && i.expectedSigningDate >= today && daysBetween(today, i.expectedSigningDate) <= days) out.push({ renewal: r, date: i.expectedSigningDate, amount: i.amount, need: i.newNeed });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
