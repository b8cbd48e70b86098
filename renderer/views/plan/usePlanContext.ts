/**
 * Builds the PlanContext from live data: accounts, team, opportunities (weighted pipeline for the
 * year), decision chains and purchase potentials (matrix quadrant) and settings. The whole
 * workspace's accounts, deals, chain standings and white-space cells are read only once `enabled`
 * (after the first screen of rows has been painted with useFirstScreenContext); until then the
 * quadrant column is empty rather than wrong.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import type { Settings } from '../../../shared/domain/settings';
import type { TeamMember } from '../../../shared/domain/team';
import { useChainStandings } from '../../data/hooks/chainStandingHooks';
import { useAccounts, useOpportunities } from '../../data/hooks/workspaceHooks';
import { effectiveQuadrants } from '../../../shared/methods/matrixModel';
import { usePurchasePotentials } from '../../data/hooks/potentialHooks';
import type { PlanContext } from './planContext';
import { accountMapsOf, pipelineOf, planContextOf, teamByNameOf } from './planContextParts';

export interface FullPlanContext {
  ctx: PlanContext | undefined;
  /** The live accounts (the add-row dialog offers them), once read. */
  accounts: Account[] | undefined;
}

/** `settings` and `team` (the directory) are read by the plan once, for this and the first screen's context. */
export function usePlanContext(year: number, enabled: boolean, settings: Settings, team: ReadonlyMap<string, TeamMember> | undefined): FullPlanContext {
  const { i18n } = useTranslation();
  const accounts = useAccounts(enabled);
  const opportunities = useOpportunities(enabled);
  // Read with the accounts: the quadrant column waits for them anyway, and the standings record (one
  // entry per account) grows with the workspace, which the first screen's reads must not.
  const standings = useChainStandings(enabled);
  const locale = i18n.language;

  const accountMaps = useMemo(() => (accounts ? accountMapsOf(accounts) : undefined), [accounts]);
  const teamByName = useMemo(() => teamByNameOf(team), [team]);
  const pipeline = useMemo(() => (opportunities ? pipelineOf(opportunities, year, settings) : undefined), [opportunities, settings, year]);
  const potentials = usePurchasePotentials(accounts, year, enabled);
  const quadrants = useMemo(
    () => (accounts && standings && potentials ? effectiveQuadrants(accounts, standings, settings.matrix, potentials) : null),
    [accounts, standings, settings, potentials],
  );

  const ctx = useMemo(
    (): PlanContext | undefined =>
      accountMaps && team && pipeline ? planContextOf({ locale, settings, accounts: accountMaps, team, teamByName, pipeline, quadrants }) : undefined,
    [accountMaps, locale, pipeline, quadrants, settings, team, teamByName],
  );
  return { ctx, accounts };
}
