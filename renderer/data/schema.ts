/**
 * What the Keyplan database stores: its name, the record types of its tables and of `meta`, and the
 * index declarations of each version. Plain types and constants, so the middleware that watches every
 * write (middleware/) and the database class that installs it (database.ts) both read them without a circle.
 */
import type { AccountDigest } from '../../shared/methods/accountDigests';
import type { ChainStandings } from '../../shared/methods/chainStandings';
import type { RecordChange } from '../../shared/domain/undoSteps';
import type { PlanYearSummary } from '../../shared/methods/planYearSummary';
import type { TableName } from '../../shared/domain/workspace';

export const DATABASE_NAME = 'keyplan';

/** Every stored table: the workspace tables and the settings record. */
export type StoredTable = TableName | 'settings';

/**
 * Per-table revisions, changed in the same transaction as every write (writeTransaction.ts). A
 * reader that cached a table (the export worker) knows exactly which tables changed since,
 * whoever wrote them — another tab, the worker, this window — without trusting clocks.
 */
export interface RevisionsRecord {
  id: 'revisions';
  tables: Partial<Record<StoredTable, string>>;
}

/**
 * The home's summary of one plan year (planSummaryRepository), kept with the planRows revision it was
 * computed from and the day it was computed on: valid while both still hold. A cache, never exported.
 */
export interface PlanYearSummaryRecord {
  id: 'planYearSummary';
  year: number;
  today: string;
  revision: string;
  summary: PlanYearSummary;
}

/**
 * Per source workspace (`merge-base:<source id>`; `merge-base` for files without a source), per record
 * (`table/id`), the updatedAt the last merge from that source ended with: tells a concurrent edit from
 * an update (shared/merge/mergePlan.ts).
 */
export interface MergeBaseRecord {
  id: `merge-base:${string}` | 'merge-base';
  records: Record<string, string>;
}

/**
 * The merge history (shared/merge/mergeHistory.ts), kept in `meta`: one record per changed record's
 * ancestor (`ancestor:<table>/<id>`, written by ancestorKeeper.ts in the transaction that changes the
 * record), one per source with what it last sent (`merge-seen:<source>`, `merge-seen` for files
 * without one), and where the untouched records came from (`ancestry`).
 */
export interface AncestorRecord {
  id: `ancestor:${string}`;
  record: Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null };
}

export interface MergeSeenRecord {
  id: `merge-seen:${string}` | 'merge-seen';
  records: Record<string, Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null }>;
}

export interface AncestryRecord {
  id: 'ancestry';
  pristineFrom: string | null;
}

/** This workspace's own random id, written into the files it exports as their `source`. */
export interface WorkspaceIdentityRecord {
  id: 'workspace-identity';
  workspaceId: string;
}

/** Every account's chain standing (chainStandingsRepository.ts), valid at this stakeholders revision. */
export interface ChainStandingsRecord {
  id: 'chainStandings';
  revision: string;
  standings: ChainStandings;
}

/** Every live account's digest (accountDigestsRepository.ts), valid at these accounts|whitespaceCells revisions. */
export interface AccountDigestsRecord {
  id: 'accountDigests';
  revision: string;
  digests: readonly AccountDigest[];
}

/**
 * One undoable step (undoStepRepository.ts): its message, when it was taken, when it was undone, and
 * every record it changed before and after. The newest 20 are kept, so the way back survives a reload;
 * a replaced workspace starts without them.
 */
export interface UndoStepRecord {
  id: `undo-step:${string}`;
  text: string;
  at: string;
  undoneAt: string | null;
  changes: RecordChange[];
}

export type MetaRecord = UndoStepRecord | RevisionsRecord | PlanYearSummaryRecord | ChainStandingsRecord | AccountDigestsRecord | MergeBaseRecord | WorkspaceIdentityRecord | AncestorRecord | MergeSeenRecord | AncestryRecord;

/** Indexes are the lookups the views need; every other field is stored but not indexed. */
export const SCHEMA_V1: Record<StoredTable | 'meta', string> = {
  teamMembers: 'id, name',
  accounts: 'id, name, parentId, ownerId, tier, updatedAt',
  stakeholders: 'id, accountId, reportsToId, ownerId',
  influenceLinks: 'id, accountId, fromId, toId',
  competitors: 'id, accountId, opportunityId',
  opportunities: 'id, accountId, stage, ownerId, expectedClose',
  activities: 'id, accountId, date, nextStepDate',
  planRows: 'id, year, accountId, ownerId, [year+accountId]',
  contracts: 'id, accountId, opportunityId',
  renewals: 'id, accountId, period',
  whitespaceCells: 'id, accountId',
  chartSnapshots: 'id, accountId, takenAt',
  settings: 'id',
  meta: 'id',
};

/**
 * Version 4 adds `[tier+deletedAt]` to accounts. IndexedDB leaves out of an index every record whose key
 * is not a valid key, and null is not one, so this index holds only deleted accounts: live accounts per
 * tier = count(tier) − count(deleted with tier), two index counts that read no record (the home's first
 * figures with 5,000 accounts no longer wait for 5,000 records to arrive).
 */
export const SCHEMA_V4: Record<StoredTable | 'meta', string> = {
  ...SCHEMA_V1,
  accounts: `${SCHEMA_V1.accounts}, [tier+deletedAt]`,
};
