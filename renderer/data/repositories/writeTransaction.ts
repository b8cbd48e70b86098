/**
 * The one way repositories open a read-write transaction. Besides the tables it writes, it takes
 * the `meta` store and gives every written table a fresh revision inside the same transaction, so
 * the revision changes if and only if the write commits.
 */
import type { Table } from 'dexie';
import { newId } from '../../../shared/domain/common';
import type { KeyplanDatabase } from '../database';
import type { MetaRecord, RevisionsRecord, StoredTable } from '../schema';
import { digestTablesFor, patchAccountDigests } from './accountDigestPatch';

export const REVISIONS_ID = 'revisions';

const tablesOf = (record: MetaRecord | undefined): RevisionsRecord['tables'] => (record?.id === REVISIONS_ID ? record.tables : {});

/** Gives each of `tables` a fresh revision; returns the revisions before and after. */
export async function bumpRevisions(db: KeyplanDatabase, tables: readonly StoredTable[]): Promise<{ before: RevisionsRecord['tables']; after: RevisionsRecord['tables'] }> {
  const before = tablesOf(await db.meta.get(REVISIONS_ID));
  const next: RevisionsRecord = { id: REVISIONS_ID, tables: { ...before } };
  for (const table of tables) next.tables[table] = newId();
  await db.meta.put(next);
  return { before, after: next.tables };
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
  const read = [...alsoRead, ...digestTablesFor(tables)].filter((t, i, all) => !tables.includes(t) && all.indexOf(t) === i);
  const stores: Table[] = [...tables.map(storeOf), ...read.map(storeOf), db.meta];
  return db.transaction('rw', stores, async () => {
    const result = await work();
    const { before, after } = await bumpRevisions(db, tables);
    await patchAccountDigests(db, before, after);
    return result;
  });
}
