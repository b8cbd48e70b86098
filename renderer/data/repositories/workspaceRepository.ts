/**
 * Whole-workspace reads and writes, used by export and import.
 *
 * replaceWorkspace() writes everything in ONE read-write transaction over every table: either the
 * new workspace is there completely, or (on any error, quota included) the old one is untouched.
 * Records are written in chunks, each awaited inside the transaction, so progress can be reported
 * and the transaction never auto-commits half way (it stays alive while requests are pending).
 */
import { SETTINGS_ID, type Settings } from '../../../shared/domain/settings';
import { TABLES, type TableName, type WorkspaceData, type WorkspaceTables, countRecords } from '../../../shared/domain/workspace';
import type { KeyplanDatabase } from '../database';

export const WRITE_CHUNK = 5_000;

export interface StoredWorkspace {
  settings: Settings;
  tables: WorkspaceTables;
}

function allTables(db: KeyplanDatabase) {
  return [db.settings, ...TABLES.map((t) => db.tableOf(t))];
}

export async function readWorkspace(db: KeyplanDatabase): Promise<StoredWorkspace> {
  return db.transaction('r', allTables(db), async () => {
    const settings = await db.settings.get(SETTINGS_ID);
    if (!settings) throw new Error('Settings are missing; ensureSettings() runs at start-up');
    const tables = {} as Record<TableName, unknown[]>;
    for (const table of TABLES) tables[table] = await db.tableOf(table).toArray();
    return { settings, tables: tables as WorkspaceTables };
  });
}

export async function countStoredRecords(db: KeyplanDatabase): Promise<number> {
  let total = 0;
  for (const table of TABLES) total += await db.tableOf(table).count();
  return total;
}

export interface ReplacementImpact {
  incoming: number;
  existing: number;
  /** Existing records that the import removes or overwrites with a different version. */
  replaced: number;
  /** PRODUCT.md: confirm any import that would replace more than half of the records. */
  needsConfirmation: boolean;
}

/** Compares by id and `updatedAt`: a record with the same id and timestamp is the same version. */
export async function replacementImpact(db: KeyplanDatabase, data: WorkspaceData): Promise<ReplacementImpact> {
  let existing = 0;
  let replaced = 0;
  for (const table of TABLES) {
    const incoming = new Map<string, string>();
    for (const record of data[table]) incoming.set(record.id, record.updatedAt);
    await db.tableOf(table).each((record) => {
      existing += 1;
      if (incoming.get(record.id) !== record.updatedAt) replaced += 1;
    });
  }
  return { incoming: countRecords(data), existing, replaced, needsConfirmation: replaced * 2 > existing };
}

export type WriteProgress = (done: number, total: number) => void;

export async function replaceWorkspace(db: KeyplanDatabase, data: WorkspaceData, onProgress: WriteProgress = () => undefined): Promise<number> {
  const total = countRecords(data);
  let done = 0;
  await db.transaction('rw', allTables(db), async () => {
    await db.settings.clear();
    for (const table of TABLES) await db.tableOf(table).clear();
    await db.settings.put(data.settings);
    onProgress(done, total);
    for (const table of TABLES) {
      const records = data[table] as { id: string }[];
      const target = db.tableOf(table) as unknown as { bulkAdd(items: readonly unknown[]): Promise<unknown> };
      for (let start = 0; start < records.length; start += WRITE_CHUNK) {
        const chunk = records.slice(start, start + WRITE_CHUNK);
        await target.bulkAdd(chunk);
        done += chunk.length;
        onProgress(done, total);
      }
    }
  });
  return total;
}
