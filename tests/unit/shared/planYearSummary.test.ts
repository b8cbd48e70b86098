import { describe, expect, it } from 'vitest';
import { summarizePlanYear } from '../../../shared/methods/planYearSummary';
import { planRow } from '../../support/planFixtures';

let ids = 0;
const milestone = (task: string, dueDate: string | null, done = false) => ({ id: `ms-${(ids += 1)}`, ownerId: null, task, dueDate, floorTarget: null, done });

describe('plan year summary (the portfolio home)', () => {
  it('sums targets, floors and each account’s 购买潜力, and lists the undone milestones due today to six days ahead, soonest first', () => {
    const rows = [
      planRow('r1', 'a1', { target: 3_000_000, floorTarget: 2_000_000, milestones: [milestone('完成方案交流', '2026-11-28'), milestone('明年', '2026-11-29'), milestone('已完成', '2026-11-23', true)] }),
      planRow('r3', 'a1', { potential: 9_000_000 }),
      planRow('r4', 'a1', { potential: 1_000_000 }),
      planRow('r2', 'a2', { target: 500_000, milestones: [milestone('今天', '2026-11-22'), milestone('昨天', '2026-11-21'), milestone('没定日期', null)] }),
    ];
    expect(summarizePlanYear(rows, '2026-11-22')).toEqual({
      target: 3_500_000,
      floor: 2_000_000,
      rows: 4,
      dueThisWeek: [
        { date: '2026-11-22', task: '今天', accountId: 'a2' },
        { date: '2026-11-28', task: '完成方案交流', accountId: 'a1' },
      ],
      // Only rows with a 购买潜力 count: a2's row has none, so a2 is left out (unknown, not 0).
      potentialByAccount: { a1: 10_000_000 },
      targetByAccount: { a1: { target: 3_000_000, floor: 2_000_000 }, a2: { target: 500_000, floor: 0 } },
    });
  });

  it('is empty for a year without rows', () => {
    expect(summarizePlanYear([], '2026-11-22')).toEqual({ target: 0, floor: 0, rows: 0, dueThisWeek: [], potentialByAccount: {}, targetByAccount: {} });
  });
});
