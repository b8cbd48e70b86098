/**
 * Putting a PlanContext together from its parts, in one place for the two ways the plan gets them:
 * the whole workspace (usePlanContext) and just the first screen's rows (useFirstScreenContext).
 */
import type { Account } from '../../../shared/domain/account';
import type { MatrixQuadrant } from '../../../shared/domain/codes';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { Settings } from '../../../shared/domain/settings';
import type { TeamMember } from '../../../shared/domain/team';
import { todayIsoDate } from '../../../shared/domain/common';
import { pipelineByAccountProduct, type PipelineFigures } from '../../../shared/methods/planRisk';
import { indexByName, normalizeName, type PlanContext } from './planContext';

export function accountMapsOf(accounts: readonly Account[]): { byId: Map<string, Account>; byName: Map<string, Account[]> } {
  return { byId: new Map(accounts.map((a) => [a.id, a])), byName: indexByName(accounts) };
}

/** The live members sorted by name (what useTeamMembers reads), taken from the directory already read. */
export function liveMembersByName(team: ReadonlyMap<string, TeamMember>): TeamMember[] {
  return [...team.values()].filter((m) => m.deletedAt === null).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Live members by their normalised name (pasted owners are matched by name). */
export function teamByNameOf(team: ReadonlyMap<string, TeamMember> | undefined): Map<string, TeamMember> {
  const map = new Map<string, TeamMember>();
  for (const member of team?.values() ?? []) if (member.deletedAt === null) map.set(normalizeName(member.name), member);
  return map;
}

export function pipelineOf(opportunities: readonly Opportunity[], year: number, settings: Settings): Map<string, PipelineFigures> {
  return pipelineByAccountProduct(opportunities, year, settings.stageProbabilities);
}

export interface PlanContextParts {
  locale: string;
  settings: Settings;
  accounts: { byId: ReadonlyMap<string, Account>; byName: ReadonlyMap<string, Account[]> };
  team: ReadonlyMap<string, TeamMember>;
  teamByName: ReadonlyMap<string, TeamMember>;
  pipeline: ReadonlyMap<string, PipelineFigures>;
  quadrants: ReadonlyMap<string, MatrixQuadrant> | null;
}

export function planContextOf(parts: PlanContextParts): PlanContext {
  return {
    locale: parts.locale,
    currency: parts.settings.currency,
    moneyDisplay: parts.settings.moneyDisplay,
    accounts: parts.accounts.byId,
    accountsByName: parts.accounts.byName,
    team: parts.team,
    teamByName: parts.teamByName,
    pipeline: parts.pipeline,
    quadrants: parts.quadrants,
    marginPercent: parts.settings.riskMarginPercent,
    today: todayIsoDate(),
    derived: new WeakMap(),
  };
}
