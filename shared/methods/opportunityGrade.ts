/**
 * Opportunity grade A/B/C/D (seed 003, 客户等级), derived from the checklist, with what is missing for
 * the next grade up.
 *
 * The seed's criteria, grade by grade (KP = EB, UB, TB):
 * - D 潜力: first contact with any one KP.
 * - C 目标: one KP (whichever) endorses us; the needs of one KP known and confirmed; the objections of
 *   one KP resolved; budget confirmed; decision expected within two months.
 * - B 意向: the same for any two KPs; budget confirmed and procurement process clear; decision
 *   expected within a month.
 * - A 流程: all three KPs reached, endorsement from EB with TB or UB (or all three); every KP's needs
 *   confirmed and objections resolved; the main competitors known and ruled out; budget confirmed,
 *   procurement process clear and started; quotation negotiated and confirmed; decision date agreed
 *   within a week.
 * "Within N days" reads the agreed decision date, else the expected close date; a date already past
 * still counts (the decision is due). Without either date the time criterion is not met.
 * Each grade includes the one below it; an opportunity meeting none is ungraded (null).
 */
import type { OpportunityGrade } from '../domain/codes';
import type { GradeChecklist } from '../domain/opportunity';
import { daysBetween } from './decisionChainHealth';

export const GRADE_CRITERIA = [
  'KP_CONTACTED',
  'KP_ENDORSES',
  'KP_NEEDS_CONFIRMED',
  'KP_OBJECTIONS_RESOLVED',
  'BUDGET_CONFIRMED',
  'PROCESS_CLEAR',
  'PROCESS_STARTED',
  'COMPETITORS_KNOWN_AND_EXCLUDED',
  'QUOTATION_CONFIRMED',
  'ALL_KP_CONTACTED',
  'EB_ENDORSES_WITH_TB_OR_UB',
  'DECIDES_WITHIN_DAYS',
] as const;
export type GradeCriterion = (typeof GRADE_CRITERIA)[number];

/** One unmet criterion: its code and, for counted ones, how many KPs it needs ("any two"). */
export interface MissingCriterion {
  criterion: GradeCriterion;
  count?: number;
  days?: number;
}

export interface GradeResult {
  grade: OpportunityGrade | null;
  next: OpportunityGrade | null;
  /** What the next grade up still needs (empty at A). */
  missing: MissingCriterion[];
}

const KPS = ['EB', 'UB', 'TB'] as const;
const HORIZON_DAYS: Record<'A' | 'B' | 'C', number> = { A: 7, B: 30, C: 60 };

interface Context {
  checklist: GradeChecklist;
  expectedClose: string | null;
  today: string;
}

function kpCount(checklist: GradeChecklist, test: (kp: GradeChecklist['EB']) => boolean): number {
  return KPS.filter((role) => test(checklist[role])).length;
}

function decidesWithin(context: Context, days: number): boolean {
  const date = context.checklist.decisionDate ?? context.expectedClose;
  return date !== null && daysBetween(context.today, date) <= days;
}

/** The criteria of one grade that are not met. */
function unmet(grade: OpportunityGrade, context: Context): MissingCriterion[] {
  const c = context.checklist;
  const missing: MissingCriterion[] = [];
  const need = (ok: boolean, item: MissingCriterion) => {
    if (!ok) missing.push(item);
  };
  if (grade === 'D') {
    need(kpCount(c, (kp) => kp.contacted) >= 1, { criterion: 'KP_CONTACTED', count: 1 });
    return missing;
  }
  const kps = grade === 'A' ? 3 : grade === 'B' ? 2 : 1;
  if (grade === 'A') {
    need(kpCount(c, (kp) => kp.contacted) === 3, { criterion: 'ALL_KP_CONTACTED' });
    need(c.EB.endorses && (c.TB.endorses || c.UB.endorses), { criterion: 'EB_ENDORSES_WITH_TB_OR_UB' });
  } else {
    need(kpCount(c, (kp) => kp.contacted && kp.endorses) >= kps, { criterion: 'KP_ENDORSES', count: kps });
  }
  need(kpCount(c, (kp) => kp.needsKnown && kp.needsConfirmed) >= kps, { criterion: 'KP_NEEDS_CONFIRMED', count: kps });
  need(kpCount(c, (kp) => kp.objectionsResolved) >= kps, { criterion: 'KP_OBJECTIONS_RESOLVED', count: kps });
  need(c.budgetConfirmed, { criterion: 'BUDGET_CONFIRMED' });
  if (grade !== 'C') need(c.procurementProcessClear, { criterion: 'PROCESS_CLEAR' });
  if (grade === 'A') {
    need(c.procurementStarted, { criterion: 'PROCESS_STARTED' });
    need(c.competitorInfo && c.competitorExcluded, { criterion: 'COMPETITORS_KNOWN_AND_EXCLUDED' });
    need(c.quotationNegotiated && c.quotationConfirmed, { criterion: 'QUOTATION_CONFIRMED' });
  }
  need(decidesWithin(context, HORIZON_DAYS[grade]), { criterion: 'DECIDES_WITHIN_DAYS', days: HORIZON_DAYS[grade] });
  return missing;
}

const LADDER: readonly OpportunityGrade[] = ['D', 'C', 'B', 'A'];

export function gradeOpportunity(checklist: GradeChecklist, expectedClose: string | null, today: string): GradeResult {
  const context = { checklist, expectedClose, today };
  let grade: OpportunityGrade | null = null;
  for (const candidate of LADDER) {
    if (unmet(candidate, context).length > 0) break;
    grade = candidate;
  }
  const next = grade === null ? 'D' : (LADDER[LADDER.indexOf(grade) + 1] ?? null);
  return { grade, next, missing: next === null ? [] : unmet(next, context) };
}
