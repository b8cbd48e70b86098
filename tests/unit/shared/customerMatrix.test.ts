import { describe, expect, it } from 'vitest';
import { matrixSettingsSchema } from '../../../shared/domain/matrixSettings';
import { placeAccount, quadrantOf, relationshipLevel } from '../../../shared/methods/customerMatrix';
import { person } from '../../support/chainBuilder';

const settings = matrixSettingsSchema.parse({});
const million = 100_000_000; // 1,000,000 in minor units

describe('customer-analysis matrix (seed 002 step 4)', () => {
  it('puts the four quadrants where the seed says: 核心 high/strong, 成长 high/weak, 牵引 low/strong, 问题 low/weak', () => {
    expect(quadrantOf(80, 5 * million, settings)).toBe('CORE');
    expect(quadrantOf(20, 5 * million, settings)).toBe('GROWTH');
    expect(quadrantOf(80, million / 10, settings)).toBe('TRACTION');
    expect(quadrantOf(20, million / 10, settings)).toBe('PROBLEM');
  });

  it('treats the thresholds as the first value of the upper side, and follows edited thresholds', () => {
    expect(quadrantOf(50, million, settings)).toBe('CORE');
    expect(quadrantOf(49, million, settings)).toBe('GROWTH');
    expect(quadrantOf(50, million - 1, settings)).toBe('TRACTION');
    const moved = matrixSettingsSchema.parse({ relationshipThreshold: 40, potentialThreshold: 2 * million });
    expect(quadrantOf(45, million, moved)).toBe('TRACTION');
  });

  it('defines the relationship level from lifecycle stage (40 %), support (30 %) and KP coverage (30 %)', () => {
    expect(relationshipLevel(null, [])).toEqual({ stage: 0, support: 0, coverage: 0, level: 0 });
    const chain = [
      person('eb', { buyingRole: 'EB', coverage: 'DEEP', stance: 2, influence: 3 }),
      person('ub', { buyingRole: 'UB', coverage: 'INITIAL', stance: -1, influence: 1 }),
      person('tb', { buyingRole: 'TB', coverage: 'NOT_CONTACTED', stance: 0 }),
    ];
    // Stage 100 × 0.4 + support 3 / (3 + 1) = 75 × 0.3 + coverage 2 of 3 KPs = 66.7 × 0.3 = 40 + 22.5 + 20 = 82.5 → 83.
    expect(relationshipLevel('STABILITY', chain)).toEqual({ stage: 100, support: 75, coverage: 67, level: 83 });
    expect(relationshipLevel('EXPLORATION', []).level).toBe(10);
    expect(relationshipLevel('DECLINE', chain).level).toBe(Math.round(30 * 0.4 + 22.5 + 20));
  });

  it('keeps a manual override beside the computed quadrant; the override is what the account is treated as', () => {
    // A stable relationship with nobody mapped yet scores 40: below the threshold, so computed 成长.
    const placed = placeAccount({ lifecycleStage: 'STABILITY', quadrantOverride: 'CORE' }, 5 * million, [], settings);
    expect(placed).toMatchObject({ computed: 'GROWTH', override: 'CORE', effective: 'CORE' });
    expect(placeAccount({ lifecycleStage: 'STABILITY', quadrantOverride: null }, 5 * million, [], settings)).toMatchObject({ computed: 'GROWTH', override: null, effective: 'GROWTH' });
  });

  it('an account whose potential nobody knows is in no quadrant — not 问题客户 — unless the user placed it', () => {
    expect(placeAccount({ lifecycleStage: null, quadrantOverride: null }, null, [], settings)).toMatchObject({ potential: null, computed: null, effective: null });
    expect(placeAccount({ lifecycleStage: null, quadrantOverride: 'GROWTH' }, null, [], settings)).toMatchObject({ computed: null, effective: 'GROWTH' });
    // A potential known to be zero is a low potential: 问题客户 with a weak relationship.
    expect(placeAccount({ lifecycleStage: null, quadrantOverride: null }, 0, [], settings).effective).toBe('PROBLEM');
  });
});
