/**
 * Every account's chain standing, from the cache in `meta` (chainStandingsRepository.ts): a cold open
 * of the matrix or the plan reads one record instead of every stakeholder. While the cache is stale it
 * is computed once (one read of the stakeholders) and stored; the query then finds it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { ChainStandings } from '../../../shared/methods/chainStandings';
import { db } from '../db';
import { readChainStandings, refreshChainStandings } from '../repositories/chainStandingsRepository';

let refreshing: Promise<unknown> | null = null;

/** undefined before the first read; null while the standings are computed again. */
export function useChainStandings(): ChainStandings | null | undefined {
  const standings = useLiveQuery(() => readChainStandings(db), []);
  useEffect(() => {
    if (standings !== null || refreshing) return;
    // Storing the standings changes `meta`, which runs the query above again and finds them.
    refreshing = refreshChainStandings(db).finally(() => {
      refreshing = null;
    });
  }, [standings]);
  return standings;
}
