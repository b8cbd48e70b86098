/** Our side: team members (the "iron triangle" of 客户经理 / 方案经理 / 交付经理) and competitors. */
import { z } from 'zod';
import { idSchema, recordBaseShape } from './common';
import { TEAM_ROLES } from './codes';
import { boundedInt, note, requiredName, text } from './fieldRules';

export const teamMemberSchema = z.object({
  ...recordBaseShape,
  name: requiredName(100),
  role: z.enum(TEAM_ROLES).default('ACCOUNT_MANAGER'),
  /** How many key accounts this person can carry; null when not planned. */
  capacity: boundedInt(0, 10_000).nullable().default(null),
  email: text(200),
});

export const competitorSchema = z.object({
  ...recordBaseShape,
  accountId: idSchema,
  opportunityId: idSchema.nullable().default(null),
  name: requiredName(200),
  strengths: note(2000),
  weaknesses: note(2000),
  customerSatisfaction: boundedInt(1, 5).nullable().default(null),
  relationToCustomer: note(2000),
});

export type TeamMember = z.infer<typeof teamMemberSchema>;
export type Competitor = z.infer<typeof competitorSchema>;
