/**
 * Builds the PlanContext from live data: accounts, team, opportunities (weighted pipeline for the
 * year), decision chains and purchase potentials (matrix quadrant) and settings. The chains are read after the sheet has
 * painted; until then the quadrant column is empty rather than wrong.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../shared/domain/common';
import { pipelineByAccountProduct } from '../../../shared/methods/planRisk';
import { useChainStandings } from '../../data/hooks/chainStandingHooks';
import { useAccounts, useOpportunities, useSettings, useTeamDirectory } from '../../data/hooks/workspaceHooks';
import { effectiveQuadrants } from '../matrix/matrixModel';
import { usePurchasePotentials } from '../../data/hooks/potentialHooks';
import { indexByName, normalizeName, type PlanContext } from './planContext';

export function usePlanContext(year: number): PlanContext | undefined {
  const { i18n } = useTranslation();
  const accounts = useAccounts();
  const team = useTeamDirectory();
  const opportunities = useOpportunities();
  const standings = useChainStandings();
  const settings = useSettings();
  const locale = i18n.language;

  const accountMaps = useMemo(() => (accounts ? { byId: new Map(accounts.map((a) => [a.id, a])), byName: indexByName(accounts) } : undefined), [accounts]);
  const teamByName = useMemo(() => {
    const map = new Map<string, NonNullable<typeof team> extends Map<string, infer M> ? M : never>();
    for (const member of team?.values() ?? []) if (member.deletedAt === null) map.set(normalizeName(member.name), member);
    return map;
  }, [team]);
  const pipeline = useMemo(
    () => (opportunities && settings ? pipelineByAccountProduct(opportunities, year, settings.stageProbabilities) : undefined),
    [opportunities, settings, year],
  );
  const potentials = usePurchasePotentials(accounts, year);
  const quadrants = useMemo(
    () => (accounts && standings && settings && potentials ? effectiveQuadrants(accounts, standings, settings.matrix, potentials) : null),
    [accounts, standings, settings, potentials],
  );

  const ctx = useMemo((): PlanContext | undefined => {
    if (!accountMaps || !team || !pipeline || !settings) return undefined;
    return {
      locale,
      currency: settings.currency,
      moneyDisplay: settings.moneyDisplay,
      accounts: accountMaps.byId,
      accountsByName: accountMaps.byName,
      team,
      teamByName,
      pipeline,
      quadrants,
      marginPercent: settings.riskMarginPercent,
      today: todayIsoDate(),
      derived: new WeakMap(),
    };
  }, [accountMaps, locale, pipeline, quadrants, settings, team, teamByName]);
  return ctx;
}
