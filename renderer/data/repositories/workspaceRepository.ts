/**
 * Whole-workspace reads and writes, used by export and import.
 *
 * replaceWorkspace() writes everything in ONE read-write IndexedDB transaction over every store:
 * either the new workspace is there completely, or (on any error, quota included) the old one is
 * untouched. It talks to IndexedDB directly rather than through Dexie's bulk methods: for 100,000
 * records Dexie's per-key change tracking made the write ~1.5× slower and then shipped every key to
 * the UI thread (a 275 ms freeze). Instead, when the transaction commits, one "everything changed"
 * signal goes out through Dexie's public storagemutated event, so live queries in every window
 * re-read once. Revisions of every table change in the same transaction (see writeTransaction.ts).
 */
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { Account } from '../../../shared/domain/account';
import { newId } from '../../../shared/domain/common';
import type { WhitespaceCell } from '../../../shared/domain/renewal';
import { SETTINGS_ID, type Settings } from '../../../shared/domain/settings';
import { TABLES, type TableName, type WorkspaceData, type WorkspaceTables, countRecords } from '../../../shared/domain/workspace';
import { contentHash } from '../../../shared/fileFormat/contentHash';
import type { KeyplanDatabase } from '../database';
import type { MetaRecord, RevisionsRecord, StoredTable } from '../schema';

/** `meta` key of this workspace's id (mergeRepository.ts); here because a replace keeps it. */
export const IDENTITY_ID = 'workspace-identity';
import { REVISIONS_ID } from './writeTransaction';
import { digestsRecordFor } from './accountDigestsRepository';

/** Progress is reported every this many records. */
export const PROGRESS_STEP = 5_000;

export const STORED_TABLES: readonly StoredTable[] = ['settings', ...TABLES];

export interface StoredWorkspace {
  settings: Settings;
  tables: WorkspaceTables;
  /** The table revisions of this read (one transaction): a later write can tell whether anything changed since. */
  revisions: RevisionsRecord['tables'];
}

export async function readWorkspace(db: KeyplanDatabase): Promise<StoredWorkspace> {
  return db.transaction('r', [db.settings, db.meta, ...TABLES.map((t) => db.tableOf(t))], async () => {
    const settings = await db.settings.get(SETTINGS_ID);
    if (!settings) throw new Error('Settings are missing; ensureSettings() runs at start-up');
    const tables = {} as Record<TableName, unknown[]>;
    for (const table of TABLES) tables[table] = await db.tableOf(table).toArray();
    const revisions = await db.meta.get(REVISIONS_ID);
    return { settings, tables: tables as WorkspaceTables, revisions: revisions?.id === REVISIONS_ID ? revisions.tables : {} };
  });
}

export interface ReplacementImpact {
  incoming: number;
  existing: number;
  /** Existing records that the import removes or overwrites with a different version. */
  replaced: number;
  /** An import that would replace more than half of the records — or empty a table — asks first: a wrong file must not wipe a workspace unasked. */
  needsConfirmation: boolean;
  /** Tables the file does not hold at all, that the import would empty: with how many records each holds now. */
  emptied: { table: TableName; count: number }[];
}

/**
 * Compares by content: a stored record is kept only when the file holds the same id with the same
 * content (every field). A file that rewrites records but keeps their ids and timestamps replaces them.
 */
export async function replacementImpact(db: KeyplanDatabase, data: WorkspaceData, missing: readonly TableName[] = []): Promise<ReplacementImpact> {
  let existing = 0;
  let replaced = 0;
  const emptied: ReplacementImpact['emptied'] = [];
  for (const table of TABLES) {
    const incoming = new Map<string, number>();
    for (const record of data[table]) incoming.set(record.id, contentHash(record));
    let count = 0;
    await db.tableOf(table).each((record) => {
      count += 1;
      if (incoming.get(record.id) !== contentHash(record)) replaced += 1;
    });
    existing += count;
    // A file without the table at all (not an empty list): asked about by name, never emptied silently.
    if (missing.includes(table) && count > 0) emptied.push({ table, count });
  }
  return { incoming: countRecords(data), existing, replaced, needsConfirmation: replaced * 2 > existing || emptied.length > 0, emptied };
}

/** The tables a workspace file does not hold at all (its `data` has no such key), as it was read. */
export function tablesMissingFrom(document: unknown): TableName[] {
  const data = typeof document === 'object' && document !== null ? (document as { data?: unknown }).data : undefined;
  if (typeof data !== 'object' || data === null) return [];
  return TABLES.filter((table) => !(table in data));
}

export type WriteProgress = (done: number, total: number) => void;

export interface ReplaceResult {
  written: number;
  revisions: RevisionsRecord['tables'];
}

/**
 * Everything in `meta` goes with the replaced workspace (revisions, caches, merge bases: a replaced
 * workspace has no merge history) except this workspace's identity, which stays the same.
 */
export async function replaceWorkspace(db: KeyplanDatabase, data: WorkspaceData, onProgress: WriteProgress = () => undefined, history: HistoryAfterReplace = () => []): Promise<ReplaceResult> {
  function* everyRecord(): Generator<RecordToAdd, WorkspaceData, undefined> {
    yield { table: 'settings', record: data.settings };
    for (const table of TABLES) for (const record of data[table]) yield { table, record };
    return data;
  }
  const replaced = await replaceWorkspaceWhileChecking(db, countRecords(data), everyRecord(), onProgress, history);
  if (!replaced) throw new Error('replaceWorkspace: the records were refused');
  return replaced;
}

