/**
 * Rules for saving a contract beyond its field schema (seed 002, 回款): a contract has an amount; its
 * installments' shares add up to 100 % and their amounts to the contract amount (schema); nothing is
 * due or received before the contract was signed; a received amount has its date, is not in the
 * future, and is not more than the installment unless marked as an over-payment.
 */
import { z } from 'zod';
import { problemFromZodIssue, type Problem } from '../fileFormat/problems';
import { contractFieldsShape, FULL_SHARE_BASIS_POINTS, withSplitRules } from './contract';
import { splitAmount } from '../methods/collection';
import { renewalSchema } from './renewal';
import { repeatedItemIds } from './itemIds';

export const contractDraftSchema = withSplitRules(z.object(contractFieldsShape));
export type ContractDraft = z.input<typeof contractDraftSchema>;
export type ContractFields = z.output<typeof contractDraftSchema>;

export function validateContractDraft(draft: unknown, today: string): { ok: true; value: ContractFields } | { ok: false; problems: Problem[] } {
  const parsed = contractDraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, draft)) };
  const problems = contractRuleProblems(parsed.data, today);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/**
 * The collection rules of one contract whose fields already passed the schema; the editor and
 * restore() both use them, so a file can never hold a contract the editor would refuse.
 */
export function contractRuleProblems(c: ContractFields, today: string): Problem[] {
  const problems: Problem[] = repeatedItemIds(c);
  // The editor computes each installment's amount from its share (the remainder to the last one), so
  // a file must hold exactly those amounts: otherwise opening and saving it would change them.
  const split = splitAmount(c.amount, c.installments.map((i) => i.shareBasisPoints));
  const sharesFull = c.installments.reduce((sum, x) => sum + x.shareBasisPoints, 0) === FULL_SHARE_BASIS_POINTS;
  c.installments.forEach((i, index) => {
    if (sharesFull && i.amount !== split[index]) {
      problems.push({ path: `installments[${index}].amount`, code: 'installment_not_share', params: {} });
    }
  });
  if (c.amount <= 0) problems.push({ path: 'amount', code: 'too_small', params: { minimum: 0 } });
  c.installments.forEach((i, index) => {
    const at = (field: string) => `installments[${index}].${field}`;
    if (i.received > i.amount && !i.overpayment) problems.push({ path: at('received'), code: 'overpaid', params: {} });
    if (i.received > 0 && i.receivedDate === null) problems.push({ path: at('receivedDate'), code: 'required', params: {} });
    if (i.receivedDate !== null && i.receivedDate > today) problems.push({ path: at('receivedDate'), code: 'date_in_future', params: {} });
    if (c.signedDate !== null) {
      if (i.dueDate !== null && i.dueDate < c.signedDate) problems.push({ path: at('dueDate'), code: 'before_signing', params: {} });
      if (i.receivedDate !== null && i.receivedDate < c.signedDate) problems.push({ path: at('receivedDate'), code: 'before_signing', params: {} });
    }
  });
  return problems;
}

export const renewalDraftSchema = renewalSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });
export type RenewalDraft = z.input<typeof renewalDraftSchema>;
export type RenewalFields = z.output<typeof renewalDraftSchema>;

export function validateRenewalDraft(draft: unknown): { ok: true; value: RenewalFields } | { ok: false; problems: Problem[] } {
  const parsed = renewalDraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, draft)) };
  const problems = repeatedItemIds(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}
