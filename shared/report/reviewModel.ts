/**
 * What a review pack says, computed once for every format (workbook now; report and deck read the
 * same model): the accounts in scope with what belongs to them, redacted as asked, the plan year's
 * rows with their pipeline, coverage, status and gap (the plan's own rules), and a summary per owner.
 */
import type { Account } from '../domain/account';
import type { Activity } from '../domain/activity';
import type { Contract } from '../domain/contract';
import type { Opportunity } from '../domain/opportunity';
import type { PlanRow } from '../domain/planRow';
import type { Renewal, WhitespaceCell } from '../domain/renewal';
import type { Settings } from '../domain/settings';
import type { ChartSnapshot } from '../domain/chartSnapshot';
import type { InfluenceLink, Stakeholder } from '../domain/stakeholder';
import type { TeamMember } from '../domain/team';
import type { WorkspaceTables } from '../domain/workspace';
import { isOverdue, outstandingOf } from '../methods/collection';
import { coverageOf, pipelineByAccountProduct, pipelineKey, planStatus, riskGap, type PlanStatus } from '../methods/planRisk';
import { coachAliases, everyPerson, leftOut, redactPeople, type LeftOut, type Redaction } from './redaction';
import { hiddenNames, hideNamesDeep } from './hiddenNames';
import { accountsInScope, type AccountScope } from './reviewScope';

export interface ReviewInput {
  tables: WorkspaceTables;
  settings: Settings;
  scope: AccountScope;
  year: number;
  redaction: Redaction;
  today: string;
  /** Words a coach's alias letter in the pack's language ("向导 A"). */
  coachAlias: (letter: string) => string;
  /** Only snapshots taken on or before this day are compared with (see ReviewRequest); null or absent: all. */
  compareBefore?: string | null;
}

export interface PlanLine {
  row: PlanRow;
  weighted: number;
  won: number;
  coverage: number | null;
  status: PlanStatus;
  /** Weighted pipeline still to find to be safe (target × (1 + margin) − weighted); 0 when safe. */
  gap: number;
}

export interface OwnerLine {
  /** null: accounts nobody owns (or, for the totals line, everybody). */
  ownerId: string | null;
  accounts: number;
  target: number;
  floor: number;
  weighted: number;
  won: number;
  coverage: number | null;
  atRiskRows: number;
  gap: number;
  overdue: number;
}

export interface ReviewModel {
  year: number;
  today: string;
  currency: Settings['currency'];
  /** What the chapters need of the settings: when a key person goes cold, where the matrix cuts. */
  settings: Pick<Settings, 'coldAfterDays' | 'matrix' | 'rfm'>;
  riskMarginPercent: number;
  accounts: Account[];
  accountNames: ReadonlyMap<string, string>;
  people: Stakeholder[];
  links: InfluenceLink[];
  /** Chain snapshots of the accounts, their people redacted like the live ones. */
  snapshots: ChartSnapshot[];
  opportunities: Opportunity[];
  activities: Activity[];
  plan: PlanLine[];
  contracts: Contract[];
  renewals: Renewal[];
  whitespace: WhitespaceCell[];
  team: TeamMember[];
  owners: OwnerLine[];
  totals: OwnerLine;
  leftOut: LeftOut[];
}

const emptyLine = (ownerId: string | null): OwnerLine => ({ ownerId, accounts: 0, target: 0, floor: 0, weighted: 0, won: 0, coverage: null, atRiskRows: 0, gap: 0, overdue: 0 });

