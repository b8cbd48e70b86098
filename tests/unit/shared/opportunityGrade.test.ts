import { describe, expect, it } from 'vitest';
import { gradeChecklistSchema, type GradeChecklist } from '../../../shared/domain/opportunity';
import { gradeOpportunity } from '../../../shared/methods/opportunityGrade';

const today = '2026-11-22';
type KpPatch = Partial<GradeChecklist['EB']>;
const full: KpPatch = { contacted: true, endorses: true, needsKnown: true, needsConfirmed: true, objectionsResolved: true };

function checklist(fields: Omit<Partial<GradeChecklist>, 'EB' | 'UB' | 'TB'> & { EB?: KpPatch; UB?: KpPatch; TB?: KpPatch } = {}): GradeChecklist {
  return gradeChecklistSchema.parse(fields);
}

/** Seed 003, A 类 (流程客户): every criterion of the seed ticked, decision agreed within a week. */
const gradeA = () =>
  checklist({
    EB: full,
    UB: full,
    TB: full,
    competitorInfo: true,
    competitorExcluded: true,
    budgetConfirmed: true,
    procurementProcessClear: true,
    procurementStarted: true,
    quotationNegotiated: true,
    quotationConfirmed: true,
    decisionDate: '2026-11-29',
  });

/** Seed 003, B 类 (意向客户): two KPs endorse, needs and objections handled; budget and process clear; within a month. */
const gradeB = () => checklist({ EB: full, TB: full, UB: { contacted: true }, budgetConfirmed: true, procurementProcessClear: true });

/** Seed 003, C 类 (目标客户): one KP; budget confirmed but process not clear; within two months. */
const gradeC = () => checklist({ UB: full, budgetConfirmed: true });

describe('opportunity grade A/B/C/D (seed 003)', () => {
  it('A: all KPs, EB with TB endorsing, needs and objections of all, competitors ruled out, budget and process started, quotation confirmed, decision within a week', () => {
    expect(gradeOpportunity(gradeA(), null, today)).toEqual({ grade: 'A', next: null, missing: [] });
  });

  it('just below A: the decision date is eight days away → B, missing only the week', () => {
    const result = gradeOpportunity({ ...gradeA(), decisionDate: '2026-11-30' }, null, today);
    expect(result).toEqual({ grade: 'B', next: 'A', missing: [{ criterion: 'DECIDES_WITHIN_DAYS', days: 7 }] });
  });

  it('just below A: EB endorses alone (UB and TB reached but not endorsing)', () => {
    const c = gradeA();
    const result = gradeOpportunity({ ...c, UB: { ...c.UB, endorses: false }, TB: { ...c.TB, endorses: false } }, null, today);
    // One endorsement is C: B already needs two.
    expect(result).toEqual({ grade: 'C', next: 'B', missing: [{ criterion: 'KP_ENDORSES', count: 2 }] });
  });

  it('B: two KPs, budget and process clear, expected close within a month', () => {
    const result = gradeOpportunity(gradeB(), '2026-12-20', today);
    expect(result.grade).toBe('B');
    expect(result.next).toBe('A');
    // All three KPs are reached and EB endorses with TB; A still needs the rest of the seed's list.
    expect(result.missing.map((m) => m.criterion)).toEqual([
      'KP_NEEDS_CONFIRMED',
      'KP_OBJECTIONS_RESOLVED',
      'PROCESS_STARTED',
      'COMPETITORS_KNOWN_AND_EXCLUDED',
      'QUOTATION_CONFIRMED',
      'DECIDES_WITHIN_DAYS',
    ]);
  });

  it('just below B: procurement process not clear → C, missing the process', () => {
    const result = gradeOpportunity({ ...gradeB(), procurementProcessClear: false }, '2026-12-20', today);
    expect(result).toEqual({ grade: 'C', next: 'B', missing: [{ criterion: 'PROCESS_CLEAR' }] });
  });

  it('just below B: close in 31 days is outside the month', () => {
    expect(gradeOpportunity(gradeB(), '2026-12-23', today).grade).toBe('C');
    expect(gradeOpportunity(gradeB(), '2026-12-22', today).grade).toBe('B');
  });

  it('C: one KP endorses with needs and objections handled, budget confirmed, within two months', () => {
    const result = gradeOpportunity(gradeC(), '2027-01-20', today);
    expect(result.grade).toBe('C');
    expect(result.missing).toEqual([
      { criterion: 'KP_ENDORSES', count: 2 },
      { criterion: 'KP_NEEDS_CONFIRMED', count: 2 },
      { criterion: 'KP_OBJECTIONS_RESOLVED', count: 2 },
      { criterion: 'PROCESS_CLEAR' },
      { criterion: 'DECIDES_WITHIN_DAYS', days: 30 },
    ]);
  });

  it('just below C: budget not confirmed → D; 61 days out → D', () => {
    expect(gradeOpportunity({ ...gradeC(), budgetConfirmed: false }, '2027-01-20', today)).toMatchObject({ grade: 'D', next: 'C', missing: [{ criterion: 'BUDGET_CONFIRMED' }] });
    expect(gradeOpportunity(gradeC(), '2027-01-22', today).grade).toBe('D');
    expect(gradeOpportunity(gradeC(), '2027-01-21', today).grade).toBe('C');
  });

  it('D: first contact with any one KP; just below D (nobody contacted) is ungraded', () => {
    expect(gradeOpportunity(checklist({ TB: { contacted: true } }), null, today)).toMatchObject({ grade: 'D', next: 'C' });
    expect(gradeOpportunity(checklist(), null, today)).toEqual({ grade: null, next: 'D', missing: [{ criterion: 'KP_CONTACTED', count: 1 }] });
  });

  it('without any date the time criterion is not met', () => {
    expect(gradeOpportunity(gradeC(), null, today).grade).toBe('D');
  });
});
