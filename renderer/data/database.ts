/**
 * The Keyplan database: one typed Dexie subclass. Version declarations are append-only: never edit
 * a released `version(n)`; add `version(n + 1)` with its `upgrade()` and a fixture test
 * (tests/unit/renderer/databaseMigrations.test.ts opens a database created at every old version).
 *
 * Writes use strict durability so an acknowledged save survives a power cut (Chromium otherwise
 * reports success before the data reaches the disk).
 */
import type { AccountDigest } from '../../shared/methods/accountDigests';
import type { ChainStandings } from '../../shared/methods/chainStandings';
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { digestChangeTracker } from './repositories/accountDigestPatch';
import { ancestorKeeper } from './repositories/ancestorKeeper';
import { changeJournal } from './repositories/changeJournal';
import type { RecordChange } from '../../shared/domain/undoSteps';
import { settingsSchema, type Settings } from '../../shared/domain/settings';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { PlanYearSummary } from '../../shared/methods/planYearSummary';
import type { TableName, TableRecord } from '../../shared/domain/workspace';

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

type Tables = { [T in TableName]: EntityTable<TableRecord<T>, 'id'> };

export class KeyplanDatabase extends Dexie {
  declare teamMembers: Tables['teamMembers'];
  declare accounts: Tables['accounts'];
  declare stakeholders: Tables['stakeholders'];
  declare influenceLinks: Tables['influenceLinks'];
  declare competitors: Tables['competitors'];
  declare opportunities: Tables['opportunities'];
  declare activities: Tables['activities'];
  declare planRows: Tables['planRows'];
  declare contracts: Tables['contracts'];
  declare renewals: Tables['renewals'];
  declare whitespaceCells: Tables['whitespaceCells'];
  declare chartSnapshots: Tables['chartSnapshots'];
  declare settings: EntityTable<Settings, 'id'>;
  declare meta: EntityTable<MetaRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options: DexieOptions = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    // Notes the accounts each write touches, so writeTransaction can keep their digests current.
    this.use(digestChangeTracker);
    // Keeps the version before every change, for the three-way merge.
    this.use(ancestorKeeper);
    // Notes what an undoable step changed, so it can be taken back (after a reload too).
    this.use(changeJournal);
    this.version(1).stores(SCHEMA_V1);
    // Version 2 (decision-chain editor, RFM standards, matrix) added fields with defaults; the upgrade fills
    // them in every stored record so readers always see the current shape. Indexes are unchanged.
    this.version(2)
      .stores(SCHEMA_V1)
      .upgrade(async (tx) => {
        const fillChartFields = (person: Partial<Stakeholder>) => {
          person.position ??= null;
          person.collapsed ??= false;
        };
        await tx.table<Partial<Stakeholder>, string>('stakeholders').toCollection().modify(fillChartFields);
        await tx
          .table<{ stakeholders?: Partial<Stakeholder>[] }, string>('chartSnapshots')
          .toCollection()
          .modify((snapshot) => snapshot.stakeholders?.forEach(fillChartFields));
        await tx
          .table<{ quadrantOverride?: string | null }, string>('accounts')
          .toCollection()
          .modify((account) => {
            account.quadrantOverride ??= null;
          });
        await tx
          .table<Record<string, unknown>, string>('settings')
          .toCollection()
          .modify((settings) => {
            const current = settingsSchema.safeParse(settings);
            if (current.success) Object.assign(settings, current.data);
          });
      });
    this.declareVersion3();
    this.version(4).stores(SCHEMA_V4);
    this.declareVersion5();
  }

  // Version 5 (account workspace): whitespace cells gained an estimated potential, linked opportunities
  // and notes; the settings gained the product lines (the whitespace grid's columns); activities gained
  // the visit record (commitment obtained, chain updates) and their preparation structured SPIN, FABE
  // and objections.
  private declareVersion5(): void {
    this.version(5)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        await tx
          .table<{ potential?: number | null; opportunityIds?: string[]; notes?: string }, string>('whitespaceCells')
          .toCollection()
          .modify((cell) => {
            cell.potential ??= null;
            cell.opportunityIds ??= [];
            cell.notes ??= '';
          });
        await tx
          .table<{ commitmentObtained?: string; chainUpdates?: unknown[]; preparation?: { spin?: Record<string, string>; fabe?: unknown[]; objections?: unknown[] } | null }, string>('activities')
          .toCollection()
          .modify((activity) => {
            activity.commitmentObtained ??= '';
            activity.chainUpdates ??= [];
            if (activity.preparation) {
              activity.preparation.spin ??= { situation: '', problem: '', implication: '', needPayoff: '' };
              activity.preparation.fabe ??= [];
              activity.preparation.objections ??= [];
            }
          });
        await tx
          .table<{ productLines?: string[] }, string>('settings')
          .toCollection()
          .modify((settings) => {
            settings.productLines ??= [];
          });
      });
  }

  // Version 3 (payments): installments gained `overpayment` (default false).
  private declareVersion3(): void {
    this.version(3)
      .stores(SCHEMA_V1)
      .upgrade(async (tx) => {
        await tx
          .table<{ installments?: { overpayment?: boolean }[] }, string>('contracts')
          .toCollection()
          .modify((contract) => {
            for (const installment of contract.installments ?? []) installment.overpayment ??= false;
          });
      });
  }

  tableOf<T extends TableName>(name: T): Tables[T] {
    return this[name] as Tables[T];
  }
}
