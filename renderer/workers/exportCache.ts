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
import { REDACTABLE_TABLES, assembleWorkspace, serializeTable, tableRedaction, type SerializeOptions } from '../../shared/fileFormat/serialize';
import { everyPerson } from '../../shared/report/redaction';
import type { KeyplanDatabase } from '../data/database';
import type { RevisionsRecord, StoredTable } from '../data/schema';
import { REVISIONS_ID } from '../data/repositories/writeTransaction';

interface CachedTable {
  /** The revision the JSON was built from; undefined when the table was never written. */
  revision: string | undefined;
  full: string;
  /**
   * `full` as a Blob, made when the table is read so that encoding it overlaps reading the next
   * tables; an export is then assembled from Blobs instead of encoding 64 MB of strings at the end.
   */
  blob: Blob | null;
  /** Tables that hold people: their JSON (as a Blob) with something left out, by what was left out. */
  variants: Map<string, BlobPart>;
  count: number;
  /**
   * A table with people, as just read: the next build makes its variant from these rather than
   * parsing `full` again, then lets them go (the cache keeps JSON, not records).
   */
  records?: readonly unknown[];
}

const NEVER_READ = Symbol('never read');

/** What an export leaves out of the tables with people. */
type VariantOptions = Pick<SerializeOptions, 'redact' | 'withoutContacts' | 'coachAlias'>;

const isLeftOut = (options: VariantOptions) => options.redact || options.withoutContacts === true || options.coachAlias !== undefined;

export class ExportCache {
  private readonly tables = new Map<StoredTable, CachedTable>();

  /** Fills the cache from a workspace just written with these revisions. */
  seed(data: WorkspaceData, revisions: RevisionsRecord['tables']): void {
    this.tables.set('settings', { revision: revisions.settings, full: JSON.stringify(data.settings), blob: null, variants: new Map(), count: 0 });
    for (const table of TABLES) this.store(table, revisions[table], data[table]);
  }

  clear(): void {
    this.tables.clear();
  }

