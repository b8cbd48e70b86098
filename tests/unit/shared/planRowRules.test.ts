import { describe, expect, it } from 'vitest';
import { planRowSchema, type PlanRow } from '../../../shared/domain/planRow';
import { floorProblem, isRevision, reviseTarget, validatePlanRow } from '../../../shared/domain/planRowRules';

const row = (fields: Partial<PlanRow> = {}): PlanRow =>
  planRowSchema.parse({ id: 'r1', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', deletedAt: null, year: 2026, accountId: 'a1', product: 'CRM', ...fields });

describe('target revisions (目标动态调节, seed 002 step 7)', () => {
  it('records old value, new value, time and reason when a set target changes', () => {
    const revised = reviseTarget(row({ target: 100_000 }), 80_000, '客户预算削减', '2026-06-30T08:00:00.000Z', 'v1');
    expect(revised.target).toBe(80_000);
    expect(revised.revisions).toEqual([{ id: 'v1', at: '2026-06-30T08:00:00.000Z', from: 100_000, to: 80_000, reason: '客户预算削减' }]);
    const again = reviseTarget(revised, 90_000, '', '2026-09-30T08:00:00.000Z', 'v2');
    expect(again.revisions.map((r) => [r.from, r.to])).toEqual([
      [100_000, 80_000],
      [80_000, 90_000],
    ]);
  });

  it('does not call the first target or an unchanged one a revision', () => {
    expect(isRevision(row({ target: 0 }), 100)).toBe(false);
    expect(reviseTarget(row({ target: 0 }), 100, '', '2026-06-30T08:00:00.000Z', 'v1').revisions).toEqual([]);
    expect(isRevision(row({ target: 100 }), 100)).toBe(false);
  });
});

describe('floor target', () => {
  it('may not exceed the annual target', () => {
    expect(floorProblem({ target: 100, floorTarget: 101 })).toEqual({ path: 'floorTarget', code: 'floor_above_target', params: {} });
    expect(floorProblem({ target: 100, floorTarget: 100 })).toBeNull();
    const result = validatePlanRow({ ...row(), target: 100, floorTarget: 200 });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['floor_above_target']);
  });
});
