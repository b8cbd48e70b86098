/**
 * Activity (拜访/跟进记录). A planned visit carries its preparation (seed 000: pre-visit analysis
 * checklist, SPIN questions, FABE points, expected objections, the commitment we aim for); after the
 * visit the same record holds the outcome.
 */
import { z } from 'zod';
import { idSchema, recordBaseShape } from './common';
import { ACTIVITY_KINDS, ACTIVITY_PURPOSES, CALL_OUTCOMES, COVERAGE_LEVELS } from './codes';
import { boundedInt, note, optionalDate, text } from './fieldRules';
import { isoDateSchema } from './common';

/** SPIN questions (seed 000): situation, problem, implication, need-payoff. */
export const spinSchema = z.object({
  situation: note(2000),
  problem: note(2000),
  implication: note(2000),
  needPayoff: note(2000),
});

/** One FABE point for a product: feature, advantage, benefit, evidence. */
export const fabePointSchema = z.object({
  id: idSchema,
  product: text(200),
  feature: note(1000),
  advantage: note(1000),
  benefit: note(1000),
  evidence: note(1000),
});

export const objectionSchema = z.object({
  id: idSchema,
  objection: note(1000),
  answer: note(2000),
});

/** What a visit changed on the chain: a participant's stance and coverage as learned there (null: unchanged). */
export const chainUpdateSchema = z.object({
  stakeholderId: idSchema,
  stance: boundedInt(-2, 2).nullable().default(null),
  coverage: z.enum(COVERAGE_LEVELS).nullable().default(null),
});

export const visitPreparationSchema = z.object({
  checklist: z
    .object({
      customerInfo: z.boolean().default(false),
      competitorInfo: z.boolean().default(false),
      projectInfo: z.boolean().default(false),
      personalInfo: z.boolean().default(false),
    })
    .prefault({}),
  spin: spinSchema.prefault({}),
  fabe: z.array(fabePointSchema).max(50).default([]),
  objections: z.array(objectionSchema).max(50).default([]),
  /** Free text kept from files written before the questions and points were structured. */
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
  /** After the visit: the commitment obtained (beside what was learned, in the summary). */
  commitmentObtained: note(2000),
  /** Stance and coverage changes learned at the visit, applied to the chain when it was recorded. */
  chainUpdates: z.array(chainUpdateSchema).max(200).default([]),
});

export type Activity = z.infer<typeof activitySchema>;
export type VisitPreparation = z.infer<typeof visitPreparationSchema>;
export type ChainUpdate = z.infer<typeof chainUpdateSchema>;