  /**
   * Brings every stale table up to date from one consistent read of the database. Each table is
   * serialized as soon as its records arrive, while IndexedDB still reads the next ones: a cold
   * export costs about the reading plus the last table's serializing, not the two added up.
   * `wanted`: what the export about to be built leaves out — the tables with people are then made
   * in that form as they arrive too, instead of after everything has been read.
   */
  async refresh(db: KeyplanDatabase, wanted?: VariantOptions): Promise<void> {
    await db.open();
    const idb = db.backendDB();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(['meta', 'settings', ...TABLES], 'readonly');
      let failure: Error | null = null;
      const metaRequest = tx.objectStore('meta').get(REVISIONS_ID);
      metaRequest.onsuccess = () => {
        const revisions = (metaRequest.result as RevisionsRecord | undefined)?.tables ?? {};
        const stale = (['settings', ...TABLES] as StoredTable[]).filter((table) => {
          const cached = this.tables.get(table);
          const known: string | undefined | typeof NEVER_READ = cached ? cached.revision : NEVER_READ;
          return known === NEVER_READ || known !== revisions[table];
        });
        // What this export takes of the tables with people: the variant asked for, or their full JSON.
        const variantWanted = wanted !== undefined && isLeftOut(wanted);
        // Tables with people still to arrive: with coaches hidden, their variants need both.
        const peopleToCome = new Set<TableName>(stale.filter((table): table is TableName => table !== 'settings' && REDACTABLE_TABLES.has(table)));
        for (const table of stale) {
          const request = tx.objectStore(table).getAll();
          request.onsuccess = () => {
            try {
              const people = table !== 'settings' && REDACTABLE_TABLES.has(table);
              this.take(table, revisions[table], request.result as unknown[], !(variantWanted && people));
              if (people && peopleToCome.delete(table) && wanted && variantWanted) {
                if (wanted.coachAlias === undefined) this.variant(table, wanted);
                else if (peopleToCome.size === 0) for (const both of REDACTABLE_TABLES) this.variant(both, wanted);
              }
            } catch (error) {
              failure = error instanceof Error ? error : new Error(String(error));
              tx.abort();
            }
          };
        }
      };
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(failure ?? tx.error ?? new Error('Reading the workspace failed'));
    });
  }

  /**
   * One table's records as read from the database, at this revision. `fullBlob`: this export takes the
   * table's full JSON, so it is encoded now (a table with people an export leaves something out of is
   * encoded only if a later export asks for all of it).
   */
  private take(table: StoredTable, revision: string | undefined, records: unknown[], fullBlob: boolean): void {
    if (table === 'settings') {
      const settings = records[0] as Settings | undefined;
      if (!settings) throw new Error('Settings are missing; ensureSettings() runs at start-up');
      this.tables.set('settings', { revision, full: JSON.stringify(settings), blob: null, variants: new Map(), count: 0 });
    } else {
      // An export follows this read at once: its variant is made from these records, its file from the Blob.
      this.store(table, revision, records as WorkspaceTables[typeof table], { justRead: true, fullBlob });
    }
  }

  /** Takes the tables it lacks (or holds at another revision) from a whole read made elsewhere. */
  absorb(stored: { settings: Settings; tables: WorkspaceTables; revisions: RevisionsRecord['tables'] }): void {
    const settings = this.tables.get('settings');
    if (!settings || settings.revision !== stored.revisions.settings) {
      this.tables.set('settings', { revision: stored.revisions.settings, full: JSON.stringify(stored.settings), blob: null, variants: new Map(), count: 0 });
    }
    for (const table of TABLES) {
      const cached = this.tables.get(table);
      if (!cached || cached.revision !== stored.revisions[table]) this.store(table, stored.revisions[table], stored.tables[table]);
    }
  }

  /** The file's parts; call refresh() (or absorb()) first. */
  build(options: SerializeOptions): { parts: BlobPart[]; count: number } {
    const leftOut = isLeftOut(options);
    const parsed = new Map<TableName, unknown[]>();
    // With coaches hidden every table may name one in its texts: each is made without the names.
    const hiding = options.coachAlias !== undefined;
    const names = hiding ? this.redactionOf(options, parsed).names : [];
    const parts = assembleWorkspace<BlobPart>(
      options,
      this.entry('settings').full,
      (table) => {
        const cached = this.entry(table);
        if (!leftOut || (!REDACTABLE_TABLES.has(table) && !hiding)) return (cached.blob ??= new Blob([cached.full]));
        return this.variant(table, options, parsed);
      },
      names,
    );
    for (const table of REDACTABLE_TABLES) delete this.entry(table).records;
    return { parts, count: TABLES.reduce((sum, t) => sum + this.entry(t).count, 0) };
  }

  private entry(table: StoredTable): CachedTable {
    const cached = this.tables.get(table);
    if (!cached) throw new Error(`Table ${table} was not read`);
    return cached;
  }

  /**
   * A table with people as the export asks for it (personal files, contacts or coaches left out),
   * made once per revision and choice. Coaches are lettered over both tables with people, so with
   * coaches hidden the variant depends on both tables' revisions; otherwise on its own alone.
   */
  private variant(table: TableName, options: VariantOptions, parsed = new Map<TableName, unknown[]>()): BlobPart {
    const cached = this.entry(table);
    const revisions = options.coachAlias !== undefined ? [cached.revision, this.entry('stakeholders').revision, this.entry('chartSnapshots').revision] : [cached.revision];
    const key = JSON.stringify([options.redact, options.withoutContacts === true, options.coachAlias ?? null, ...revisions.map((r) => r ?? null)]);
    let made = cached.variants.get(key);
    if (made === undefined) {
      made = new Blob([serializeTable(table, this.records(table, parsed), this.redactionOf(options, parsed))]);
      cached.variants.set(key, made);
    }
    return made;
  }

  /** A table's records: the cache keeps JSON, not records, so a table not just read is parsed again. */
  private records<T extends TableName>(name: T, parsed: Map<TableName, unknown[]>): WorkspaceTables[T] {
    if (!parsed.has(name)) parsed.set(name, (this.entry(name).records ?? JSON.parse(this.entry(name).full)) as unknown[]);
    return parsed.get(name) as WorkspaceTables[T];
  }

  private redactionOf(options: VariantOptions, parsed: Map<TableName, unknown[]>) {
    return tableRedaction(options, () => everyPerson({ stakeholders: this.records('stakeholders', parsed), chartSnapshots: this.records('chartSnapshots', parsed) }));
  }

  private store<T extends TableName>(table: T, revision: string | undefined, records: WorkspaceTables[T], { justRead = false, fullBlob = justRead }: { justRead?: boolean; fullBlob?: boolean } = {}): void {
    const full = serializeTable(table, records);
    this.tables.set(table, {
      revision,
      full,
      blob: fullBlob ? new Blob([full]) : null,
      variants: new Map(),
      count: records.length,
      ...(justRead && REDACTABLE_TABLES.has(table) ? { records } : {}),
    });
  }
}
