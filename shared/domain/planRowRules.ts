/**
 * Rules of a plan row beyond its field schema: the floor target may not exceed the annual target, and
 * changing a target that was already set is a revision (目标动态调节, seed 002 step 7) kept with the
 * row: old value, new value, when, and why.
 */
import type { Problem } from '../fileFormat/problems';
import { problemFromZodIssue } from '../fileFormat/problems';
import { planRowSchema, type PlanRow, type TargetRevision } from './planRow';
import { repeatedItemIds } from './itemIds';

/** The cross-field rule, checked cell by cell while pasting (cheaper than a schema parse per cell). */
export function floorProblem(row: Pick<PlanRow, 'target' | 'floorTarget'>): Problem | null {
  return row.floorTarget > row.target ? { path: 'floorTarget', code: 'floor_above_target', params: {} } : null;
}

/** Setting a first target (from 0) is planning, not a revision; changing a set one is recorded. */
export function isRevision(row: Pick<PlanRow, 'target'>, to: number): boolean {
  return row.target > 0 && to !== row.target;
}

export function reviseTarget(row: PlanRow, to: number, reason: string, at: string, revisionId: string): PlanRow {
  if (!isRevision(row, to)) return { ...row, target: to };
  const revision: TargetRevision = { id: revisionId, at, from: row.target, to, reason };
  return { ...row, target: to, revisions: [...row.revisions, revision] };
}

export function validatePlanRow(row: unknown): { ok: true; value: PlanRow } | { ok: false; problems: Problem[] } {
  const parsed = planRowSchema.safeParse(row);
  if (parsed.success) {
    const repeated = repeatedItemIds(parsed.data);
    return repeated.length > 0 ? { ok: false, problems: repeated } : { ok: true, value: parsed.data };
  }
  return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, row)) };
}
