/**
 * Rules for saving an opportunity beyond its field schema: closing it as won or lost needs the
 * reason (PRODUCT: "closing as won or lost asks for the reason"), so the win/loss review has it.
 */
import type { z } from 'zod';
import { problemFromZodIssue, type Problem } from '../fileFormat/problems';
import { opportunitySchema } from './opportunity';

/** The fields a person edits, without the cross-field rule (used to compare stored versions field by field). */
export const opportunityFieldsSchema = opportunitySchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });

export const opportunityDraftSchema = opportunityFieldsSchema
  .superRefine((o, context) => {
    if ((o.stage === 'WON' || o.stage === 'LOST') && o.winLossReason.trim() === '') {
      context.addIssue({ code: 'custom', message: 'reason_required', path: ['winLossReason'] });
    }
  });

export type OpportunityDraft = z.input<typeof opportunityDraftSchema>;
export type OpportunityFields = z.output<typeof opportunityDraftSchema>;

export function validateOpportunityDraft(draft: unknown): { ok: true; value: OpportunityFields } | { ok: false; problems: Problem[] } {
  const parsed = opportunityDraftSchema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, draft)) };
}