/** The merge history's `meta` records the replaced workspace starts with, given this workspace's own id. */
export type HistoryAfterReplace = (ownId: string | null) => readonly MetaRecord[];

/** One record for the replacing transaction, and its store. */
export interface RecordToAdd {
  table: StoredTable;
  record: object;
}

/** Records handed to IndexedDB per step: the next step's records are checked while it stores these. */
const RECORDS_PER_STEP = 2_000;

/**
 * replaceWorkspace() for records that are checked as they are written (an import into an empty
 * workspace): `records` yields each record once it passed its checks and finally returns what it
 * checked, or null when something failed — the one transaction is then aborted, nothing was written
 * and null is returned. The records are taken a step at a time: the next step is checked as soon as
 * IndexedDB has begun storing the last one, so the storage process writes while this thread checks,
 * and an import takes about as long as its writes alone. `total`: records to add (settings aside).
 */
export async function replaceWorkspaceWhileChecking<T>(
  db: KeyplanDatabase,
  total: number,
  records: Iterator<RecordToAdd, T | null, undefined>,
  onProgress: WriteProgress = () => undefined,
  history: (ownId: string | null, checked: T) => readonly MetaRecord[] = () => [],
): Promise<(ReplaceResult & { checked: T }) | null> {
  await db.open();
  const identity = await db.meta.get(IDENTITY_ID);
  const idb = db.backendDB();
  const revisions = Object.fromEntries(STORED_TABLES.map((t) => [t, newId()])) as RevisionsRecord['tables'];
  onProgress(0, total);
  const checked = await new Promise<{ value: T } | null>((resolve, reject) => {
    const tx = idb.transaction([...STORED_TABLES, 'meta'], 'readwrite', { durability: 'strict' });
    let outcome: { value: T } | null = null;
    let failure: Error | null = null;
    let refusedByChecks = false;
    tx.oncomplete = () => resolve(outcome);
    // Aborted because the records failed their checks: nothing written, null. Otherwise the storage's
    // own error (a full disk is a QuotaExceededError, which the app words as such), never "refused".
    tx.onabort = () => (refusedByChecks ? resolve(null) : reject(failure ?? tx.error ?? new DOMException('The import was aborted', 'AbortError')));
    const stores = new Map(STORED_TABLES.map((t) => [t, tx.objectStore(t)]));
    // The matrix's account digests are stored with what they come from, so its first open reads one record.
    const digestSources = { accounts: [] as Account[], cells: [] as WhitespaceCell[] };
    let done = 0;
    const step = () => {
      try {
        let first: IDBRequest | null = null;
        for (let n = 0; n < RECORDS_PER_STEP; n += 1) {
          const next = records.next();
          if (next.done) {
            if (next.value === null) {
              refusedByChecks = true;
              tx.abort();
            } else {
              tx.objectStore('meta').put(digestsRecordFor(revisions, digestSources.accounts, digestSources.cells));
              for (const record of history(identity?.id === IDENTITY_ID ? identity.workspaceId : null, next.value)) tx.objectStore('meta').put(record);
              outcome = { value: next.value };
            }
            return;
          }
          const { table, record } = next.value;
          // Records are yielded once they passed their table's checks: an accounts record is an Account.
          if (table === 'accounts') digestSources.accounts.push(record as Account);
          else if (table === 'whitespaceCells') digestSources.cells.push(record as WhitespaceCell);
          const request = (stores.get(table) ?? tx.objectStore(table)).add(record);
          first ??= request;
          if (table === 'settings') continue;
          done += 1;
          if (done % PROGRESS_STEP === 0 || done === total) {
            const reached = done;
            request.addEventListener('success', () => onProgress(reached, total));
          }
        }
        first?.addEventListener('success', step);
      } catch (error) {
        // A record IndexedDB cannot store (or a closed connection): nothing has been committed.
        failure = error instanceof Error ? error : new Error(String(error));
        tx.abort();
      }
    };
    try {
      for (const table of [...STORED_TABLES, 'meta']) tx.objectStore(table).clear();
      tx.objectStore('meta').put({ id: REVISIONS_ID, tables: revisions } satisfies RevisionsRecord);
      if (identity) tx.objectStore('meta').put(identity);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      tx.abort();
      return;
    }
    step();
  });
  if (!checked) return null;
  Dexie.on.storagemutated.fire(everythingChanged(db));
  return { written: total, revisions, checked: checked.value };
}

/** Dexie's own "every table and index changed" set, as it fires after creating a database. */
export function everythingChanged(db: KeyplanDatabase): ObservabilitySet {
  const parts: ObservabilitySet = {};
  const all = () => new RangeSet(-Infinity, [[[]]]);
  for (const table of db.tables) {
    for (const index of table.schema.indexes) if (index.name) parts[`idb://${db.name}/${table.name}/${index.name}`] = all();
    parts[`idb://${db.name}/${table.name}/`] = all();
    parts[`idb://${db.name}/${table.name}/:dels`] = all();
  }
  return parts;
}

/** How many records the workspace holds (settings aside), counted in one read. */
export async function storedRecordCount(db: KeyplanDatabase): Promise<number> {
  return db.transaction('r', TABLES.map((t) => db.tableOf(t)), async () => {
    let count = 0;
    for (const table of TABLES) count += await db.tableOf(table).count();
    return count;
  });
}
