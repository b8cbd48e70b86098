/**
 * Contract and its payment installments (回款作战地图, seed 002). Shares are basis points (1 % = 100)
 * so a split is exact; installments carry their own amounts, which must add up to the contract amount,
 * and the 情理法 checklist travels with the contract.
 */
import { z } from 'zod';
import { idSchema, moneySchema, recordBaseShape } from './common';
import { INSTALLMENT_STAGES } from './codes';
import { boundedInt, note, optionalDate, text } from './fieldRules';

export const FULL_SHARE_BASIS_POINTS = 10_000;

export const installmentSchema = z.object({
  id: idSchema,
  stage: z.enum(INSTALLMENT_STAGES).nullable().default(null),
  label: text(100),
  shareBasisPoints: boundedInt(0, FULL_SHARE_BASIS_POINTS),
  amount: moneySchema,
  dueDate: optionalDate,
  received: moneySchema.default(0),
  receivedDate: optionalDate,
  /** Received more than due on purpose (the customer paid ahead); otherwise that is refused as a typo. */
  overpayment: z.boolean().default(false),
});

export const collectionChecklistSchema = z.object({
  relationshipKept: z.boolean().default(false),
  contractFulfilled: z.boolean().default(false),
  deliveryNote: z.boolean().default(false),
  acceptanceCertificate: z.boolean().default(false),
  invoice: z.boolean().default(false),
});

/** A contract's own fields (the record adds id and timestamps). */
export const contractFieldsShape = {
  accountId: idSchema,
  opportunityId: idSchema.nullable().default(null),
  title: text(200),
  amount: moneySchema,
  signedDate: optionalDate,
  installments: z.array(installmentSchema).max(100).default([]),
  checklist: collectionChecklistSchema.prefault({}),
  acceptanceSignerId: idSchema.nullable().default(null),
  paymentSignerId: idSchema.nullable().default(null),
  notes: note(),
};

type ContractShaped = { amount: number; installments: { shareBasisPoints: number; amount: number }[] };

/** Shares add up to 100 % and installment amounts to the contract amount (when there are installments). */
export function withSplitRules<S extends z.ZodType<ContractShaped>>(schema: S) {
  return schema
    .refine((c) => c.installments.length === 0 || c.installments.reduce((sum, i) => sum + i.shareBasisPoints, 0) === FULL_SHARE_BASIS_POINTS, {
      message: 'shares_not_full',
      path: ['installments'],
    })
    .refine((c) => c.installments.length === 0 || c.installments.reduce((sum, i) => sum + i.amount, 0) === c.amount, {
      message: 'installments_not_amount',
      path: ['installments'],
    });
}

export const contractSchema = withSplitRules(z.object({ ...recordBaseShape, ...contractFieldsShape }));

export type Contract = z.infer<typeof contractSchema>;
export type Installment = z.infer<typeof installmentSchema>;
