/**
 * Column views of the plan sheet (视图): the 22 columns answer different questions, and a director
 * reviewing targets does not want to scroll past the strategy text to reach coverage and risk. Four
 * views come with the app — all columns, 目标 (targets and how covered they are), 季度分解 (the
 * quarters), 商机覆盖 (pipeline coverage and risk), 执行 (who does what next) — each narrow enough for a
 * 1400 px window (the column widths add up to at most 1,100 px); a person saves the columns they chose as views of their own. Like the column widths,
 * views are a preference of this device (localStorage), not part of the workspace file.
 */
import type { VisibilityState } from '@tanstack/react-table';
import { PLAN_COLUMN_IDS, type PlanColumnId } from './planColumns';

export const BUILT_IN_VIEWS = ['all', 'targets', 'quarters', 'coverage', 'execution'] as const;
export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];

const BUILT_IN_COLUMNS: Record<Exclude<BuiltInView, 'all'>, readonly PlanColumnId[]> = {
  targets: ['account', 'product', 'target', 'floorTarget', 'weighted', 'coverage', 'risk', 'status'],
  quarters: ['account', 'product', 'target', 'q1', 'q2', 'q3', 'q4', 'quarterDiff', 'status'],
  coverage: ['account', 'product', 'owner', 'target', 'weighted', 'coverage', 'risk', 'status'],
  execution: ['account', 'product', 'owner', 'relationshipStage', 'strategy', 'nextMilestone', 'status'],
};

export interface SavedView {
  name: string;
  columns: PlanColumnId[];
}

export const VIEW_NAME_LIMIT = 40;
const KEY = 'keyplan.plan.views';
const isColumn = (id: unknown): id is PlanColumnId => typeof id === 'string' && (PLAN_COLUMN_IDS as readonly string[]).includes(id);

export function builtInColumns(view: BuiltInView): readonly PlanColumnId[] {
  return view === 'all' ? PLAN_COLUMN_IDS : BUILT_IN_COLUMNS[view];
}

/** The visibility that shows exactly `columns` (the account column always). */
export function visibilityFor(columns: readonly PlanColumnId[]): VisibilityState {
  const shown = new Set<PlanColumnId>(['account', ...columns]);
  return Object.fromEntries(PLAN_COLUMN_IDS.map((id) => [id, shown.has(id)]));
}

/** The columns a visibility shows (a column not named is shown, as TanStack has it). */
export function visibleColumns(visibility: VisibilityState): PlanColumnId[] {
  return PLAN_COLUMN_IDS.filter((id) => visibility[id] !== false);
}

/** Which view the sheet shows now: a built-in one, a saved one (by name), or null (columns picked by hand). */
export function currentView(visibility: VisibilityState, saved: readonly SavedView[]): { builtIn: BuiltInView } | { saved: string } | null {
  const key = visibleColumns(visibility).join(',');
  // A view's columns compared as the sheet would show them (sheet order, the account always).
  const shows = (columns: readonly PlanColumnId[]) => visibleColumns(visibilityFor(columns)).join(',') === key;
  const builtIn = BUILT_IN_VIEWS.find((v) => shows(builtInColumns(v)));
  if (builtIn) return { builtIn };
  const mine = saved.find((v) => shows(v.columns));
  return mine ? { saved: mine.name } : null;
}

/** The saved views; anything damaged or unknown in storage is dropped, never trusted. */
export function readSavedViews(): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((v: unknown) => {
      if (!v || typeof v !== 'object') return [];
      const { name, columns } = v as { name?: unknown; columns?: unknown };
      if (typeof name !== 'string' || name.trim() === '' || name.length > VIEW_NAME_LIMIT || !Array.isArray(columns)) return [];
      return [{ name: name.trim(), columns: columns.filter(isColumn) }];
    });
  } catch {
    return [];
  }
}

export function writeSavedViews(views: readonly SavedView[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(views));
  } catch {
    // Private mode or a full disk: the view lasts for this visit.
  }
}

/** Saves the columns under a name; the same name (as typed, case and spaces aside) replaces the view. */
export function withView(views: readonly SavedView[], name: string, columns: readonly PlanColumnId[]): SavedView[] {
  const key = name.trim().toLowerCase();
  return [...views.filter((v) => v.name.toLowerCase() !== key), { name: name.trim(), columns: [...columns] }];
}
