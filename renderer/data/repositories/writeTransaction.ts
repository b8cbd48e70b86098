/**
 * The one way repositories open a read-write transaction. Besides the tables it writes, it takes
 * the `meta` store and gives every written table a fresh revision inside the same transaction, so
 * the revision changes if and only if the write commits.
 */
import type { Table } from 'dexie';
import { newId } from '../../../shared/domain/common';
import type { KeyplanDatabase, MetaRecord, RevisionsRecord, StoredTable } from '../database';

export const REVISIONS_ID = 'revisions';

const tablesOf = (record: MetaRecord | undefined): RevisionsRecord['tables'] => (record?.id === REVISIONS_ID ? record.tables : {});

export async function bumpRevisions(db: KeyplanDatabase, tables: readonly StoredTable[]): Promise<void> {
  const next: RevisionsRecord = { id: REVISIONS_ID, tables: { ...tablesOf(await db.meta.get(REVISIONS_ID)) } };
  for (const table of tables) next.tables[table] = newId();
  await db.meta.put(next);
}

export async function readRevisions(db: KeyplanDatabase): Promise<RevisionsRecord['tables']> {
  return tablesOf(await db.meta.get(REVISIONS_ID));
}

/**
 * `alsoRead` names tables the work only reads (to check references): they join the transaction, so the
 * check and the write see the same data, but their revisions stay as they are.
 */
export function writeTransaction<R>(db: KeyplanDatabase, tables: readonly StoredTable[], work: () => Promise<R>, alsoRead: readonly StoredTable[] = []): Promise<R> {
  const storeOf = (t: StoredTable): Table => (t === 'settings' ? db.settings : db.tableOf(t));
  const stores: Table[] = [...tables.map(storeOf), ...alsoRead.filter((t) => !tables.includes(t)).map(storeOf), db.meta];
  return db.transaction('rw', stores, async () => {
    const result = await work();
    await bumpRevisions(db, tables);
    return result;
  });
}
