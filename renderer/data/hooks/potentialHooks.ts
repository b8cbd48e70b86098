/**
 * Every account's purchase potential as the matrix reads it (drivers → whitespace → the plan's 购买潜力,
 * shared/methods/accountPotential.ts). The plan's part comes from the plan year's cached summary, not
 * from 100,000 plan rows; while the cache is stale it is computed once and the potentials follow.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { Account } from '../../../shared/domain/account';
import { todayIsoDate } from '../../../shared/domain/common';
import { purchasePotentials, type ResolvedPotential } from '../../../shared/methods/accountPotential';
import type { PlanYearSummary } from '../../../shared/methods/planYearSummary';
import { db } from '../db';
import { readPlanYearSummary, refreshPlanYearSummary } from '../repositories/planSummaryRepository';
import { sharedLiveQueryFamily } from './sharedLiveQuery';
import { preloadSettings } from './workspaceHooks';

const NO_PLAN: Readonly<Record<string, number>> = {};
let refreshing: Promise<unknown> | null = null;

const planYearSummaries = sharedLiveQueryFamily<PlanYearSummary | null>();
const planYearSummary = (year: number, today: string) => planYearSummaries(`${year} ${today}`, () => readPlanYearSummary(db, year, today));

/**
 * Starts reading the settings and then the plan year's summary, for a view about to show both
 * (sharedLiveQuery.ts): the year comes from the settings' own shared read, not a second one.
 */
export async function preloadPlanYearSummary(): Promise<void> {
  const settings = await preloadSettings();
  if (settings) await planYearSummary(settings.planYear, todayIsoDate()).preload();
}

/** The plan year's cached summary (null while it is being computed again, undefined before the first read). */
export function usePlanYearSummary(year: number | undefined): PlanYearSummary | null | undefined {
  const today = todayIsoDate();
  // Without a year the query is the one of no year: it reads nothing.
  const plan = planYearSummary(year ?? 0, today).use(year !== undefined);
  useEffect(() => {
    if (plan !== null || year === undefined || refreshing) return;
    // Storing the summary changes `meta`, which runs the query above again and finds it.
    refreshing = refreshPlanYearSummary(db, year, today).finally(() => {
      refreshing = null;
    });
  }, [plan, year, today]);
  return plan;
}

/**
 * Every live account's purchase potential (the matrix's vertical axis). `enabled` false reads nothing:
 * the white-space table has cells for every account, so a view's first screen must not wait for it
 * (traced on the plan at 300,000 rows: its one getAll held the window 70 ms before the first rows).
 */
export function usePurchasePotentials(accounts: readonly Account[] | undefined, year: number | undefined, enabled = true): Map<string, ResolvedPotential | null> | undefined {
  const whitespace = useLiveQuery(async () => (enabled ? await db.whitespaceCells.toArray() : undefined), [enabled]);
  const plan = usePlanYearSummary(enabled ? year : undefined);
  return useMemo(
    () => (accounts && whitespace ? purchasePotentials(accounts, whitespace, plan?.potentialByAccount ?? NO_PLAN) : undefined),
    [accounts, whitespace, plan],
  );
}
