/** Live reads of one account's decision chain and its snapshots. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ChartSnapshot } from '../../../shared/domain/chartSnapshot';
import type { ChainRecords } from '../../../shared/domain/decisionChainEdits';
import { db } from '../db';
import { readChain } from '../repositories/decisionChainRepository';

export function useStoredChain(accountId: string): ChainRecords | undefined {
  return useLiveQuery(() => readChain(db, accountId), [accountId]);
}

/** Snapshots newest first, without their frozen people (the list does not need them). */
export function useChartSnapshots(accountId: string): ChartSnapshot[] | undefined {
  return useLiveQuery(
    async () => (await db.chartSnapshots.where('accountId').equals(accountId).filter((s) => s.deletedAt === null).sortBy('takenAt')).reverse(),
    [accountId],
  );
}
