/**
 * Figures derived from whole tables and cached in `meta` (chain standings, account digests): valid
 * while the revisions of the tables they come from (changed by every write that commits, whoever
 * wrote) are those they were computed at. Storing one changes no revision, so a cache never looks
 * like a change of the workspace.
 */
import type { Table } from 'dexie';
import type { KeyplanDatabase } from '../database';
import type { MetaRecord, StoredTable } from '../schema';
import { revisionOf } from './revisionKey';
import { readRevisions } from './writeTransaction';

/**
 * Reads what `compute` needs (from `stores`) with the revisions in one read transaction, so they
 * agree; stores the result only if none of `tables` changed meanwhile (checked in the storing
 * transaction), otherwise reads again, up to three times — a value stored at an old revision would
 * only be found stale.
 */
export async function refreshDerived<T>(
  db: KeyplanDatabase,
  tables: readonly StoredTable[],
  stores: readonly Table[],
  compute: () => Promise<T>,
  toRecord: (revision: string, value: T) => MetaRecord,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const { revision, value } = await db.transaction('r', [...stores, db.meta], async () => {
      const [revisions, computed] = await Promise.all([readRevisions(db), compute()]);
      return { revision: revisionOf(revisions, tables), value: computed };
    });
    const stored = await db.transaction('rw', db.meta, async () => {
      if (revisionOf(await readRevisions(db), tables) !== revision) return false;
      await db.meta.put(toRecord(revision, value));
      return true;
    });
    if (stored || attempt === 3) return value;
  }
}
