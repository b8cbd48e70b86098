import { describe, expect, it } from 'vitest';
import { dueThisWeek, funnel, quadrantCounts, renewalsComing, yearFigures } from '../../../shared/methods/portfolioModel';
import { activitySchema } from '../../../shared/domain/activity';
import { opportunitySchema } from '../../../shared/domain/opportunity';
import { renewalSchema } from '../../../shared/domain/renewal';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/settings';
import { summarizePlanYear } from '../../../shared/methods/planYearSummary';
import { planRow } from '../../support/planFixtures';

const base = (id: string) => ({ id, createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', deletedAt: null });
const opp = (id: string, stage: string, amount: number, expectedClose: string | null) => opportunitySchema.parse({ ...base(id), accountId: 'a1', name: id, stage, amount, expectedClose, winLossReason: 'x' });
const today = '2026-11-22';

describe('portfolio home figures', () => {
  it('counts accounts by matrix quadrant, every quadrant listed in the matrix order', () => {
    expect(quadrantCounts(['PROBLEM', 'CORE', 'PROBLEM'])).toEqual([
      { key: 'CORE', count: 1 },
      { key: 'GROWTH', count: 0 },
      { key: 'TRACTION', count: 0 },
      { key: 'PROBLEM', count: 2 },
    ]);
  });

  it("sums this year's target and floor from the plan, weighted pipeline and won from the opportunities closing this year", () => {
    const rows = [planRow('r1', 'a1', { target: 1000, floorTarget: 800 }), planRow('r2', 'a1', { target: 500 })];
    const opportunities = [opp('o1', 'BIDDING', 1000, '2026-12-01'), opp('o2', 'WON', 400, '2026-05-01'), opp('o3', 'NEGOTIATION', 1000, '2027-01-10'), opp('o4', 'LEAD', 100, null), opp('o5', 'WON', 999, null)];
    // 1000 × 60 % + 400 × 100 % + 100 × 5 % = 1005; o3 closes next year; an undated won deal is not this year's.
    expect(yearFigures(summarizePlanYear(rows, today), opportunities, 2026, DEFAULT_STAGE_PROBABILITIES)).toEqual({ target: 1500, floor: 800, weighted: 1005, won: 400 });
    expect(funnel(opportunities).find((s) => s.stage === 'BIDDING')).toEqual({ stage: 'BIDDING', count: 1, amount: 1000 });
  });

  it('lists milestones and next steps due from today to six days ahead, and renewals within 60 days', () => {
    const rows = [
      planRow('r1', 'a1', {
        milestones: [
          { id: 'm1', ownerId: null, task: '交流方案', dueDate: '2026-11-28', floorTarget: null, done: false },
          { id: 'm2', ownerId: null, task: '太远', dueDate: '2026-11-29', floorTarget: null, done: false },
          { id: 'm3', ownerId: null, task: '已完成', dueDate: '2026-11-23', floorTarget: null, done: true },
        ],
      }),
    ];
    const activities = [activitySchema.parse({ ...base('v1'), accountId: 'a2', date: '2026-11-20', kind: 'VISIT', nextStep: '送报价', nextStepDate: '2026-11-22' })];
    expect(dueThisWeek(summarizePlanYear(rows, today).dueThisWeek, activities, today).map((d) => [d.kind, d.date, d.text])).toEqual([
      ['nextStep', '2026-11-22', '送报价'],
      ['milestone', '2026-11-28', '交流方案'],
    ]);
    const renewal = renewalSchema.parse({ ...base('n1'), accountId: 'a1', period: '2026', items: [{ id: 'x', newNeed: '扩容', amount: 5, expectedSigningDate: '2027-01-21' }, { id: 'y', newNeed: '太远', expectedSigningDate: '2027-01-22' }] });
    expect(renewalsComing([renewal], today).map((r) => r.need)).toEqual(['扩容']);
  });
});
