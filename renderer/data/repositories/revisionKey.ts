/** The revisions of some tables as one key, to tell whether a cache derived from them is still valid. */
import type { RevisionsRecord, StoredTable } from '../schema';

/** One table: its revision alone (what the caches stored before there were keys of several). */
export function revisionOf(revisions: RevisionsRecord['tables'], tables: readonly StoredTable[]): string {
  return tables.map((t) => revisions[t] ?? '').join('|');
}
