/**
 * Which rows the sheet shows, in which order: per-column filters, one sort column, optional grouping
 * with subtotals. Pure functions over ids, so an edit (a new record object under the same id) keeps
 * the order until the person sorts or filters again — as in Excel — and 100,000 rows are not re-sorted
 * on each keystroke.
 */
import type { TFunction } from 'i18next';
import type { PlanRow } from '../../../shared/domain/planRow';
import { toMinorUnits } from '../../../shared/domain/money';
import { parseAmountText } from '../../../shared/methods/amountText';
import { riskTotals, type RiskTotals } from '../../../shared/methods/planRisk';
import { COLUMN_BY_ID, type PlanColumn, type PlanColumnId } from './planColumns';
import { rowPipeline, type PlanContext } from './planContext';

export interface SortState {
  column: PlanColumnId;
  desc: boolean;
}

export type GroupBy = 'none' | 'owner' | 'quadrant' | 'tier';
export const GROUP_BY_OPTIONS: readonly GroupBy[] = ['none', 'owner', 'quadrant', 'tier'];
const GROUP_COLUMN: Record<Exclude<GroupBy, 'none'>, PlanColumnId> = { owner: 'owner', quadrant: 'quadrant', tier: 'tier' };

export type Filters = Partial<Record<PlanColumnId, string>>;

/**
 * Sort keys are numbers: text is ranked once by collation over its distinct values (5,000 account
 * names, not 100,000 comparisons of Chinese strings with Intl.Collator per pair of rows).
 */
export function sortIds(ids: readonly string[], rows: ReadonlyMap<string, PlanRow>, column: PlanColumn, desc: boolean, ctx: PlanContext, t: TFunction): string[] {
  const n = ids.length;
  const raw: (number | string | null)[] = new Array<number | string | null>(n);
  const strings = new Set<string>();
  for (let i = 0; i < n; i += 1) {
    const row = rows.get(ids[i] ?? '');
    const value = row ? column.sortValue(row, ctx, t) : null;
    raw[i] = value;
    if (typeof value === 'string') strings.add(value);
  }
  const collator = new Intl.Collator(ctx.locale, { numeric: true, sensitivity: 'base' });
  const rank = new Map([...strings].sort(collator.compare).map((s, i) => [s, i]));
  const keys = new Float64Array(n);
  const sign = desc ? -1 : 1;
  for (let i = 0; i < n; i += 1) {
    const value = raw[i];
    // Empty cells stay at the bottom whichever way the column is sorted.
    keys[i] = value === null || value === undefined ? Infinity : sign * (typeof value === 'string' ? (rank.get(value) ?? 0) : value);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  const sorted = new Array<string>(n);
  for (let i = 0; i < n; i += 1) sorted[i] = ids[order[i] ?? 0] ?? '';
  return sorted;
}

type Matcher = (row: PlanRow) => boolean;

/**
 * A filter is "contains" on the cell text, or for number columns a comparison: ">100万", "<=5000",
 * "=0"; coverage compares percentages ("<130%").
 */
export function filterMatcher(column: PlanColumn, input: string, ctx: PlanContext, t: TFunction): Matcher | null {
  const text = input.trim();
  if (text === '') return null;
  const comparison = /^(>=|<=|<>|>|<|=)\s*(.+)$/.exec(text);
  if (comparison && (column.excel.kind === 'money' || column.excel.kind === 'percent')) {
    const [, op = '=', operand = ''] = comparison;
    let target: number | null;
    if (column.excel.kind === 'percent') {
      const n = Number(operand.replace(/%$/, ''));
      target = Number.isFinite(n) ? n / 100 : null;
    } else {
      const parsed = parseAmountText(operand);
      target = parsed.ok ? toMinorUnits(parsed.value, ctx.currency) : null;
    }
    if (target === null) return () => false;
    const bound = target;
    return (row) => {
      const value = column.sortValue(row, ctx, t);
      if (typeof value !== 'number') return false;
      switch (op) {
        case '>':
          return value > bound;
        case '<':
          return value < bound;
        case '>=':
          return value >= bound;
        case '<=':
          return value <= bound;
        case '<>':
          return value !== bound;
        default:
          return Math.abs(value - bound) < 1e-9;
      }
    };
  }
  const needle = text.toLowerCase();
  return (row) => column.text(row, ctx, t).toLowerCase().includes(needle);
}

export function filterIds(ids: readonly string[], rows: ReadonlyMap<string, PlanRow>, filters: Filters, ctx: PlanContext, t: TFunction): string[] {
  const matchers: Matcher[] = [];
  for (const [id, input] of Object.entries(filters)) {
    const column = COLUMN_BY_ID.get(id as PlanColumnId);
    const matcher = column && input !== undefined ? filterMatcher(column, input, ctx, t) : null;
    if (matcher) matchers.push(matcher);
  }
  if (matchers.length === 0) return [...ids];
  return ids.filter((id) => {
    const row = rows.get(id);
    return row !== undefined && matchers.every((m) => m(row));
  });
}

export interface GroupTotals extends RiskTotals {
  quarters: [number, number, number, number];
  potential: number;
  count: number;
}

export function totalsOf(ids: readonly string[], rows: ReadonlyMap<string, PlanRow>, ctx: PlanContext): GroupTotals {
  const quarters: [number, number, number, number] = [0, 0, 0, 0];
  let potential = 0;
  const figures: { target: number; floor: number; weighted: number; won: number }[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) continue;
    // Only the pipeline is needed here: deriving every figure of 300,000 rows (and keeping them) for
    // a total took over half a second; rows on screen are derived when they are drawn.
    const p = rowPipeline(row, ctx);
    figures.push({ target: row.target, floor: row.floorTarget, weighted: p.weighted, won: p.won });
    quarters[0] += row.quarters[0];
    quarters[1] += row.quarters[1];
    quarters[2] += row.quarters[2];
    quarters[3] += row.quarters[3];
    potential += row.potential ?? 0;
  }
  return { ...riskTotals(figures, ctx.marginPercent), quarters, potential, count: figures.length };
}

export type SheetItem = { kind: 'row'; id: string } | { kind: 'group'; key: string; label: string; ids: string[]; collapsed: boolean };

/**
 * Group headers with their rows under them (groups in collation order of their label, empty label
 * last); a collapsed group shows only its header.
 */
export function groupItems(
  ids: readonly string[],
  rows: ReadonlyMap<string, PlanRow>,
  groupBy: GroupBy,
  collapsed: ReadonlySet<string>,
  ctx: PlanContext,
  t: TFunction,
): SheetItem[] {
  if (groupBy === 'none') return ids.map((id) => ({ kind: 'row', id }));
  const column = COLUMN_BY_ID.get(GROUP_COLUMN[groupBy]);
  if (!column) return ids.map((id) => ({ kind: 'row', id }));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) continue;
    const label = column.text(row, ctx, t);
    const list = groups.get(label);
    if (list) list.push(id);
    else groups.set(label, [id]);
  }
  const collator = new Intl.Collator(ctx.locale, { numeric: true });
  const labels = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
  const items: SheetItem[] = [];
  for (const label of labels) {
    const members = groups.get(label) ?? [];
    const key = `${groupBy}:${label}`;
    const isCollapsed = collapsed.has(key);
    items.push({ kind: 'group', key, label, ids: members, collapsed: isCollapsed });
    if (!isCollapsed) for (const id of members) items.push({ kind: 'row', id });
  }
  return items;
}
