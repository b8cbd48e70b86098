/**
 * What a merge keeps in the database besides the records: this workspace's identity (the `source` of
 * the files it exports), the per-source merge bases, and the write of a finished merge.
 *
 * The write stores only what the merge changed (a table it changes mostly is cleared and written
 * whole instead: IndexedDB adds into an empty store faster than it replaces records one by one), in
 * ONE read-write transaction that first checks the table revisions read with the preview: if
 * anything was written since (another window, an import),
 * nothing is written and the person previews again — a merge never lays an old preview over newer
 * typing. Like replaceWorkspace it talks to IndexedDB directly and sends one "everything changed".
 */
import Dexie from 'dexie';
import { newId } from '../../../shared/domain/common';
import { TABLES, countRecords } from '../../../shared/domain/workspace';
import type { AnyRecord } from '../../../shared/merge/mergeWorkspaces';
import type { MergeHistory } from '../../../shared/merge/mergeHistory';
import type { FinishedMerge } from '../../../shared/merge/mergePlan';
import type { FileHistory } from '../../../shared/fileFormat/envelope';
import { digestsRecordFor } from './accountDigestsRepository';
import type { KeyplanDatabase } from '../database';
import type { AncestorRecord, AncestryRecord, MergeBaseRecord, MergeSeenRecord, MetaRecord, RevisionsRecord, WorkspaceIdentityRecord } from '../schema';
import { ancestorId } from '../middleware/ancestorKeeper';
import { REVISIONS_ID } from './writeTransaction';
import { everythingChanged, IDENTITY_ID, PROGRESS_STEP, STORED_TABLES, type WriteProgress } from './workspaceRepository';

const seenId = (source: string | null): MergeSeenRecord['id'] => (source === null ? 'merge-seen' : `merge-seen:${source}`);
const sourceOfId = (id: string, prefix: string): string | null => (id === prefix ? null : id.slice(prefix.length + 1));
export const ANCESTRY_ID = 'ancestry';

/** This workspace's id, made on first use and kept across imports (replaceWorkspace puts it back). */
export async function workspaceIdentity(db: KeyplanDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const known = await db.meta.get(IDENTITY_ID);
    if (known?.id === IDENTITY_ID) return known.workspaceId;
    const record: WorkspaceIdentityRecord = { id: IDENTITY_ID, workspaceId: newId() };
    await db.meta.put(record);
    return record.workspaceId;
  });
}

/** Everything the workspace remembers for three-way merges (shared/merge/mergeHistory.ts), in one read. */
export async function readMergeHistory(db: KeyplanDatabase): Promise<MergeHistory> {
  return db.transaction('r', db.meta, async () => {
    const ancestors = new Map<string, AnyRecord>();
    await db.meta.where('id').startsWith('ancestor:').each((r) => {
      if ('record' in r) ancestors.set(r.id.slice('ancestor:'.length), r.record);
    });
    const seen = new Map<string | null, Map<string, AnyRecord>>();
    await db.meta.where('id').startsWith('merge-seen').each((r) => {
      if ('records' in r && r.id.startsWith('merge-seen')) seen.set(sourceOfId(r.id, 'merge-seen'), new Map(Object.entries(r.records as MergeSeenRecord['records'])));
    });
    const stamps = new Map<string | null, Map<string, string>>();
    await db.meta.where('id').startsWith('merge-base').each((r) => {
      if ('records' in r && r.id.startsWith('merge-base')) stamps.set(sourceOfId(r.id, 'merge-base'), new Map(Object.entries(r.records as MergeBaseRecord['records'])));
    });
    const ancestry = await db.meta.get(ANCESTRY_ID);
    return { pristineFrom: ancestry && 'pristineFrom' in ancestry ? ancestry.pristineFrom : undefined, ancestors, seen, stamps };
  });
}

/** The history as a file carries it (envelope.ts); `accept` keeps only the records a slice holds. */
export function fileHistoryOf(history: MergeHistory, accept: (key: string) => boolean = () => true): FileHistory {
  const entry = (key: string, record: AnyRecord) => ({ table: key.slice(0, key.indexOf('/')) as FileHistory['ancestors'][number]['table'], record });
  return {
    ...(history.pristineFrom !== undefined ? { pristineFrom: history.pristineFrom } : {}),
    ancestors: [...history.ancestors].filter(([key]) => accept(key)).map(([key, record]) => entry(key, record)),
    seen: [...history.seen].flatMap(([source, records]) => [...records].filter(([key]) => accept(key)).map(([key, record]) => ({ source, ...entry(key, record) }))),
  };
}

/**
 * The `meta` records a replacing import leaves: a file of this very workspace (a restore point, a
 * backup) brings its history back whole; anyone else's starts a new line — its records are as they came.
 */
