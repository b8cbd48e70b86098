/**
 * Opportunity (商机) with the BANT checklist and the seed 003 checklist from which the A/B/C/D grade is
 * derived (per key person EB/UB/TB: contacted, endorses us, needs known and confirmed, objections
 * resolved; then competitor information, budget, procurement process, quotation, decision date).
 */
import { z } from 'zod';
import { idSchema, moneySchema, recordBaseShape } from './common';
import { FUNNEL_STAGES, PURCHASE_SCENES } from './codes';
import { note, optionalDate, requiredName, text } from './fieldRules';

const keyPersonChecklistSchema = z.object({
  contacted: z.boolean().default(false),
  endorses: z.boolean().default(false),
  needsKnown: z.boolean().default(false),
  needsConfirmed: z.boolean().default(false),
  objectionsResolved: z.boolean().default(false),
});

export const gradeChecklistSchema = z.object({
  EB: keyPersonChecklistSchema.prefault({}),
  UB: keyPersonChecklistSchema.prefault({}),
  TB: keyPersonChecklistSchema.prefault({}),
  competitorInfo: z.boolean().default(false),
  competitorExcluded: z.boolean().default(false),
  budgetConfirmed: z.boolean().default(false),
  procurementProcessClear: z.boolean().default(false),
  procurementStarted: z.boolean().default(false),
  quotationNegotiated: z.boolean().default(false),
  quotationConfirmed: z.boolean().default(false),
  decisionDate: optionalDate,
});

export const bantSchema = z.object({
  budget: z.boolean().default(false),
  authority: z.boolean().default(false),
  need: z.boolean().default(false),
  timeline: z.boolean().default(false),
});

export const opportunitySchema = z.object({
  ...recordBaseShape,
  accountId: idSchema,
  name: requiredName(200),
  product: text(200),
  amount: moneySchema.default(0),
  stage: z.enum(FUNNEL_STAGES).default('LEAD'),
  purchaseScene: z.enum(PURCHASE_SCENES).nullable().default(null),
  bant: bantSchema.prefault({}),
  gradeChecklist: gradeChecklistSchema.prefault({}),
  expectedClose: optionalDate,
  competitorIds: z.array(idSchema).max(100).default([]),
  ownerId: idSchema.nullable().default(null),
  winLossReason: note(2000),
});

export type Opportunity = z.infer<typeof opportunitySchema>;
export type GradeChecklist = z.infer<typeof gradeChecklistSchema>;
