import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfmSettingsSchema } from '../../../shared/domain/rfmSettings';
import { daysBetween } from '../../../shared/methods/decisionChainHealth';
import { computeRfm, frequencyScore, monetaryScore, recencyScore, rfmClass, vipLevel } from '../../../shared/methods/rfm';

const defaults = rfmSettingsSchema.parse({});
const today = '2026-11-22';
const yuan = (n: number) => n * 100;

describe('RFM (seed 000)', () => {
  it("reproduces the seed's example: within a month, 4 purchases, 20,000 元 → 5·4 + 4·8 + 4·8 = 84 → VVVVVIP, 重要价值", () => {
    const purchases = [
      { date: '2026-11-02', amount: yuan(5000) },
      { date: '2026-08-15', amount: yuan(5000) },
      { date: '2026-05-20', amount: yuan(5000) },
      { date: '2026-02-10', amount: yuan(5000) },
    ];
    expect(computeRfm(purchases, today, defaults)).toEqual({
      daysSinceLast: 20,
      frequency: 4,
      monetary: yuan(20000),
      r: 5,
      f: 4,
      m: 4,
      score: 84,
      vip: 'VVVVVIP',
      rfmClass: 'IMPORTANT_VALUE',
    });
  });

  it('scores each axis at its boundaries', () => {
    expect([30, 31, 90, 91, 180, 181, 365, 366].map((d) => recencyScore(d, defaults.recencyDays))).toEqual([5, 4, 4, 3, 3, 2, 2, 1]);
    expect([0, 1, 2, 3, 4, 5, 40].map((n) => frequencyScore(n, defaults.frequencyCounts))).toEqual([0, 1, 2, 3, 4, 5, 5]);
    expect([0, yuan(4999.99), yuan(5000), yuan(10000), yuan(19999.99), yuan(20000), yuan(50000)].map((a) => monetaryScore(a, defaults.monetaryAmounts))).toEqual([
      0, 1, 2, 3, 3, 4, 5,
    ]);
  });

  it('maps the weighted score to the VIP bands: <20 VIP, <40 VVIP, <60 VVVIP, <80 VVVVIP, ≥80 VVVVVIP', () => {
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map((s) => vipLevel(s, defaults.vipBands))).toEqual([
      'VIP',
      'VIP',
      'VVIP',
      'VVIP',
      'VVVIP',
      'VVVIP',
      'VVVVIP',
      'VVVVIP',
      'VVVVVIP',
      'VVVVVIP',
    ]);
  });

  it('names the eight classes by high (≥ 3) or low on R, F and M', () => {
    const cases: [number, number, number, string][] = [
      [5, 5, 5, 'IMPORTANT_VALUE'],
      [5, 2, 5, 'IMPORTANT_DEVELOP'],
      [2, 5, 5, 'IMPORTANT_KEEP'],
      [2, 2, 5, 'IMPORTANT_RETAIN'],
      [5, 5, 2, 'GENERAL_VALUE'],
      [5, 2, 2, 'GENERAL_DEVELOP'],
      [2, 5, 2, 'GENERAL_KEEP'],
      [2, 2, 2, 'GENERAL_RETAIN'],
    ];
    for (const [r, f, m, expected] of cases) expect(rfmClass(r, f, m, 3), `${r}${f}${m}`).toBe(expected);
    expect(rfmClass(3, 3, 3, 3)).toBe('IMPORTANT_VALUE');
    expect(rfmClass(3, 3, 3, 4)).toBe('GENERAL_RETAIN');
  });

  it('counts F and M only within the window, R from the last purchase ever; future-dated purchases are ignored', () => {
    const result = computeRfm(
      [
        { date: '2025-01-01', amount: yuan(100000) },
        { date: '2026-10-01', amount: yuan(3000) },
        { date: '2027-01-01', amount: yuan(99999) },
      ],
      today,
      defaults,
    );
    expect(result).toMatchObject({ daysSinceLast: 52, frequency: 1, monetary: yuan(3000), r: 4, f: 1, m: 1 });
    expect(computeRfm([], today, defaults)).toBeNull();
  });

  it('follows edited standards and weights', () => {
    const strict = rfmSettingsSchema.parse({ recencyDays: [7, 14, 21, 28], weights: { r: 10, f: 5, m: 5 } });
    expect(computeRfm([{ date: '2026-11-02', amount: yuan(20000) }], today, strict)).toMatchObject({ r: 3, f: 1, m: 4, score: 30 + 5 + 20 });
  });

  it('refuses thresholds that do not go up', () => {
    const parsed = rfmSettingsSchema.safeParse({ recencyDays: [30, 20, 180, 365] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('thresholds_not_ascending');
  });

  it('counts the window exactly as "fewer than windowDays days before today", at every boundary (one pass, dates compared as text)', () => {
    const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.array(fc.record({ back: fc.integer({ min: -30, max: 800 }), amount: fc.integer({ min: 1, max: 10_000_000 }) }), { maxLength: 40 }), fc.integer({ min: 1, max: 730 }), (rows, windowDays) => {
        const purchases = rows.map((r) => ({ date: day(r.back), amount: r.amount }));
        const settings = { ...defaults, windowDays };
        // The definition, written the slow way.
        const past = purchases.filter((p) => p.date <= today);
        const inWindow = past.filter((p) => daysBetween(p.date, today) < windowDays);
        const result = computeRfm(purchases, today, settings);
        if (past.length === 0) {
          expect(result).toBeNull();
          return;
        }
        expect(result?.frequency).toBe(inWindow.length);
        expect(result?.monetary).toBe(inWindow.reduce((sum, p) => sum + p.amount, 0));
        expect(result?.daysSinceLast).toBe(Math.min(...past.map((p) => daysBetween(p.date, today))));
      }),
      { numRuns: 300 },
    );
  });
});
