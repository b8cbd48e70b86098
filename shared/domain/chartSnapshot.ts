/**
 * A frozen copy of one account's decision chain, taken for a review meeting. The copies are validated
 * like live records but their references are not checked against today's chain: people who have since
 * left must still appear in the old picture.
 */
import { z } from 'zod';
import { idSchema, isoInstantSchema, recordBaseShape } from './common';
import { requiredName } from './fieldRules';
import { influenceLinkSchema, stakeholderSchema } from './stakeholder';

export const chartSnapshotSchema = z.object({
  ...recordBaseShape,
  accountId: idSchema,
  name: requiredName(200),
  takenAt: isoInstantSchema,
  stakeholders: z.array(stakeholderSchema).max(20_000).default([]),
  links: z.array(influenceLinkSchema).max(100_000).default([]),
});

export type ChartSnapshot = z.infer<typeof chartSnapshotSchema>;
