/**
 * The export worker's cache: each table serialized as JSON, remembered with the table's revision.
 * An export reads the revisions and, in the same read transaction (one consistent snapshot),
 * re-reads only the tables whose revision changed. After an import the cache is filled from the
 * imported data directly. So exporting a large workspace costs building the file, not re-reading
 * IndexedDB, while an edit made anywhere — this window, another tab — is always included.
 */
import type { Settings } from '../../shared/domain/settings';
import type { TableName, WorkspaceData, WorkspaceTables } from '../../shared/domain/workspace';
import { TABLES } from '../../shared/domain/workspace';
import { REDACTABLE_TABLES, assembleWorkspace, serializeTable, type SerializeOptions } from '../../shared/fileFormat/serialize';
import type { KeyplanDatabase, RevisionsRecord, StoredTable } from '../data/database';
import { REVISIONS_ID } from '../data/repositories/writeTransaction';

interface CachedTable {
  /** The revision the JSON was built from; undefined when the table was never written. */
  revision: string | undefined;
  full: string;
  /** Only for tables that hold personal files. */
  redacted: string | null;
  count: number;
}

const NEVER_READ = Symbol('never read');

export class ExportCache {
  private readonly tables = new Map<StoredTable, CachedTable>();

  /** Fills the cache from a workspace just written with these revisions. */
  seed(data: WorkspaceData, revisions: RevisionsRecord['tables']): void {
    this.tables.set('settings', { revision: revisions.settings, full: JSON.stringify(data.settings), redacted: null, count: 0 });
    for (const table of TABLES) this.store(table, revisions[table], data[table]);
  }

  clear(): void {
    this.tables.clear();
  }

  /** Brings every stale table up to date from one consistent read of the database. */
  async refresh(db: KeyplanDatabase): Promise<void> {
    await db.open();
    const idb = db.backendDB();
    const fresh = await new Promise<{ revisions: RevisionsRecord['tables']; read: Map<StoredTable, unknown[]> }>((resolve, reject) => {
      const tx = idb.transaction(['meta', 'settings', ...TABLES], 'readonly');
      const read = new Map<StoredTable, unknown[]>();
      let revisions: RevisionsRecord['tables'] = {};
      const metaRequest = tx.objectStore('meta').get(REVISIONS_ID);
      metaRequest.onsuccess = () => {
        revisions = (metaRequest.result as RevisionsRecord | undefined)?.tables ?? {};
        for (const table of ['settings', ...TABLES] as StoredTable[]) {
          const cached = this.tables.get(table);
          const known: string | undefined | typeof NEVER_READ = cached ? cached.revision : NEVER_READ;
          if (known !== NEVER_READ && known === revisions[table]) continue;
          const request = tx.objectStore(table).getAll();
          request.onsuccess = () => read.set(table, request.result as unknown[]);
        }
      };
      tx.oncomplete = () => resolve({ revisions, read });
      tx.onabort = () => reject(tx.error ?? new Error('Reading the workspace failed'));
    });
    for (const [table, records] of fresh.read) {
      if (table === 'settings') {
        const settings = records[0] as Settings | undefined;
        if (!settings) throw new Error('Settings are missing; ensureSettings() runs at start-up');
        this.tables.set('settings', { revision: fresh.revisions.settings, full: JSON.stringify(settings), redacted: null, count: 0 });
      } else {
        this.store(table, fresh.revisions[table], records as WorkspaceTables[typeof table]);
      }
    }
  }

  /** Takes the tables it lacks (or holds at another revision) from a whole read made elsewhere. */
  absorb(stored: { settings: Settings; tables: WorkspaceTables; revisions: RevisionsRecord['tables'] }): void {
    const settings = this.tables.get('settings');
    if (!settings || settings.revision !== stored.revisions.settings) {
      this.tables.set('settings', { revision: stored.revisions.settings, full: JSON.stringify(stored.settings), redacted: null, count: 0 });
    }
    for (const table of TABLES) {
      const cached = this.tables.get(table);
      if (!cached || cached.revision !== stored.revisions[table]) this.store(table, stored.revisions[table], stored.tables[table]);
    }
  }

  /** The file's parts; call refresh() (or absorb()) first. */
  build(options: SerializeOptions): { parts: string[]; count: number } {
    const entry = (table: StoredTable) => {
      const cached = this.tables.get(table);
      if (!cached) throw new Error(`Table ${table} was not read`);
      return cached;
    };
    const parts = assembleWorkspace(options, entry('settings').full, (table) => {
      const cached = entry(table);
      return options.redact && cached.redacted !== null ? cached.redacted : cached.full;
    });
    return { parts, count: TABLES.reduce((sum, t) => sum + entry(t).count, 0) };
  }

  private store<T extends TableName>(table: T, revision: string | undefined, records: WorkspaceTables[T]): void {
    this.tables.set(table, {
      revision,
      full: serializeTable(table, records, false),
      redacted: REDACTABLE_TABLES.has(table) ? serializeTable(table, records, true) : null,
      count: records.length,
    });
  }
}
