/**
 * Deleting a record that nothing else depends on: a tombstone (deletedAt) rather than removal, so a
 * later merge-import sees the deletion, and the record as it was for undo.
 */
import type { Table } from 'dexie';
import { nowIso } from '../../../shared/domain/common';
import type { TableRecord } from '../../../shared/domain/workspace';
import type { KeyplanDatabase } from '../database';
import { writeTransaction } from './writeTransaction';

type LeafTable = 'opportunities' | 'activities' | 'chartSnapshots' | 'contracts';
type Stored = { id: string; deletedAt: string | null; updatedAt: string };

/**
 * The table seen through the fields a tombstone touches; Dexie's generic typing cannot index a
 * table chosen at run time, and every other field is carried over as-is by the spread.
 */
function leafTable(db: KeyplanDatabase, table: LeafTable): Table<Stored, string> {
  return db.tableOf(table) as unknown as Table<Stored, string>;
}

export async function tombstone<T extends LeafTable>(db: KeyplanDatabase, table: T, id: string): Promise<TableRecord<T>> {
  return writeTransaction(db, [table], async () => {
    const store = leafTable(db, table);
    const current = await store.get(id);
    if (!current || current.deletedAt !== null) throw new Error(`${table} ${id} does not exist`);
    const now = nowIso();
    await store.put({ ...current, deletedAt: now, updatedAt: now });
    return current as TableRecord<T>;
  });
}
