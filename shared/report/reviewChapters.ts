/**
 * The review pack's per-account chapters and its portfolio picture, from the review model: what a
 * chapter shows of one account (decision chain and its health, barriers, graded opportunities, plan
 * lines, money, renewals, recent and next activities) and the closing page's risks and asks. Every
 * format reads these, so the PDF and the deck say the same thing.
 */
import type { Account, Barrier } from '../domain/account';
import { groupByAccount } from '../domain/byAccount';
import type { Activity } from '../domain/activity';
import type { AccountTier, FunnelStage, MatrixQuadrant } from '../domain/codes';
import { ACCOUNT_TIERS, FUNNEL_STAGES, MATRIX_QUADRANTS } from '../domain/codes';
import type { Contract, Installment } from '../domain/contract';
import type { Opportunity } from '../domain/opportunity';
import type { Renewal, WhitespaceCell } from '../domain/renewal';
import type { InfluenceLink, Stakeholder } from '../domain/stakeholder';
import { daysOverdue, isOverdue, outstandingOf } from '../methods/collection';
import { placeAccount, type MatrixPlacement } from '../methods/customerMatrix';
import { decisionChainHealth, type ChainHealth, type Gap } from '../methods/decisionChainHealth';
import { goneCold } from '../methods/goneCold';
import { gradeOpportunity, type GradeResult } from '../methods/opportunityGrade';
import { planPotentialByAccount, resolvePurchasePotential } from '../methods/accountPotential';
import { portfolioNrr } from '../methods/renewalMetrics';
import { RFM_CLASSES, computeRfm, type RfmClass } from '../methods/rfm';
import { diffChains, type ChainDiff } from '../methods/snapshotDiff';
import type { ChartSnapshot } from '../domain/chartSnapshot';
import type { PlanLine, ReviewModel } from './reviewModel';

/** How many activities a chapter lists each way: the meeting reads the latest, not the diary. */
export const ACTIVITIES_PER_CHAPTER = 5;

export interface GradedOpportunity {
  opportunity: Opportunity;
  grade: GradeResult;
}

export interface AccountChapter {
  account: Account;
  /** Live people of the account, redacted as asked. */
  people: Stakeholder[];
  health: ChainHealth;
  /** Barriers still open, with their strategy. */
  barriers: Barrier[];
  opportunities: GradedOpportunity[];
  plan: PlanLine[];
  contracts: Contract[];
  renewals: Renewal[];
  whitespace: WhitespaceCell[];
  /** Done activities, newest first. */
  recent: Activity[];
  /** Planned activities from today on, soonest first. */
  next: Activity[];
  placement: MatrixPlacement;
  /** What changed on the chain since its latest snapshot (none taken: null). */
  change: { snapshot: Pick<ChartSnapshot, 'name' | 'takenAt'>; diff: ChainDiff } | null;
}

export type RiskItem =
  | { kind: 'atRisk'; accountId: string; line: PlanLine }
  | { kind: 'gap'; accountId: string; gap: Gap }
  | { kind: 'overdue'; accountId: string; contract: Contract; installment: Installment; days: number }
  | { kind: 'cold'; accountId: string; person: Stakeholder; days: number | null };

export interface PortfolioPicture {
  tiers: Record<AccountTier, number>;
  quadrants: Record<MatrixQuadrant, number>;
  /** Open and closed opportunities of the scope by funnel stage. */
  funnel: { stage: FunnelStage; count: number; amount: number }[];
  overdue: number;
  /** Net revenue retention of the plan year's renewals (null: no recurring revenue recorded). */
  nrr: number | null;
  renewalsCount: number;
  /** The eight RFM classes with their accounts (by name), and how many accounts have no purchases to class. */
  rfm: { rfmClass: RfmClass; accounts: string[] }[];
  unclassed: number;
}

