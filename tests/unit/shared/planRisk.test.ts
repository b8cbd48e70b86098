import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/settings';
import type { Milestone } from '../../../shared/domain/planRow';
import {
  coverageOf,
  isAtRisk,
  nextMilestone,
  overdueMilestoneCount,
  pipelineByAccountProduct,
  pipelineKey,
  planStatus,
  quarterDifference,
  riskGap,
  riskTotals,
  type PipelineOpportunity,
} from '../../../shared/methods/planRisk';

const wan = (n: number) => n * 10_000 * 100;
const opp = (product: string, amount: number, stage: PipelineOpportunity['stage'], expectedClose: string | null = '2026-09-30'): PipelineOpportunity => ({
  accountId: 'a1',
  product,
  amount,
  stage,
  expectedClose,
});

describe('target risk margin (seed 002 step 6)', () => {
  it('weights each opportunity by its funnel-stage probability, per account × product', () => {
    const pipeline = pipelineByAccountProduct(
      [opp('CRM 套件', wan(100), 'BIDDING'), opp('crm套件', wan(50), 'NEGOTIATION'), opp('CRM 套件', wan(40), 'WON'), opp('CRM 套件', wan(70), 'LOST'), opp('数据中台', wan(10), 'LEAD')],
      2026,
      DEFAULT_STAGE_PROBABILITIES,
    );
    // 100 万 × 60 % + 50 万 × 80 % + 40 万 × 100 % + 70 万 × 0 % = 140 万
    expect(pipeline.get(pipelineKey('a1', 'CRM 套件'))).toEqual({ weighted: wan(140), won: wan(40), count: 4 });
    expect(pipeline.get(pipelineKey('a1', '数据中台'))?.weighted).toBe(wan(0.5));
  });

  it('a row that has won its target is not at risk, and the risk says how much pipeline is still missing', () => {
    // Target 100 万, margin 30 %: safe from 130 万 weighted. 90 万 weighted (won 20 万) → at risk, 40 万 short.
    expect(isAtRisk(wan(90), wan(100), 30, wan(20))).toBe(true);
    expect(riskGap(wan(90), wan(100), 30)).toBe(wan(40));
    // Won 100 万 of 100 万: achieved, not at risk, though the open pipeline is thin.
    expect(isAtRisk(wan(100), wan(100), 30, wan(100))).toBe(false);
    expect(riskTotals([{ target: wan(100), floor: 0, weighted: wan(100), won: wan(100) }], 30).atRisk).toBe(false);
    // Safe rows have no gap to close.
    expect(riskGap(wan(140), wan(100), 30)).toBe(-wan(10));
  });

  it('counts deals closing in the plan year and undated ones, not other years', () => {
    const pipeline = pipelineByAccountProduct([opp('CRM', wan(100), 'NEGOTIATION', '2027-01-05'), opp('CRM', wan(10), 'NEGOTIATION', null)], 2026, DEFAULT_STAGE_PROBABILITIES);
    expect(pipeline.get(pipelineKey('a1', 'CRM'))?.weighted).toBe(wan(8));
  });

  it('flags a row whose coverage is below 1 + margin', () => {
    // Target 100 万 with the default 30 % margin needs 130 万 of weighted pipeline.
    expect(coverageOf(wan(120), wan(100))).toBeCloseTo(1.2);
    expect(isAtRisk(wan(120), wan(100), 30, 0)).toBe(true);
    expect(isAtRisk(wan(130), wan(100), 30, 0)).toBe(false);
    expect(isAtRisk(wan(101), wan(100), 0, 0)).toBe(false);
    expect(isAtRisk(0, 0, 30, 0)).toBe(false);
    expect(coverageOf(wan(5), 0)).toBeNull();
  });

  it('gives each row a status', () => {
    expect(planStatus(0, 0, 0, 30)).toBe('NO_TARGET');
    expect(planStatus(wan(100), wan(100), wan(100), 30)).toBe('ACHIEVED');
    expect(planStatus(wan(100), wan(20), wan(110), 30)).toBe('AT_RISK');
    expect(planStatus(wan(100), wan(20), wan(140), 30)).toBe('COVERED');
  });

  it('totals a group with the gap to the margin', () => {
    const totals = riskTotals(
      [
        { target: wan(100), floor: wan(80), weighted: wan(90), won: wan(10) },
        { target: wan(200), floor: wan(150), weighted: wan(300), won: 0 },
      ],
      30,
    );
    expect(totals).toEqual({ target: wan(300), floor: wan(230), weighted: wan(390), won: wan(10), coverage: 1.3, required: wan(390), gap: 0, atRisk: false });
    expect(riskTotals([{ target: 101, floor: 0, weighted: 0, won: 0 }], 30).required).toBe(132); // 131.3 rounds up
  });
});

describe('quarterly split', () => {
  it('shows the difference between Σ quarters and the annual target', () => {
    expect(quarterDifference([wan(20), wan(30), wan(30), wan(20)], wan(100))).toBe(0);
    expect(quarterDifference([wan(20), wan(30), wan(30), 0], wan(100))).toBe(-wan(20));
    expect(quarterDifference([wan(50), wan(50), wan(50), 0], wan(100))).toBe(wan(50));
  });
});

describe('milestones (关键节点)', () => {
  const m = (id: string, dueDate: string | null, done = false): Milestone => ({ id, ownerId: null, task: id, dueDate, floorTarget: null, done });
  it('picks the undone milestone due first, undated ones last', () => {
    expect(nextMilestone([m('late', '2026-12-01'), m('done', '2026-01-01', true), m('undated', null), m('soon', '2026-11-30')])?.id).toBe('soon');
    expect(nextMilestone([m('undated', null), m('dated', '2026-12-31')])?.id).toBe('dated');
    expect(nextMilestone([m('done', '2026-01-01', true)])).toBeNull();
  });

  it('counts undone milestones past their due date as overdue', () => {
    expect(overdueMilestoneCount([m('a', '2026-11-21'), m('b', '2026-11-22'), m('c', '2026-10-01', true), m('d', null)], '2026-11-22')).toBe(1);
  });
});
