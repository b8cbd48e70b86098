/**
 * The plan's context for its first screen of rows only: their accounts and those accounts' deals,
 * read by key and by index — a few hundred records whether the workspace holds 10,000 plan rows or
 * 300,000 — so the first rows are drawn as soon as they are read. The whole workspace's context
 * (usePlanContext) follows once they have been painted; until then the sheet is read-only (typing,
 * pasting and deleting wait for the context that can check them against every account).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../../shared/domain/planRow';
import type { Settings } from '../../../shared/domain/settings';
import type { TeamMember } from '../../../shared/domain/team';
import { useErrorReporter } from '../../session/useErrorReporter';
import { db } from '../../data/db';
import { readPlanNeighbours } from '../../data/repositories/planRepository';
import type { PlanContext } from './planContext';
import { accountMapsOf, pipelineOf, planContextOf, teamByNameOf } from './planContextParts';

export function useFirstScreenContext(year: number, head: readonly PlanRow[] | null, settings: Settings, team: ReadonlyMap<string, TeamMember> | undefined): PlanContext | undefined {
  const { i18n } = useTranslation();
  const reportError = useErrorReporter();
  const [ctx, setCtx] = useState<PlanContext | undefined>(undefined);
  const locale = i18n.language;

  useEffect(() => {
    if (!head || !team) return;
    let cancelled = false;
    readPlanNeighbours(db, [...new Set(head.map((r) => r.accountId))])
      .then(({ accounts, opportunities }) => {
        if (cancelled) return;
        setCtx(planContextOf({ locale, settings, accounts: accountMapsOf(accounts), team, teamByName: teamByNameOf(team), pipeline: pipelineOf(opportunities, year, settings), quadrants: null }));
      })
      .catch(reportError);
    return () => {
      cancelled = true;
    };
  }, [head, locale, reportError, settings, team, year]);
  return ctx;
}
