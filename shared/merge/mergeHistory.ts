/**
 * What a workspace remembers so that a merge can find, for each record of a file, the version both
 * sides started from (the common ancestor):
 * - `ancestors`: for every record changed here since it last came from outside (an import or a merge),
 *   the version before that change. A record without one is as it came. Files carry these, so the
 *   director's merge knows what each manager started from;
 * - `pristineFrom`: the workspace the untouched records came from (the last replacing import);
 * - `seen`: per source, the last version of each record that source sent and had changed — a newer
 *   common ancestor than what the file carries once a merge took (or settled) that change;
 * - `stamps`: the bases kept before content was (the `updatedAt` a merge ended with), still read.
 * Of all the candidates, the newest is the base: a history is one line per record.
 */
import type { TableName } from '../domain/workspace';
import { recordKey, type AnyRecord, type MergeInput } from './mergeWorkspaces';

export interface MergeHistory {
  /** undefined: the workspace never took a whole workspace from outside. */
  pristineFrom: string | null | undefined;
  ancestors: ReadonlyMap<string, AnyRecord>;
  seen: ReadonlyMap<string | null, ReadonlyMap<string, AnyRecord>>;
  stamps: ReadonlyMap<string | null, ReadonlyMap<string, string>>;
}

export const NO_HISTORY: MergeHistory = { pristineFrom: undefined, ancestors: new Map(), seen: new Map(), stamps: new Map() };

/** What a file says of where its records came from. */
export interface FileAncestry {
  source: string | null;
  /** The file's own ancestors by record key; undefined for files written before they were carried. */
  ancestors: ReadonlyMap<string, AnyRecord> | undefined;
}

const newest = (candidates: readonly AnyRecord[]): AnyRecord | undefined => candidates.reduce<AnyRecord | undefined>((best, r) => (best === undefined || r.updatedAt > best.updatedAt ? r : best), undefined);

/** The base of each of a file's records, from what the file carries and what this workspace remembers. */
export function baseFinder(history: MergeHistory, file: FileAncestry): MergeInput['baseOf'] {
  const seen = history.seen.get(file.source);
  const stamps = history.stamps.get(file.source);
  const sameOrigin = history.pristineFrom !== undefined && history.pristineFrom === file.source;
  return (table: TableName, record: AnyRecord, ours: AnyRecord | undefined) => {
    const key = recordKey(table, record.id);
    const candidates: AnyRecord[] = [];
    // A file that carries ancestors and none for this record has not changed it since it came.
    // (Unless it is newer than ours and differs: a record edited outside the app, whose base is unknown.)
    const carried = file.ancestors?.get(key);
    if (carried) candidates.push(carried);
    else if (file.ancestors && !(ours && record.updatedAt > ours.updatedAt)) candidates.push(record);
    const last = seen?.get(key);
    if (last) candidates.push(last);
    // Our untouched records came from the file's workspace: as we hold them (or held them before our change).
    if (sameOrigin && ours) candidates.push(history.ancestors.get(key) ?? ours);
    const stamp = stamps?.get(key);
    if (stamp !== undefined) {
      if (record.updatedAt === stamp) candidates.push(record);
      else if (ours?.updatedAt === stamp) candidates.push(ours);
    }
    return newest(candidates);
  };
}
