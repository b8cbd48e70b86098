/**
 * The Keyplan database: one typed Dexie subclass. Version declarations are append-only: never edit
 * a released `version(n)`; add `version(n + 1)` with its `upgrade()` and a fixture test
 * (tests/unit/renderer/databaseMigrations.test.ts opens a database created at every old version).
 *
 * Writes use strict durability so an acknowledged save survives a power cut (Chromium otherwise
 * reports success before the data reaches the disk).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { digestChangeTracker } from './middleware/digestChangeTracker';
import { ancestorKeeper } from './middleware/ancestorKeeper';
import { changeJournal } from './middleware/changeJournal';
import { settingsSchema, type Settings } from '../../shared/domain/settings';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { TableName, TableRecord } from '../../shared/domain/workspace';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V4, type MetaRecord } from './schema';

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
