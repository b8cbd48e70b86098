/**
 * The columns of the battle plan (seed 002 step 5, 工作目标拆解): how each cell reads, sorts, exports,
 * and — for the columns a person fills in — how typed or pasted text becomes a value. Computed columns
 * have no `parse`: they are read-only and look it.
 */
import type { TFunction } from 'i18next';
import { LIFECYCLE_STAGES, FUNNEL_STAGES, type FunnelStage, type LifecycleStage } from '../../../shared/domain/codes';
import type { PlanRow } from '../../../shared/domain/planRow';
import { formatAmount, formatMoneyShown, formatPercent, minorDigits, toMinorUnits } from '../../../shared/domain/money';
import { parseAmountText } from '../../../shared/methods/amountText';
import { sortedNames } from './cellChoices';
import { codeFromLabel, codeLabels, derive, normalizeName, type PlanContext } from './planContext';

export const PLAN_COLUMN_IDS = [
  'account',
  'product',
  'potential',
  'target',
  'floorTarget',
  'q1',
  'q2',
  'q3',
  'q4',
  'quarterDiff',
  'relationshipStage',
  'quadrant',
  'tier',
  'owner',
  'team',
  'funnelStage',
  'strategy',
  'nextMilestone',
  'weighted',
  'coverage',
  'risk',
  'status',
] as const;
export type PlanColumnId = (typeof PLAN_COLUMN_IDS)[number];

export type CellErrorCode =
  | 'notANumber'
  | 'negative'
  | 'tooManyDecimals'
  | 'tooLarge'
  | 'unknownAccount'
  | 'ambiguousAccount'
  | 'unknownOwner'
  | 'unknownOption'
  | 'required'
  | 'tooLong'
  | 'floorAboveTarget'
  | 'readOnly';

export interface CellError {
  code: CellErrorCode;
  params?: Record<string, string | number>;
}

export type CellEdit = { ok: true; apply: (row: PlanRow) => PlanRow } | { ok: false; error: CellError };

export type ExcelKind = 'text' | 'money' | 'percent';

export interface PlanColumn {
  id: PlanColumnId;
  width: number;
  align: 'left' | 'right';
  /** Text shown in the cell, copied to the clipboard and written to CSV. */
  text: (row: PlanRow, ctx: PlanContext, t: TFunction) => string;
  /** Numbers sort as numbers, text by collation; null sorts last. */
  sortValue: (row: PlanRow, ctx: PlanContext, t: TFunction) => number | string | null;
  /** Typed or pasted text → an edit of the row. Absent for computed columns. */
  parse?: (input: string, ctx: PlanContext) => CellEdit;
  /** How the column goes to Excel; `value` defaults to the cell text (right for text columns). */
  excel: { kind: ExcelKind; value?: (row: PlanRow, ctx: PlanContext, t: TFunction) => number | string | null; sum?: boolean };
  /** Longer text wraps in the editor and Alt+Enter adds a line. */
  multiline?: boolean;
  /** The values offered in the cell's pick list (Alt+↓ or its ▾); typing filters them. */
  choices?: (ctx: PlanContext) => readonly string[];
}

/** Cell text of an amount: separators and the currency's decimals, no symbol. */
export function formatCellAmount(minor: number, ctx: Pick<PlanContext, 'locale' | 'currency'>): string {
  return formatAmount(minor, ctx.currency, ctx.locale);
}

/** Summaries (the risk headline and table) in the workspace's money units; cells stay exact. */
export function formatSummaryAmount(minor: number, ctx: Pick<PlanContext, 'locale' | 'currency' | 'moneyDisplay'>): string {
  return formatMoneyShown(minor, ctx.currency, ctx.locale, ctx.moneyDisplay);
}

const TEXT_LIMIT = 200;

/** Money cells: amounts with separators, 万/亿, currency marks; an empty cell means `empty`. */
function parseMoney(input: string, ctx: PlanContext, empty: number | null): { ok: true; value: number | null } | { ok: false; error: CellError } {
  if (input.trim() === '') return { ok: true, value: empty };
  const parsed = parseAmountText(input);
  if (!parsed.ok) return { ok: false, error: { code: 'notANumber', params: { value: input.trim() } } };
  if (parsed.value < 0) return { ok: false, error: { code: 'negative' } };
  const minor = toMinorUnits(parsed.value, ctx.currency);
  if (minor === null) return { ok: false, error: { code: 'tooManyDecimals', params: { digits: minorDigits(ctx.currency) } } };
  if (!Number.isSafeInteger(minor)) return { ok: false, error: { code: 'tooLarge' } };
  return { ok: true, value: minor };
}

function moneyColumn(id: PlanColumnId, read: (row: PlanRow) => number | null, write: (row: PlanRow, value: number) => PlanRow, width = 120): PlanColumn {
  return {
    id,
    width,
    align: 'right',
    text: (row, ctx) => {
      const value = read(row);
      return value === null ? '' : formatCellAmount(value, ctx);
    },
    sortValue: (row) => read(row),
    parse: (input, ctx) => {
      const parsed = parseMoney(input, ctx, 0);
      return parsed.ok ? { ok: true, apply: (row) => write(row, parsed.value ?? 0) } : parsed;
    },
    excel: { kind: 'money', value: read, sum: true },
  };
}