export function buildChapters(model: ReviewModel): AccountChapter[] {
  const { settings } = model;
  const people = groupByAccount(model.people.filter((p) => p.deletedAt === null));
  const opportunities = groupByAccount(model.opportunities);
  const plan = new Map<string, PlanLine[]>();
  for (const line of model.plan) plan.set(line.row.accountId, [...(plan.get(line.row.accountId) ?? []), line]);
  const contracts = groupByAccount(model.contracts);
  const renewals = groupByAccount(model.renewals);
  const cells = groupByAccount(model.whitespace);
  // The plan year's 购买潜力 per account: the matrix's last source of potential, as in the app.
  const planPotential = planPotentialByAccount(model.plan.map((line) => line.row));
  const activities = groupByAccount(model.activities);
  const links = groupByAccount(model.links);
  const latestSnapshot = new Map<string, ChartSnapshot>();
  for (const snap of model.snapshots) {
    const seen = latestSnapshot.get(snap.accountId);
    if (!seen || snap.takenAt > seen.takenAt) latestSnapshot.set(snap.accountId, snap);
  }
  const options = { today: model.today, coldAfterDays: settings.coldAfterDays };
  return model.accounts.map((account) => {
    const own = people.get(account.id) ?? [];
    const done = (activities.get(account.id) ?? []).filter((a) => !a.planned && a.date <= model.today);
    const ahead = (activities.get(account.id) ?? []).filter((a) => a.planned && a.date >= model.today);
    return {
      account,
      people: own,
      health: decisionChainHealth(own, options),
      barriers: account.barriers.filter((b) => b.status !== 'BROKEN_THROUGH'),
      opportunities: (opportunities.get(account.id) ?? []).map((opportunity) => ({ opportunity, grade: gradeOpportunity(opportunity.gradeChecklist, opportunity.expectedClose, model.today) })),
      plan: plan.get(account.id) ?? [],
      contracts: contracts.get(account.id) ?? [],
      renewals: (renewals.get(account.id) ?? []).sort((a, b) => a.period.localeCompare(b.period)),
      whitespace: cells.get(account.id) ?? [],
      recent: done.sort((a, b) => b.date.localeCompare(a.date)).slice(0, ACTIVITIES_PER_CHAPTER),
      next: ahead.sort((a, b) => a.date.localeCompare(b.date)).slice(0, ACTIVITIES_PER_CHAPTER),
      placement: placeAccount(
        account,
        resolvePurchasePotential({ drivers: account.purchaseDrivers, whitespace: cells.get(account.id) ?? [], plan: planPotential[account.id] ?? null })?.amount ?? null,
        own,
        settings.matrix,
      ),
      change: changeSince(latestSnapshot.get(account.id), own, links.get(account.id) ?? []),
    };
  });
}

function changeSince(snapshot: ChartSnapshot | undefined, people: readonly Stakeholder[], links: readonly InfluenceLink[]): AccountChapter['change'] {
  if (!snapshot) return null;
  return { snapshot: { name: snapshot.name, takenAt: snapshot.takenAt }, diff: diffChains({ stakeholders: snapshot.stakeholders, links: snapshot.links }, { stakeholders: people, links }) };
}

/** The chapters, the portfolio picture and the closing page's risks: what every format shows of a model. */
export interface ReviewParts {
  chapters: AccountChapter[];
  picture: PortfolioPicture;
  risks: RiskItem[];
}

export function reviewParts(model: ReviewModel): ReviewParts {
  const chapters = buildChapters(model);
  return { chapters, picture: portfolioPicture(model, chapters), risks: risksOf(chapters, model) };
}

/** The closing page: at-risk plan rows, chain gaps, overdue money and key people gone cold, account by account. */
export function risksOf(chapters: readonly AccountChapter[], model: Pick<ReviewModel, 'today' | 'settings'>): RiskItem[] {
  const { coldAfterDays } = model.settings;
  const items: RiskItem[] = [];
  for (const c of chapters) {
    const accountId = c.account.id;
    for (const line of c.plan) if (line.status === 'AT_RISK') items.push({ kind: 'atRisk', accountId, line });
    for (const contract of c.contracts)
      for (const installment of contract.installments)
        if (isOverdue(installment, model.today)) items.push({ kind: 'overdue', accountId, contract, installment, days: daysOverdue(installment, model.today) });
    for (const cold of goneCold(c.people, model.today, coldAfterDays)) items.push({ kind: 'cold', accountId, person: cold.person, days: cold.days });
    // Gone-cold people are listed one by one above; the gap would say it twice.
    for (const gap of c.health.gaps) if (gap.code !== 'GONE_COLD') items.push({ kind: 'gap', accountId, gap });
  }
  return items;
}

