/**
 * The matrix's reads: every live account's digest from the one record in `meta`
 * (accountDigestsRepository.ts) and each one's purchase potential with the plan's 购买潜力 added from
 * the plan year's cached summary — no account record, whitespace cell or plan row is read while both
 * caches are valid. While the digests are stale they are computed once and stored; the query then finds them.
 */
import { useMemo } from 'react';
import { withPlanPotential, type ResolvedPotential } from '../../../shared/methods/accountPotential';
import type { AccountDigest } from '../../../shared/methods/accountDigests';
import { readAccountDigests, refreshAccountDigests } from '../repositories/accountDigestsRepository';
import { derivedCacheHook } from './derivedCacheHook';
import { usePlanYearSummary } from './potentialHooks';

/** undefined before the first read; null while the digests are computed again (derivedCacheHook.ts). */
export const useAccountDigests = derivedCacheHook(readAccountDigests, refreshAccountDigests);

/** Each digest's potential: its own (drivers, whitespace), else the plan year's; undefined until both are read. */
export function useDigestPotentials(digests: readonly AccountDigest[] | null | undefined, year: number | undefined): Map<string, ResolvedPotential | null> | undefined {
  const plan = usePlanYearSummary(year);
  return useMemo(() => {
    if (!digests || plan === undefined || plan === null) return undefined;
    return new Map(digests.map((d) => [d.id, withPlanPotential(d.ownPotential, plan.potentialByAccount[d.id] ?? null)]));
  }, [digests, plan]);
}