function computedMoney(id: PlanColumnId, read: (row: PlanRow, ctx: PlanContext) => number, width = 120): PlanColumn {
  return {
    id,
    width,
    align: 'right',
    text: (row, ctx) => formatCellAmount(read(row, ctx), ctx),
    sortValue: (row, ctx) => read(row, ctx),
    excel: { kind: 'money', value: read, sum: true },
  };
}

function textColumn(id: PlanColumnId, read: (row: PlanRow) => string, write: (row: PlanRow, value: string) => PlanRow, width: number, limit = TEXT_LIMIT): PlanColumn {
  return {
    id,
    width,
    align: 'left',
    text: read,
    sortValue: (row) => read(row) || null,
    parse: (input) => {
      const value = limit === TEXT_LIMIT ? input.trim() : input;
      if (value.length > limit) return { ok: false, error: { code: 'tooLong', params: { maximum: limit } } };
      return { ok: true, apply: (row) => write(row, value) };
    },
    excel: { kind: 'text' },
    multiline: limit > TEXT_LIMIT,
  };
}

function codeColumn<C extends string>(
  id: PlanColumnId,
  group: 'lifecycleStage' | 'funnelStage',
  codes: readonly C[],
  labelOf: (t: TFunction, code: C) => string,
  read: (row: PlanRow) => C | null,
  write: (row: PlanRow, value: C | null) => PlanRow,
): PlanColumn {
  const label = (row: PlanRow, t: TFunction) => {
    const code = read(row);
    return code === null ? '' : labelOf(t, code);
  };
  return {
    id,
    width: 104,
    align: 'left',
    text: (row, _ctx, t) => label(row, t),
    sortValue: (row) => {
      const code = read(row);
      return code === null ? null : codes.indexOf(code);
    },
    parse: (input, ctx) => {
      if (input.trim() === '') return { ok: true, apply: (row) => write(row, null) };
      const code = codes.find((c) => c === codeFromLabel(group, input));
      if (code === undefined) return { ok: false, error: { code: 'unknownOption', params: { value: input.trim(), options: codeLabels(group, ctx.locale).join(' / ') } } };
      return { ok: true, apply: (row) => write(row, code) };
    },
    excel: { kind: 'text' },
    choices: (ctx) => codeLabels(group, ctx.locale),
  };
}

const withQuarter = (index: 0 | 1 | 2 | 3) => (row: PlanRow, value: number): PlanRow => {
  const quarters: PlanRow['quarters'] = [...row.quarters];
  quarters[index] = value;
  return { ...row, quarters };
};

