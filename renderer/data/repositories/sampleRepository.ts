/**
 * The sample workspace: added in one transaction (first start), and removed in one — every record
 * whose id marks it as the sample, and everything the person added to the sample account meanwhile
 * (people, deals, visits …), so nothing is left pointing at it. The person's own accounts put under
 * the sample account leave that group; a sample team member still named by the person's own records
 * is kept rather than leaving them pointing at nobody.
 */
import { nowIso } from '../../../shared/domain/common';
import { TABLES, type TableName } from '../../../shared/domain/workspace';
import { buildSampleTables, isSampleId, SAMPLE_PREFIX, type SampleRequest } from '../../../shared/sample/sampleWorkspace';
import type { Table } from 'dexie';
import type { KeyplanDatabase } from '../database';
import { writeTransaction } from './writeTransaction';

/** Tables whose records belong to one account (all but the team and the accounts themselves). */
const ACCOUNT_TABLES = TABLES.filter((t): t is Exclude<TableName, 'teamMembers' | 'accounts'> => t !== 'teamMembers' && t !== 'accounts');

/** Whether the sample is in the workspace (its account, live). */
export async function hasSample(db: KeyplanDatabase): Promise<boolean> {
  const first = await db.accounts.where('id').startsWith(SAMPLE_PREFIX).filter((a) => a.deletedAt === null).first();
  return first !== undefined;
}

/** Adds the sample; does nothing when it is there already. Returns how many records were written. */
export async function addSample(db: KeyplanDatabase, request: SampleRequest): Promise<number> {
  const tables = buildSampleTables(request);
  return writeTransaction(db, TABLES, async () => {
    if ((await db.accounts.where('id').startsWith(SAMPLE_PREFIX).count()) > 0) return 0;
    let written = 0;
    for (const table of TABLES) {
      const records: readonly { id: string }[] = tables[table];
      // Each table gets its own records; TypeScript cannot follow the pairing through the loop.
      await (db.tableOf(table) as unknown as Table<{ id: string }, string>).bulkAdd([...records]);
      written += records.length;
    }
    return written;
  });
}

export interface SampleRemoval {
  removed: number;
  /** Sample team members kept because the person's own records name them. */
  keptMembers: number;
}

export async function removeSample(db: KeyplanDatabase): Promise<SampleRemoval> {
  return writeTransaction(db, TABLES, async () => {
    const accountIds = await db.accounts.where('id').startsWith(SAMPLE_PREFIX).primaryKeys();
    let removed = 0;
    for (const table of ACCOUNT_TABLES) {
      const store = db.tableOf(table);
      // The sample's own records and what the person added to the sample account.
      const ids = new Set<string>([...(await store.where('id').startsWith(SAMPLE_PREFIX).primaryKeys()), ...(await store.where('accountId').anyOf(accountIds).primaryKeys())]);
      await store.bulkDelete([...ids]);
      removed += ids.size;
    }
    const now = nowIso();
    await db.accounts.where('parentId').anyOf(accountIds).filter((a) => !isSampleId(a.id)).modify({ parentId: null, updatedAt: now });
    await db.accounts.bulkDelete(accountIds);
    removed += accountIds.length;

    const memberIds = await db.teamMembers.where('id').startsWith(SAMPLE_PREFIX).primaryKeys();
    const named = new Set<string>();
    for (const store of [db.accounts, db.stakeholders, db.opportunities, db.planRows]) {
      for (const owner of await store.where('ownerId').anyOf(memberIds).keys()) if (typeof owner === 'string') named.add(owner);
    }
    const members = new Set(memberIds);
    await db.activities.each((a) => a.teamMemberIds.forEach((m) => members.has(m) && named.add(m)));
    await db.planRows.each((r) => r.milestones.forEach((m) => m.ownerId !== null && members.has(m.ownerId) && named.add(m.ownerId)));
    const gone = memberIds.filter((m) => !named.has(m));
    await db.teamMembers.bulkDelete(gone);
    return { removed: removed + gone.length, keptMembers: memberIds.length - gone.length };
  });
}