export function historyRecordsAfterImport(file: { source?: string; history?: FileHistory }, ownId: string | null): MetaRecord[] {
  if (file.source === undefined || file.source !== ownId || !file.history) return [{ id: ANCESTRY_ID, pristineFrom: file.source ?? null } satisfies AncestryRecord];
  const { history } = file;
  const records: MetaRecord[] = [];
  if (history.pristineFrom !== undefined) records.push({ id: ANCESTRY_ID, pristineFrom: history.pristineFrom } satisfies AncestryRecord);
  for (const { table, record } of history.ancestors) records.push({ id: ancestorId(table, record.id), record: record as AnyRecord } satisfies AncestorRecord);
  const seen = new Map<string | null, MergeSeenRecord>();
  for (const { source, table, record } of history.seen ?? []) {
    const kept = seen.get(source) ?? { id: seenId(source), records: {} };
    kept.records[`${table}/${record.id}`] = record;
    seen.set(source, kept);
  }
  return [...records, ...seen.values()];
}

/** The merge could not be written because the workspace changed after the preview was computed. */
export class ChangedSincePreviewError extends Error {
  constructor() {
    super('The workspace changed after the merge preview');
    this.name = 'ChangedSincePreviewError';
  }
}

const sameRevisions = (a: RevisionsRecord['tables'], b: RevisionsRecord['tables']): boolean => STORED_TABLES.every((t) => a[t] === b[t]);

/** Writes a finished merge if the workspace is still as previewed (`revisions`); returns the records written. */
export async function writeMerge(db: KeyplanDatabase, merge: FinishedMerge, revisions: RevisionsRecord['tables'], onProgress: WriteProgress = () => undefined): Promise<number> {
  await db.open();
  const idb = db.backendDB();
  // Per table: the records to put, and whether the table is rewritten whole.
  const plan = TABLES.map((table) => {
    const whole = merge.changed[table].length * 2 > merge.tables[table].length;
    return { table, whole, records: whole ? merge.tables[table] : merge.changed[table] };
  }).filter((step) => merge.changed[step.table].length > 0);
  const total = plan.reduce((sum, step) => sum + step.records.length, 0);
  onProgress(0, total);
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction([...STORED_TABLES, 'meta'], 'readwrite', { durability: 'strict' });
    let refused: Error | null = null;
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(refused ?? tx.error ?? new DOMException('The merge was aborted', 'AbortError'));
    const meta = tx.objectStore('meta');
    const check = meta.get(REVISIONS_ID);
    check.onsuccess = () => {
      try {
        const stored = (check.result as RevisionsRecord | undefined)?.tables ?? {};
        if (!sameRevisions(stored, revisions)) {
          refused = new ChangedSincePreviewError();
          tx.abort();
          return;
        }
        const next: RevisionsRecord = { id: REVISIONS_ID, tables: { ...stored } };
        if (merge.settingsChanged) {
          tx.objectStore('settings').put(merge.settings);
          next.tables.settings = newId();
        }
        let done = 0;
        for (const { table, whole, records } of plan) {
          next.tables[table] = newId();
          const store = tx.objectStore(table);
          if (whole) store.clear();
          for (const record of records) {
            const request = whole ? store.add(record) : store.put(record);
            done += 1;
            if (done % PROGRESS_STEP === 0 || done === total) {
              const reached = done;
              request.onsuccess = () => onProgress(reached, total);
            }
          }
        }
        meta.put(next);
        // The merged tables are at hand whole: the matrix's account digests are stored with them.
        if (merge.changed.accounts.length > 0 || merge.changed.whitespaceCells.length > 0) meta.put(digestsRecordFor(next.tables, merge.tables.accounts, merge.tables.whitespaceCells));
        // The history the next merge starts from: what each source sent, and the versions this merge replaced.
        for (const [source, records] of merge.history.seen) {
          const id = seenId(source);
          const previous = meta.get(id);
          previous.onsuccess = () => {
            const kept = (previous.result as MetaRecord | undefined) ?? null;
            meta.put({ id, records: { ...(kept && 'records' in kept ? (kept.records as MergeSeenRecord['records']) : {}), ...Object.fromEntries(records) } } satisfies MergeSeenRecord);
          };
        }
        for (const [key, record] of merge.history.ancestors) meta.put({ id: `ancestor:${key}`, record } satisfies AncestorRecord);
      } catch (error) {
        refused = error instanceof Error ? error : new Error(String(error));
        tx.abort();
      }
    };
  });
  Dexie.on.storagemutated.fire(everythingChanged(db));
  return countRecords(merge.changed);
}
