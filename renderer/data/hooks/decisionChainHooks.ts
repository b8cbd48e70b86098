/** Live reads of one account's decision chain and its snapshots. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ChartSnapshot } from '../../../shared/domain/chartSnapshot';
import type { ChainRecords } from '../../../shared/domain/decisionChainEdits';
import { db } from '../db';
import { readChain } from '../repositories/decisionChainRepository';

/**
 * The account's live chain. A record that has not changed since the last read (same id and
 * `updatedAt`) comes back as the same object, so the chart can tell in O(1) which cards changed
 * after a write instead of treating all two thousand as new.
 */
export function useStoredChain(accountId: string): ChainRecords | undefined {
  const [seen] = useState(() => new Map<string, { updatedAt: string }>());
  return useLiveQuery(async () => {
    const chain = await readChain(db, accountId);
    return { stakeholders: chain.stakeholders.map((s) => reuse(seen, s)), links: chain.links.map((l) => reuse(seen, l)) };
  }, [accountId]);
}

function reuse<T extends { id: string; updatedAt: string }>(seen: Map<string, { updatedAt: string }>, record: T): T {
  const previous = seen.get(record.id);
  if (previous?.updatedAt === record.updatedAt) return previous as T;
  seen.set(record.id, record);
  return record;
}

/** Snapshots, newest first. */
export function useChartSnapshots(accountId: string): ChartSnapshot[] | undefined {
  return useLiveQuery(
    async () => (await db.chartSnapshots.where('accountId').equals(accountId).filter((s) => s.deletedAt === null).sortBy('takenAt')).reverse(),
    [accountId],
  );
}

