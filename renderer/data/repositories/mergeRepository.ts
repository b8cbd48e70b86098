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
import type { MergeBase } from '../../../shared/merge/mergeWorkspaces';
import type { FinishedMerge } from '../../../shared/merge/mergePlan';
import { digestsRecordFor } from './accountDigestsRepository';
import type { KeyplanDatabase, MergeBaseRecord, MetaRecord, RevisionsRecord, WorkspaceIdentityRecord } from '../database';
import { REVISIONS_ID } from './writeTransaction';
import { everythingChanged, IDENTITY_ID, PROGRESS_STEP, STORED_TABLES, type WriteProgress } from './workspaceRepository';

const baseId = (source: string | null): MergeBaseRecord['id'] => (source === null ? 'merge-base' : `merge-base:${source}`);

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

export async function readMergeBases(db: KeyplanDatabase, sources: readonly (string | null)[]): Promise<Map<string | null, MergeBase>> {
  const bases = new Map<string | null, MergeBase>();
  for (const source of new Set(sources)) {
    const record = await db.meta.get(baseId(source));
    bases.set(source, new Map(record && 'records' in record ? Object.entries(record.records) : []));
  }
  return bases;
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
        for (const [source, records] of merge.bases) {
          const id = baseId(source);
          const previous = meta.get(id);
          previous.onsuccess = () => {
            const kept = (previous.result as MetaRecord | undefined) ?? null;
            meta.put({ id, records: { ...(kept && 'records' in kept ? kept.records : {}), ...records } } satisfies MergeBaseRecord);
          };
        }
      } catch (error) {
        refused = error instanceof Error ? error : new Error(String(error));
        tx.abort();
      }
    };
  });
  Dexie.on.storagemutated.fire(everythingChanged(db));
  return countRecords(merge.changed);
}
