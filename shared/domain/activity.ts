/**
 * Activity (拜访/跟进记录). A planned visit carries its preparation (seed 000: pre-visit analysis
 * checklist, SPIN questions, FABE points, expected objections, the commitment we aim for); after the
 * visit the same record holds the outcome.
 */
import { z } from 'zod';
import { idSchema, recordBaseShape } from './common';
import { ACTIVITY_KINDS, ACTIVITY_PURPOSES, CALL_OUTCOMES } from './codes';
import { note, optionalDate } from './fieldRules';
import { isoDateSchema } from './common';

export const visitPreparationSchema = z.object({
  checklist: z
    .object({
      customerInfo: z.boolean().default(false),
      competitorInfo: z.boolean().default(false),
      projectInfo: z.boolean().default(false),
      personalInfo: z.boolean().default(false),
    })
    .prefault({}),
  spinQuestions: note(5000),
  fabePoints: note(5000),
  expectedObjections: note(5000),
  targetCommitment: note(2000),
});

export const activitySchema = z.object({
  ...recordBaseShape,
  accountId: idSchema,
  opportunityId: idSchema.nullable().default(null),
  date: isoDateSchema,
  kind: z.enum(ACTIVITY_KINDS).default('VISIT'),
  purpose: z.enum(ACTIVITY_PURPOSES).nullable().default(null),
  planned: z.boolean().default(false),
  stakeholderIds: z.array(idSchema).max(200).default([]),
  teamMemberIds: z.array(idSchema).max(50).default([]),
  outcome: z.enum(CALL_OUTCOMES).nullable().default(null),
  summary: note(),
  nextStep: note(2000),
  nextStepDate: optionalDate,
  preparation: visitPreparationSchema.nullable().default(null),
});

export type Activity = z.infer<typeof activitySchema>;
