/**
 * Every account's chain standing (shared/methods/chainStandings.ts), cached in `meta`: the matrix and
 * the plan's quadrant column need two numbers per account, not the 100,000 stakeholders they come
 * from. Valid while the stakeholders revision (changed by every write that commits, whoever wrote)
 * is the one it was computed at; otherwise it is computed once from one read and stored again.
 */
import { chainStandings, type ChainStandings } from '../../../shared/methods/chainStandings';
import type { ChainStandingsRecord, KeyplanDatabase } from '../database';
import { readRevisions } from './writeTransaction';

const STANDINGS_ID: ChainStandingsRecord['id'] = 'chainStandings';

/** The cached standings when still valid, else null (then refreshChainStandings computes them). */
export async function readChainStandings(db: KeyplanDatabase): Promise<ChainStandings | null> {
  return db.transaction('r', db.meta, async () => {
    const [revisions, cached] = await Promise.all([readRevisions(db), db.meta.get(STANDINGS_ID)]);
    if (cached?.id !== STANDINGS_ID) return null;
    return cached.revision === (revisions.stakeholders ?? '') ? cached.standings : null;
  });
}

/**
 * Reads the stakeholders and their revision in one read transaction, computes the standings and stores
 * them only if no stakeholder changed meanwhile (checked in the storing transaction); otherwise reads
 * again, up to three times (standings stored at an old revision would only be found stale).
 */
export async function refreshChainStandings(db: KeyplanDatabase): Promise<ChainStandings> {
  for (let attempt = 1; ; attempt += 1) {
    const { revision, standings } = await db.transaction('r', db.stakeholders, db.meta, async () => {
      const [revisions, people] = await Promise.all([readRevisions(db), db.stakeholders.toArray()]);
      return { revision: revisions.stakeholders ?? '', standings: chainStandings(people) };
    });
    // A cache: written without a revision of its own, so it never looks like a change of the workspace.
    const stored = await db.transaction('rw', db.meta, async () => {
      if (((await readRevisions(db)).stakeholders ?? '') !== revision) return false;
      const record: ChainStandingsRecord = { id: STANDINGS_ID, revision, standings };
      await db.meta.put(record);
      return true;
    });
    if (stored || attempt === 3) return standings;
  }
}