export function buildReviewModel(input: ReviewInput): ReviewModel {
  const { tables, settings, year, today } = input;
  const accounts = accountsInScope(tables.accounts, input.scope);
  const inScope = new Set(accounts.map((a) => a.id));
  const mine = <R extends { accountId: string; deletedAt: string | null }>(records: readonly R[]): R[] => records.filter((r) => r.deletedAt === null && inScope.has(r.accountId));
  const opportunities = mine(tables.opportunities);
  const pipeline = pipelineByAccountProduct(opportunities, year, settings.stageProbabilities);
  const margin = settings.riskMarginPercent;
  const plan = mine(tables.planRows)
    .filter((r) => r.year === year)
    .map((row): PlanLine => {
      const figures = pipeline.get(pipelineKey(row.accountId, row.product));
      const weighted = figures?.weighted ?? 0;
      const won = figures?.won ?? 0;
      const status = planStatus(row.target, won, weighted, margin);
      return { row, weighted, won, coverage: coverageOf(weighted, row.target), status, gap: status === 'AT_RISK' ? Math.max(0, riskGap(weighted, row.target, margin)) : 0 };
    });
  const contracts = mine(tables.contracts);

  // The summary by owner: the account's owner answers for its plan rows and its money.
  const ownerOf = new Map(accounts.map((a) => [a.id, a.ownerId]));
  const lines = new Map<string | null, OwnerLine>();
  const lineOf = (accountId: string) => {
    const ownerId = ownerOf.get(accountId) ?? null;
    let line = lines.get(ownerId);
    if (!line) {
      line = emptyLine(ownerId);
      lines.set(ownerId, line);
    }
    return line;
  };
  const totals = emptyLine(null);
  for (const a of accounts) {
    lineOf(a.id).accounts += 1;
    totals.accounts += 1;
  }
  for (const p of plan) {
    for (const line of [lineOf(p.row.accountId), totals]) {
      line.target += p.row.target;
      line.floor += p.row.floorTarget;
      line.weighted += p.weighted;
      line.won += p.won;
      line.gap += p.gap;
      if (p.status === 'AT_RISK') line.atRiskRows += 1;
    }
  }
  for (const c of contracts) {
    const overdue = c.installments.filter((i) => isOverdue(i, today)).reduce((sum, i) => sum + outstandingOf(i), 0);
    lineOf(c.accountId).overdue += overdue;
    totals.overdue += overdue;
  }
  for (const line of [...lines.values(), totals]) line.coverage = coverageOf(line.weighted, line.target);
  const team = tables.teamMembers.filter((m) => m.deletedAt === null);
  // Coaches are lettered over the live chains and their snapshots together: one person, one alias.
  const people = mine(tables.stakeholders);
  const snapshots = mine(tables.chartSnapshots);
  const aliases = coachAliases(everyPerson({ stakeholders: people, chartSnapshots: snapshots }), input.redaction, input.coachAlias);
  const names = new Map(team.map((m) => [m.id, m.name]));
  // Owners by name, the unowned last.
  const owners = [...lines.values()].sort((a, b) => (a.ownerId === null ? 1 : b.ownerId === null ? -1 : (names.get(a.ownerId) ?? '').localeCompare(names.get(b.ownerId) ?? '', 'zh-CN')));

  // A hidden coach's name goes from every text of the pack (summaries, strategies, notes), not only his card.
  const hidden = hiddenNames(everyPerson({ stakeholders: people, chartSnapshots: snapshots }), aliases);
  return hideNamesDeep({
    year,
    today,
    currency: settings.currency,
    settings: { coldAfterDays: settings.coldAfterDays, matrix: settings.matrix, rfm: settings.rfm },
    riskMarginPercent: margin,
    accounts,
    accountNames: new Map(accounts.map((a) => [a.id, a.name])),
    people: redactPeople(people, input.redaction, input.coachAlias, aliases),
    links: mine(tables.influenceLinks),
    snapshots: snapshots.filter((snap) => !input.compareBefore || snap.takenAt.slice(0, 10) <= input.compareBefore).map((snap) => ({ ...snap, stakeholders: redactPeople(snap.stakeholders, input.redaction, input.coachAlias, aliases) })),
    opportunities,
    activities: mine(tables.activities).sort((a, b) => b.date.localeCompare(a.date)),
    plan,
    contracts,
    renewals: mine(tables.renewals),
    whitespace: mine(tables.whitespaceCells),
    team,
    owners,
    totals,
    leftOut: leftOut(input.redaction),
  }, hidden);
}