function quadrantText(row: PlanRow, ctx: PlanContext, t: TFunction): string {
  const q = ctx.quadrants?.get(row.accountId);
  return q === undefined ? '' : t(`codes.matrixQuadrant.${q}`);
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  {
    id: 'account',
    width: 180,
    align: 'left',
    text: (row, ctx) => ctx.accounts.get(row.accountId)?.name ?? '',
    sortValue: (row, ctx) => ctx.accounts.get(row.accountId)?.name ?? null,
    parse: (input, ctx): CellEdit => {
      if (input.trim() === '') return { ok: false, error: { code: 'required' } };
      const matches = ctx.accountsByName.get(normalizeName(input)) ?? [];
      if (matches.length === 0) return { ok: false, error: { code: 'unknownAccount', params: { value: input.trim() } } };
      if (matches.length > 1) return { ok: false, error: { code: 'ambiguousAccount', params: { value: input.trim(), count: matches.length } } };
      const accountId = matches[0]?.id ?? '';
      return { ok: true, apply: (row) => ({ ...row, accountId }) };
    },
    excel: { kind: 'text' },
    choices: (ctx) => sortedNames(ctx.accounts, ctx.locale),
  },
  textColumn('product', (r) => r.product, (r, product) => ({ ...r, product }), 140),
  {
    ...moneyColumn('potential', (r) => r.potential, (r, potential) => ({ ...r, potential })),
    parse: (input, ctx) => {
      const parsed = parseMoney(input, ctx, null);
      return parsed.ok ? { ok: true, apply: (row) => ({ ...row, potential: parsed.value }) } : parsed;
    },
  },
  moneyColumn('target', (r) => r.target, (r, target) => ({ ...r, target })),
  moneyColumn('floorTarget', (r) => r.floorTarget, (r, floorTarget) => ({ ...r, floorTarget })),
  moneyColumn('q1', (r) => r.quarters[0], withQuarter(0), 108),
  moneyColumn('q2', (r) => r.quarters[1], withQuarter(1), 108),
  moneyColumn('q3', (r) => r.quarters[2], withQuarter(2), 108),
  moneyColumn('q4', (r) => r.quarters[3], withQuarter(3), 108),
  {
    id: 'quarterDiff',
    width: 108,
    align: 'right',
    text: (row, ctx) => {
      const diff = derive(row, ctx).quarterDiff;
      return diff === 0 ? '✓' : `${diff > 0 ? '+' : '−'}${formatCellAmount(Math.abs(diff), ctx)}`;
    },
    sortValue: (row, ctx) => derive(row, ctx).quarterDiff,
    excel: { kind: 'money', value: (row, ctx) => derive(row, ctx).quarterDiff, sum: true },
  },
  codeColumn('relationshipStage', 'lifecycleStage', LIFECYCLE_STAGES, (t, c: LifecycleStage) => t(`codes.lifecycleStage.${c}`), (r) => r.relationshipStage, (r, relationshipStage) => ({ ...r, relationshipStage })),
  {
    id: 'quadrant',
    width: 96,
    align: 'left',
    text: quadrantText,
    sortValue: (row, ctx, t) => quadrantText(row, ctx, t) || null,
    excel: { kind: 'text' },
  },
  {
    id: 'tier',
    width: 96,
    align: 'left',
    text: (row, ctx, t) => {
      const tier = ctx.accounts.get(row.accountId)?.tier;
      return tier === undefined ? '' : t(`codes.tier.${tier}`);
    },
    sortValue: (row, ctx) => {
      const tier = ctx.accounts.get(row.accountId)?.tier;
      return tier === undefined ? null : ['STRATEGIC', 'TOP', 'KEY', 'REGULAR'].indexOf(tier);
    },
    excel: { kind: 'text' },
  },
  {
    id: 'owner',
    width: 96,
    align: 'left',
    text: (row, ctx) => (row.ownerId === null ? '' : (ctx.team.get(row.ownerId)?.name ?? '')),
    sortValue: (row, ctx) => (row.ownerId === null ? null : (ctx.team.get(row.ownerId)?.name ?? null)),
    parse: (input, ctx) => {
      if (input.trim() === '') return { ok: true, apply: (row) => ({ ...row, ownerId: null }) };
      const member = ctx.teamByName.get(normalizeName(input));
      if (!member) return { ok: false, error: { code: 'unknownOwner', params: { value: input.trim() } } };
      return { ok: true, apply: (row) => ({ ...row, ownerId: member.id }) };
    },
    excel: { kind: 'text' },
    choices: (ctx) => sortedNames(ctx.teamByName, ctx.locale),
  },
  textColumn('team', (r) => r.team, (r, team) => ({ ...r, team }), 104),
  codeColumn('funnelStage', 'funnelStage', FUNNEL_STAGES, (t, c: FunnelStage) => t(`codes.funnelStage.${c}`), (r) => r.funnelStage, (r, funnelStage) => ({ ...r, funnelStage })),
  textColumn('strategy', (r) => r.strategy, (r, strategy) => ({ ...r, strategy }), 220, 5000),
  {
    id: 'nextMilestone',
    width: 200,
    align: 'left',
    text: (row, ctx) => {
      const next = derive(row, ctx).next;
      return next === null ? '' : next.dueDate === null ? next.task : `${next.dueDate.slice(5)} ${next.task}`;
    },
    sortValue: (row, ctx) => derive(row, ctx).next?.dueDate ?? null,
    excel: { kind: 'text', value: (row, ctx) => {
      const next = derive(row, ctx).next;
      return next === null ? '' : next.dueDate === null ? next.task : `${next.dueDate} ${next.task}`;
    } },
  },
  computedMoney('weighted', (row, ctx) => derive(row, ctx).weighted),
  {
    id: 'coverage',
    width: 84,
    align: 'right',
    text: (row, ctx) => {
      const c = derive(row, ctx).coverage;
      return c === null ? '' : formatPercent(c);
    },
    sortValue: (row, ctx) => derive(row, ctx).coverage,
    excel: { kind: 'percent', value: (row, ctx) => derive(row, ctx).coverage },
  },
  {
    id: 'risk',
    align: 'left',
    width: 176,
    // "有风险 · 差 1,050,000.00": how much weighted pipeline the row still needs, so a director can sort by it.
    text: (row, ctx, t) => {
      const d = derive(row, ctx);
      return d.atRisk ? t('plan.risk.gap', { amount: formatCellAmount(d.gap, ctx) }) : '';
    },
    sortValue: (row, ctx) => {
      const d = derive(row, ctx);
      return d.atRisk ? d.gap : null;
    },
    excel: { kind: 'text' },
  },
  {
    id: 'status',
    width: 96,
    align: 'left',
    text: (row, ctx, t) => t(`plan.status.${derive(row, ctx).status}`),
    sortValue: (row, ctx) => ['AT_RISK', 'COVERED', 'ACHIEVED', 'NO_TARGET'].indexOf(derive(row, ctx).status),
    excel: { kind: 'text' },
  },
];

export const COLUMN_BY_ID: ReadonlyMap<PlanColumnId, PlanColumn> = new Map(PLAN_COLUMNS.map((c) => [c.id, c]));

export const isEditable = (column: PlanColumn): boolean => column.parse !== undefined;

/** The value a column exports: its number (minor units, ratio) or text. */
export function exportValue(column: PlanColumn, row: PlanRow, ctx: PlanContext, t: TFunction): number | string | null {
  return column.excel.value ? column.excel.value(row, ctx, t) : column.text(row, ctx, t);
}
