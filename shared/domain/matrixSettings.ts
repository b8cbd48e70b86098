/** Where the customer-analysis matrix divides strong from weak relationships and high from low potential. */
import { z } from 'zod';
import { moneySchema } from './common';
import { boundedInt } from './fieldRules';

export const matrixSettingsSchema = z.object({
  /** Relationship level (0–100) from which a relationship counts as strong. */
  relationshipThreshold: boundedInt(1, 100).default(50),
  /** Purchase potential (minor units) from which it counts as high; default 1,000,000 in the main unit. */
  potentialThreshold: moneySchema.min(1).default(100_000_000),
});

export type MatrixSettings = z.infer<typeof matrixSettingsSchema>;
