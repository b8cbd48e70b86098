/**
 * Rules for saving an opportunity beyond its field schema: closing it as won or lost needs the
 * reason, so the win/loss review has it.
 */
import type { z } from 'zod';
import { problemFromZodIssue, type Problem } from '../fileFormat/problems';
import { opportunitySchema } from './opportunity';

/** The fields a person edits, without the cross-field rule (used to compare stored versions field by field). */
export const opportunityFieldsSchema = opportunitySchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });

/** A deal closed as won or lost carries its reason (the editor and restore() alike). */
export function opportunityRuleProblems(o: Pick<OpportunityFields, 'stage' | 'winLossReason'>): Problem[] {
  return (o.stage === 'WON' || o.stage === 'LOST') && o.winLossReason.trim() === '' ? [{ path: 'winLossReason', code: 'reason_required', params: {} }] : [];
}

export const opportunityDraftSchema = opportunityFieldsSchema.superRefine((o, context) => {
  for (const problem of opportunityRuleProblems(o)) context.addIssue({ code: 'custom', message: problem.code, path: [problem.path] });
});

export type OpportunityDraft = z.input<typeof opportunityDraftSchema>;
export type OpportunityFields = z.output<typeof opportunityDraftSchema>;

export function validateOpportunityDraft(draft: unknown): { ok: true; value: OpportunityFields } | { ok: false; problems: Problem[] } {
  const parsed = opportunityDraftSchema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, draft)) };
}