export function portfolioPicture(model: ReviewModel, chapters: readonly AccountChapter[]): PortfolioPicture {
  const tiers = Object.fromEntries(ACCOUNT_TIERS.map((t) => [t, 0])) as Record<AccountTier, number>;
  for (const a of model.accounts) tiers[a.tier] += 1;
  const quadrants = Object.fromEntries(MATRIX_QUADRANTS.map((q) => [q, 0])) as Record<MatrixQuadrant, number>;
  // An account whose potential is unknown is in no quadrant.
  for (const c of chapters) if (c.placement.effective !== null) quadrants[c.placement.effective] += 1;
  const funnel = FUNNEL_STAGES.map((stage) => {
    const inStage = model.opportunities.filter((o) => o.stage === stage);
    return { stage, count: inStage.length, amount: inStage.reduce((sum, o) => sum + o.amount, 0) };
  });
  const overdue = model.contracts.reduce((sum, c) => sum + c.installments.filter((i) => isOverdue(i, model.today)).reduce((s, i) => s + outstandingOf(i), 0), 0);
  const year = String(model.year);
  const renewals = model.renewals.filter((r) => r.period.startsWith(year));
  const byClass = new Map<RfmClass, string[]>(RFM_CLASSES.map((c) => [c, []]));
  let unclassed = 0;
  for (const a of model.accounts) {
    const result = computeRfm(a.purchases, model.today, model.settings.rfm);
    if (result) byClass.get(result.rfmClass)?.push(a.name);
    else unclassed += 1;
  }
  const rfm = RFM_CLASSES.map((rfmClass) => ({ rfmClass, accounts: byClass.get(rfmClass) ?? [] }));
  return { tiers, quadrants, funnel, overdue, nrr: portfolioNrr(renewals), renewalsCount: renewals.length, rfm, unclassed };
}

export interface Ask {
  key: 'pipeline' | 'collect' | 'contact' | 'chain';
  count: number;
  /** Money the ask is about (0 for people and gaps). */
  amount: number;
}

/** What the risks add up to asking for: pipeline to find, money to collect, people to call, gaps to close. */
export function asksOf(risks: readonly RiskItem[]): Ask[] {
  const of = <K extends RiskItem['kind']>(kind: K) => risks.filter((r): r is Extract<RiskItem, { kind: K }> => r.kind === kind);
  const asks: Ask[] = [
    { key: 'pipeline', count: of('atRisk').length, amount: of('atRisk').reduce((sum, r) => sum + r.line.gap, 0) },
    { key: 'collect', count: of('overdue').length, amount: of('overdue').reduce((sum, r) => sum + outstandingOf(r.installment), 0) },
    { key: 'contact', count: of('cold').length, amount: 0 },
    { key: 'chain', count: of('gap').length, amount: 0 },
  ];
  return asks.filter((a) => a.count > 0);
}

/** The money a risk puts at stake: an at-risk plan row's gap to target, an overdue installment's outstanding amount; none for people and gaps. */
export function riskMoney(risk: RiskItem): number {
  if (risk.kind === 'atRisk') return Math.max(0, risk.line.gap);
  if (risk.kind === 'overdue') return outstandingOf(risk.installment);
  return 0;
}

const KIND_ORDER: Record<RiskItem['kind'], number> = { overdue: 0, atRisk: 1, gap: 2, cold: 3 };

/** Risks as a meeting takes them: the most money first, then overdue money, at-risk plans, chain gaps, people gone cold. */
export function rankRisks(risks: readonly RiskItem[]): RiskItem[] {
  return risks
    .map((risk, i) => ({ risk, i, money: riskMoney(risk) }))
    .sort((a, b) => b.money - a.money || KIND_ORDER[a.risk.kind] - KIND_ORDER[b.risk.kind] || a.i - b.i)
    .map((r) => r.risk);
}

/**
 * The accounts a short deck shows first: the most money at risk (at-risk plan gaps and overdue
 * installments), then the biggest plan target, then by name — so a director's 25 slides go to the
 * accounts where the year can still be won or lost.
 */
export function rankChaptersByRisk(chapters: readonly AccountChapter[], risks: readonly RiskItem[]): AccountChapter[] {
  const atStake = new Map<string, number>();
  for (const risk of risks) atStake.set(risk.accountId, (atStake.get(risk.accountId) ?? 0) + riskMoney(risk));
  const target = (c: AccountChapter) => c.plan.reduce((sum, l) => sum + l.row.target, 0);
  return [...chapters].sort(
    (a, b) => (atStake.get(b.account.id) ?? 0) - (atStake.get(a.account.id) ?? 0) || target(b) - target(a) || a.account.name.localeCompare(b.account.name, 'zh-CN'),
  );
}
