/**
 * Every account's chain standing, from the cache in `meta` (chainStandingsRepository.ts): a cold open
 * of the matrix or the plan reads one record instead of every stakeholder. While the cache is stale it
 * is computed once (one read of the stakeholders) and stored (derivedCacheHook.ts).
 */
import { readChainStandings, refreshChainStandings } from '../repositories/chainStandingsRepository';
import { derivedCacheHook } from './derivedCacheHook';

/** undefined before the first read; null while the standings are computed again. */
export const useChainStandings = derivedCacheHook(readChainStandings, refreshChainStandings);
