/**
 * Every account's chain standing (shared/methods/chainStandings.ts), cached in `meta`: the matrix and
 * the plan's quadrant column need two numbers per account, not the 100,000 stakeholders they come
 * from. Valid while the stakeholders revision is the one it was computed at (derivedCache.ts).
 */
import { chainStandings, type ChainStandings } from '../../../shared/methods/chainStandings';
import type { KeyplanDatabase } from '../database';
import type { ChainStandingsRecord, StoredTable } from '../schema';
import { refreshDerived } from './derivedCache';
import { revisionOf } from './revisionKey';
import { readRevisions } from './writeTransaction';

const STANDINGS_ID: ChainStandingsRecord['id'] = 'chainStandings';
const FROM: readonly StoredTable[] = ['stakeholders'];

/** The cached standings when still valid, else null (then refreshChainStandings computes them). */
export async function readChainStandings(db: KeyplanDatabase): Promise<ChainStandings | null> {
  return db.transaction('r', db.meta, async () => {
    const [revisions, cached] = await Promise.all([readRevisions(db), db.meta.get(STANDINGS_ID)]);
    if (cached?.id !== STANDINGS_ID) return null;
    return cached.revision === revisionOf(revisions, FROM) ? cached.standings : null;
  });
}

/** Computes the standings from one read of the stakeholders and stores them (derivedCache.ts). */
export function refreshChainStandings(db: KeyplanDatabase): Promise<ChainStandings> {
  return refreshDerived(
    db,
    FROM,
    [db.stakeholders],
    async () => chainStandings(await db.stakeholders.toArray()),
    (revision, standings): ChainStandingsRecord => ({ id: STANDINGS_ID, revision, standings }),
  );
}
