/**
 * Rules for logging an activity beyond its field schema: a done activity cannot be dated in the
 * future (a planned one can), the next step cannot be due before the activity itself, and chain
 * updates are for people who took part in a visit that happened.
 */
import type { z } from 'zod';
import { problemFromZodIssue, type Problem } from '../fileFormat/problems';
import { activitySchema } from './activity';

export const activityDraftSchema = activitySchema.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true });
export type ActivityDraft = z.input<typeof activityDraftSchema>;
export type ActivityFields = z.output<typeof activityDraftSchema>;

export function validateActivityDraft(draft: unknown, today: string): { ok: true; value: ActivityFields } | { ok: false; problems: Problem[] } {
  const parsed = activityDraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, draft)) };
  const problems = activityRuleProblems(parsed.data, today);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** The rules of one activity whose fields passed the schema (the editor and restore() alike). */
export function activityRuleProblems(a: Pick<ActivityFields, 'planned' | 'date' | 'nextStepDate' | 'stakeholderIds' | 'chainUpdates'>, today: string): Problem[] {
  const problems: Problem[] = [];
  // A visit changes what we know of the people who were there, and only once it has happened.
  a.chainUpdates.forEach((u, i) => {
    if (!a.stakeholderIds.includes(u.stakeholderId)) problems.push({ path: `chainUpdates[${i}].stakeholderId`, code: 'not_participant', params: {} });
    else if (a.planned) problems.push({ path: `chainUpdates[${i}].stakeholderId`, code: 'planned_chain_update', params: {} });
  });
  if (!a.planned && a.date > today) problems.push({ path: 'date', code: 'date_in_future', params: {} });
  if (a.nextStepDate !== null && a.nextStepDate < a.date) problems.push({ path: 'nextStepDate', code: 'before_activity', params: {} });
  return problems;
}
