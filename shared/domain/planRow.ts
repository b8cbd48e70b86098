/**
 * Plan row (工作目标拆解, seed 002 step 5): one account × product for a plan year, with milestones and
 * the history of target revisions (目标动态调节, step 7).
 */
import { z } from 'zod';
import { idSchema, isoInstantSchema, moneySchema, recordBaseShape } from './common';
import { FUNNEL_STAGES, LIFECYCLE_STAGES } from './codes';
import { boundedInt, note, optionalDate, optionalMoney, text } from './fieldRules';

export const milestoneSchema = z.object({
  id: idSchema,
  ownerId: idSchema.nullable().default(null),
  task: z.string().trim().min(1, { message: 'required' }).max(500),
  dueDate: optionalDate,
  floorTarget: optionalMoney,
  done: z.boolean().default(false),
});

export const targetRevisionSchema = z.object({
  id: idSchema,
  at: isoInstantSchema,
  from: moneySchema,
  to: moneySchema,
  reason: note(2000),
});

/** What a person edits on a row (not its year, account or revision history, which the rules keep). */
const planRowEditShape = {
  product: text(200),
  potential: optionalMoney,
  target: moneySchema.default(0),
  floorTarget: moneySchema.default(0),
  quarters: z.tuple([moneySchema, moneySchema, moneySchema, moneySchema]).default([0, 0, 0, 0]),
  relationshipStage: z.enum(LIFECYCLE_STAGES).nullable().default(null),
  ownerId: idSchema.nullable().default(null),
  team: text(200),
  funnelStage: z.enum(FUNNEL_STAGES).nullable().default(null),
  strategy: note(5000),
  milestones: z.array(milestoneSchema).max(500).default([]),
};

/** The editable fields alone, as a row editor compares the stored, loaded and typed versions. */
export const planRowFieldsSchema = z.object(planRowEditShape);
export type PlanRowFields = z.infer<typeof planRowFieldsSchema>;

export const planRowSchema = z
  .object({
    ...recordBaseShape,
    year: boundedInt(2000, 2100),
    accountId: idSchema,
    ...planRowEditShape,
    revisions: z.array(targetRevisionSchema).max(1000).default([]),
  })
  .refine((row) => row.floorTarget <= row.target, { message: 'floor_above_target', path: ['floorTarget'] });

export type PlanRow = z.infer<typeof planRowSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type TargetRevision = z.infer<typeof targetRevisionSchema>;
