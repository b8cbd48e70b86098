/**
 * Validation of an account as the user edits it: the schema's own rules plus rules that need
 * context — a date that has not happened yet (founding, purchases) and the group tree (an account
 * cannot become its own parent through its subsidiaries). Paths are relative to the account, e.g.
 * `information.founded` or `purchases[2].date`, so a form can show each message at its field.
 */
import type { z } from 'zod';
import { accountSchema } from './account';
import type { Problem } from '../fileFormat/problems';
import { problemFromZodIssue } from '../fileFormat/problems';
import { wouldCreateCycle } from '../fileFormat/references';
import { repeatedItemIds } from './itemIds';

/** Everything the user edits: the account without its bookkeeping fields. */
export const accountDraftSchema = accountSchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });
export type AccountDraft = z.input<typeof accountDraftSchema>;
export type AccountFields = z.output<typeof accountDraftSchema>;

export interface AccountRuleContext {
  /** The account being edited (null while creating). */
  id: string | null;
  /** Today's date, YYYY-MM-DD, in the user's time zone. */
  today: string;
  /** Live accounts that have a parent (the others cannot be part of a group-tree cycle). */
  accounts: readonly { id: string; parentId: string | null }[];
}

export type AccountValidation = { ok: true; value: AccountFields } | { ok: false; problems: Problem[] };

export function validateAccountDraft(draft: unknown, context: AccountRuleContext): AccountValidation {
  const parsed = accountDraftSchema.safeParse(draft);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, draft)) };
  }
  const value = parsed.data;
  const problems = accountRuleProblems(value, context.today);
  const parent = context.id === null ? null : parentProblem(context.accounts, context.id, value.parentId);
  if (parent) problems.push(parent);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/**
 * Whether `id` may be put under `parentId` in the group tree: not under itself, nor under one of its own
 * subsidiaries (a loop). The editor's parent field, the tree's drag and the repository share it.
 */
export function parentProblem(accounts: readonly { id: string; parentId: string | null }[], id: string, parentId: string | null): Problem | null {
  if (parentId === null) return null;
  if (parentId === id) return { path: 'parentId', code: 'self_reference', params: {} };
  if (wouldCreateCycle([...accounts], 'parentId', id, parentId)) return { path: 'parentId', code: 'cycle', params: { chain: '' } };
  return null;
}

/**
 * The rules of one account on its own (no group tree): founding and purchase dates have happened,
 * and items are told apart by id. The editor and restore() alike; restore() checks the tree itself.
 */
export function accountRuleProblems(value: Pick<AccountFields, 'information' | 'purchases'>, today: string): Problem[] {
  const problems: Problem[] = repeatedItemIds(value);
  if (value.information.founded !== null && value.information.founded > today) {
    problems.push({ path: 'information.founded', code: 'date_in_future', params: {} });
  }
  value.purchases.forEach((purchase, i) => {
    if (purchase.date > today) problems.push({ path: `purchases[${i}].date`, code: 'date_in_future', params: {} });
  });
  return problems;
}
