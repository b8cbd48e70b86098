/**
 * RFM scoring standards (seed 000: "对RMF三个值设定评分标准、并赋以权重"). Each table holds the four
 * thresholds between scores 1–5; the defaults reproduce the seed's example (bought within the last
 * month, 4 purchases, 20,000 元 → R 5, F 4, M 4 → 5·4 + 4·8 + 4·8 = 84 → VVVVVIP).
 */
import { z } from 'zod';
import { moneySchema } from './common';
import { boundedInt } from './fieldRules';

const ascending = (values: readonly number[]) => values.every((v, i) => i === 0 || v > (values[i - 1] ?? -Infinity));
const fourThresholds = <T extends z.ZodType<number>>(item: T) =>
  z.array(item).length(4).refine(ascending, { message: 'thresholds_not_ascending' });

export const rfmSettingsSchema = z.object({
  /** F and M count purchases within this many days before today. */
  windowDays: boundedInt(30, 3650).default(365),
  /** Days since the last purchase: ≤ [0] → 5, ≤ [1] → 4, ≤ [2] → 3, ≤ [3] → 2, later → 1. */
  recencyDays: fourThresholds(boundedInt(1, 36_500)).default([30, 90, 180, 365]),
  /** Purchases in the window: ≥ [3] → 5, ≥ [2] → 4, ≥ [1] → 3, ≥ [0] → 2, one → 1. */
  frequencyCounts: fourThresholds(boundedInt(2, 100_000)).default([2, 3, 4, 5]),
  /** Amount in the window, minor units: ≥ [3] → 5, ≥ [2] → 4, ≥ [1] → 3, ≥ [0] → 2, less → 1. */
  monetaryAmounts: fourThresholds(moneySchema.min(1)).default([500_000, 1_000_000, 2_000_000, 5_000_000]),
  weights: z
    .object({ r: boundedInt(0, 20).default(4), f: boundedInt(0, 20).default(8), m: boundedInt(0, 20).default(8) })
    .prefault({}),
  /** Lower bounds of VVIP, VVVIP, VVVVIP, VVVVVIP on the weighted score; below the first is VIP. */
  vipBands: fourThresholds(boundedInt(1, 500)).default([20, 40, 60, 80]),
  /** An axis is "high" (↑) for the eight classes from this score up. */
  highFrom: boundedInt(1, 5).default(3),
});

export type RfmSettings = z.infer<typeof rfmSettingsSchema>;
