/** Renewal / customer success (续单) per account and period, and the whitespace grid per account. */
import { z } from 'zod';
import { idSchema, moneySchema, recordBaseShape } from './common';
import { SERVICE_LEVELS, WHITESPACE_STATUSES } from './codes';
import { note, optionalDate, optionalMoney, requiredName, text } from './fieldRules';

/** A year ("2026") or a quarter ("2026-Q3"). */
export const periodSchema = z.string().refine((p) => /^(20\d\d|2100)(-Q[1-4])?$/.test(p), { message: 'invalid_period' });

export const renewalItemSchema = z.object({
  id: idSchema,
  newNeed: note(2000),
  productFit: note(2000),
  newProductNeeded: z.boolean().default(false),
  amount: moneySchema.default(0),
  expectedSigningDate: optionalDate,
});

export const renewalSchema = z.object({
  ...recordBaseShape,
  accountId: idSchema,
  period: periodSchema,
  recurring: moneySchema.default(0),
  expansion: moneySchema.default(0),
  churned: moneySchema.default(0),
  cumulative: moneySchema.default(0),
  serviceLevel: z.enum(SERVICE_LEVELS).nullable().default(null),
  items: z.array(renewalItemSchema).max(500).default([]),
  notes: note(),
});

/**
 * One cell of the whitespace grid (白区分析): a business unit or subsidiary of the customer × one of
 * our product lines — what is installed there, in pipeline, still open or not relevant, who holds it,
 * what it could be worth a year (the account's whitespace potential is the sum over relevant cells)
 * and the opportunities worked there.
 */
export const whitespaceCellSchema = z.object({
  ...recordBaseShape,
  accountId: idSchema,
  businessUnit: requiredName(200),
  productLine: requiredName(200),
  status: z.enum(WHITESPACE_STATUSES).default('OPEN'),
  competitorName: text(200),
  potential: optionalMoney,
  opportunityIds: z.array(idSchema).max(100).default([]),
  notes: note(2000),
});

export type Renewal = z.infer<typeof renewalSchema>;
export type WhitespaceCell = z.infer<typeof whitespaceCellSchema>;
