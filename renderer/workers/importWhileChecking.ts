/**
 * An import into an empty workspace, written while it is checked (the worker's fast path): each
 * record goes to IndexedDB as soon as it passed restore()'s schema for its table, so the storage
 * process writes the first records while the worker checks the later ones, and the import takes
 * about as long as the writes alone. The checks across records run at the end, inside the same
 * transaction; if anything fails the transaction is dropped whole (nothing was there to lose, and
 * nothing is left half-written) and the caller falls back to restore() for its verdict.
 */
import { countRecords, type WorkspaceData } from '../../shared/domain/workspace';
import { documentRecordCount, restoreRecordByRecord } from '../../shared/fileFormat/restoreRecordByRecord';
import type { RestoreResult } from '../../shared/fileFormat/restore';
import type { KeyplanDatabase } from '../data/database';
import type { RevisionsRecord } from '../data/schema';
import { replaceWorkspaceWhileChecking, type RecordToAdd } from '../data/repositories/workspaceRepository';
import { historyRecordsAfterImport } from '../data/repositories/mergeRepository';
import { spaceProblem, type SpaceEstimate } from '../data/storageSpace';
import type { WorkerResponse } from './workspaceWorkerProtocol';

export type StraightImport =
  | { kind: 'imported'; data: WorkspaceData; revisions: RevisionsRecord['tables'] }
  /** Problems across records: posted as restore() words them. */
  | { kind: 'refused' }
  /** Not taken this way (or no room): nothing was written; the usual path decides. */
  | { kind: 'not-taken' };

/** `space`: the browser's storage estimate; `fileBytes`: the file's size, for the room check. */
export async function importWhileChecking(db: KeyplanDatabase, document: unknown, room: { space: SpaceEstimate | null; fileBytes: number }, post: (message: WorkerResponse) => void): Promise<StraightImport> {
  // The usual path words the lack of room; here it only means "not this way".
  if (spaceProblem(room.space, room.fileBytes, 0)) return { kind: 'not-taken' };
  const total = documentRecordCount(document);
  const records = restoreRecordByRecord(document);
  // The verdict, kept as the records are drawn (a holder, so the type checker sees it change).
  const outcome: { verdict: RestoreResult | null } = { verdict: null };
  const checkedRecords: Iterator<RecordToAdd, Extract<RestoreResult, { ok: true }> | null, undefined> = {
    next: () => {
      const next = records.next();
      if (!next.done) return next;
      outcome.verdict = next.value;
      return { done: true, value: next.value?.ok ? next.value : null };
    },
  };
  // Checking and writing interleave: the dialog says "checking" until the first records are stored,
  // then counts the stored ones (one phase at a time, so its text and bar never jump back).
  post({ type: 'progress', phase: 'validating', done: 0, total });
  const replaced = await replaceWorkspaceWhileChecking(
    db,
    total,
    checkedRecords,
    (done) => done > 0 && post({ type: 'progress', phase: 'writing', done, total }),
    (ownId, checked) => (checked ? historyRecordsAfterImport(checked.envelope, ownId) : []),
  );
  if (!replaced) {
    const refused = outcome.verdict;
    if (refused === null || refused.ok) return { kind: 'not-taken' };
    post({ type: 'refused', problems: refused.problems, total: refused.total });
    return { kind: 'refused' };
  }
  const { data, envelope } = replaced.checked;
  const incoming = countRecords(data);
  const summary = { incoming, existing: 0, replaced: 0, needsConfirmation: false, emptied: [], redacted: envelope.redacted, contactsLeftOut: envelope.contactsLeftOut, coachesHidden: envelope.coachesHidden, migratedFrom: null };
  post({ type: 'imported', count: replaced.written, summary });
  return { kind: 'imported', data, revisions: replaced.revisions };
}
