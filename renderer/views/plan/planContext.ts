/**
 * What the plan's cells need besides the row itself: the accounts (names, tier, quadrant), the team,
 * the weighted pipeline per account × product, the margin and today's date. Derived figures of a row
 * are computed once per record and context (a record object is replaced on every edit, so the cache
 * never serves a stale value).
 */
import type { MoneyDisplay } from '../../../shared/domain/settings';
import type { Account } from '../../../shared/domain/account';
import type { MatrixQuadrant } from '../../../shared/domain/codes';
import type { Milestone, PlanRow } from '../../../shared/domain/planRow';
import type { TeamMember } from '../../../shared/domain/team';
import { isLanguage, resources } from '../../../shared/i18n';
import {
  coverageOf,
  isAtRisk,
  riskGap,
  nextMilestone,
  overdueMilestoneCount,
  pipelineKey,
  planStatus,
  quarterDifference,
  type PipelineFigures,
  type PlanStatus,
} from '../../../shared/methods/planRisk';

export interface PlanContext {
  locale: string;
  currency: string;
  accounts: ReadonlyMap<string, Account>;
  /** Lower-cased trimmed account name → accounts of that name (several means the name is ambiguous). */
  accountsByName: ReadonlyMap<string, Account[]>;
  team: ReadonlyMap<string, TeamMember>;
  teamByName: ReadonlyMap<string, TeamMember>;
  pipeline: ReadonlyMap<string, PipelineFigures>;
  /** null while the decision chains are still being read. */
  quadrants: ReadonlyMap<string, MatrixQuadrant> | null;
  marginPercent: number;
  /** How summaries show money (cells are always exact). */
  moneyDisplay: MoneyDisplay;
  today: string;
  derived: WeakMap<PlanRow, DerivedRow>;
}

export interface DerivedRow {
  weighted: number;
  won: number;
  coverage: number | null;
  atRisk: boolean;
  /** riskGap(): the weighted pipeline still to find for the row to be safe (≤ 0 when it is). */
  gap: number;
  status: PlanStatus;
  quarterDiff: number;
  next: Milestone | null;
  overdue: number;
}

const NO_PIPELINE: PipelineFigures = { weighted: 0, won: 0, count: 0 };

/** The weighted pipeline and won amount behind one row (all that totals need of it). */
export function rowPipeline(row: PlanRow, ctx: PlanContext): PipelineFigures {
  return ctx.pipeline.get(pipelineKey(row.accountId, row.product)) ?? NO_PIPELINE;
}

export function derive(row: PlanRow, ctx: PlanContext): DerivedRow {
  let d = ctx.derived.get(row);
  if (!d) {
    const p = rowPipeline(row, ctx);
    d = {
      weighted: p.weighted,
      won: p.won,
      coverage: coverageOf(p.weighted, row.target),
      atRisk: isAtRisk(p.weighted, row.target, ctx.marginPercent, p.won),
      gap: riskGap(p.weighted, row.target, ctx.marginPercent),
      status: planStatus(row.target, p.won, p.weighted, ctx.marginPercent),
      quarterDiff: quarterDifference(row.quarters, row.target),
      next: nextMilestone(row.milestones),
      overdue: overdueMilestoneCount(row.milestones, ctx.today),
    };
    ctx.derived.set(row, d);
  }
  return d;
}

export const normalizeName = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

export function indexByName<T extends { name: string }>(items: Iterable<T>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = normalizeName(item.name);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

/**
 * Code lists are typed or pasted in either language or as the code itself ("稳定期", "Stability",
 * "STABILITY"), whatever the UI language is: a sheet pasted from a colleague's English Excel works.
 */
type CodeGroup = 'lifecycleStage' | 'funnelStage';
const lookups = new Map<CodeGroup, Map<string, string>>();

/**
 * Labels the app used before it took the seed's funnel words (seed 002: 验证商机, 标前引导, 谈判签约):
 * sheets people kept from then still paste.
 */
const FORMER_LABELS: Partial<Record<CodeGroup, Record<string, string>>> = {
  funnelStage: { 需求确认: 'VALIDATED', 投标准备: 'PRE_BID', 商务谈判: 'NEGOTIATION', Validated: 'VALIDATED', 'Pre-bid': 'PRE_BID', Negotiation: 'NEGOTIATION' },
};

export function codeFromLabel(group: CodeGroup, text: string): string | null {
  let lookup = lookups.get(group);
  if (!lookup) {
    lookup = new Map(Object.entries(FORMER_LABELS[group] ?? {}).map(([label, code]) => [normalizeName(label), code]));
    for (const messages of Object.values(resources)) {
      for (const [code, label] of Object.entries(messages.codes[group])) {
        lookup.set(normalizeName(label), code);
        lookup.set(normalizeName(code), code);
      }
    }
    lookups.set(group, lookup);
  }
  return lookup.get(normalizeName(text)) ?? null;
}

/** The labels of a code list in the UI language (for "not one of: …" messages). */
export function codeLabels(group: CodeGroup, locale: string): string[] {
  const messages = isLanguage(locale) ? resources[locale] : resources.en;
  return Object.values(messages.codes[group]);
}
