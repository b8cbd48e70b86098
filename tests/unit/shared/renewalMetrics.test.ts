import { describe, expect, it } from 'vitest';
import { cumulativeRevenue, endingRevenue, netRevenueRetention, periodOf, portfolioNrr } from '../../../shared/methods/renewalMetrics';

const wan = (n: number) => n * 1_000_000;

describe('renewal metrics (续单, seed 002)', () => {
  it('computes net revenue retention = (recurring + new − churned) ÷ starting recurring', () => {
    // Started the year at 100 万 recurring, lost 10 万, sold 25 万 more: 115 万 → NRR 115 %.
    const year = { recurring: wan(100), expansion: wan(25), churned: wan(10) };
    expect(endingRevenue(year)).toBe(wan(115));
    expect(netRevenueRetention(year)).toBeCloseTo(1.15);
    expect(netRevenueRetention({ recurring: wan(50), expansion: 0, churned: wan(20) })).toBeCloseTo(0.6);
    expect(netRevenueRetention({ recurring: 0, expansion: wan(30), churned: 0 })).toBeNull();
  });

  it('pools the portfolio: Σ ending ÷ Σ starting, not the average of ratios', () => {
    // 100 → 115 and 50 → 30: (115 + 30) ÷ 150 = 96.7 %, while the mean of 115 % and 60 % would be 87.5 %.
    expect(portfolioNrr([{ recurring: wan(100), expansion: wan(25), churned: wan(10) }, { recurring: wan(50), expansion: 0, churned: wan(20) }])).toBeCloseTo(145 / 150);
    expect(portfolioNrr([])).toBeNull();
  });

  it('accumulates revenue per account over periods of the same kind, in period order', () => {
    const r = (id: string, accountId: string, period: string, recurring: number, expansion = 0, churned = 0) => ({ id, accountId, period, recurring, expansion, churned });
    const cumulative = cumulativeRevenue([r('y26', 'a', '2026', wan(115)), r('y25', 'a', '2025', wan(100)), r('q1', 'a', '2026-Q1', wan(25), wan(5)), r('b25', 'b', '2025', wan(40), 0, wan(10))]);
    expect(Object.fromEntries(cumulative)).toEqual({ y25: wan(100), y26: wan(215), q1: wan(30), b25: wan(30) });
  });

  it('names the period a date falls in', () => {
    expect(periodOf('2026-11-22', 'quarter')).toBe('2026-Q4');
    expect(periodOf('2026-03-31', 'quarter')).toBe('2026-Q1');
    expect(periodOf('2026-04-01', 'year')).toBe('2026');
  });
});
