/**
 * Merging another person's workspace into ours (PRODUCT.md view 8), independent of how the file came
 * (a file today, a sync engine later). Records are matched by id:
 * - the newer `updatedAt` wins; a tombstone is a change like every other, so a deletion newer than the
 *   last edit wins and an edit newer than the deletion brings the record back;
 * - equal timestamps with different content are settled by the content hash, so merging A then B
 *   gives exactly what B then A gives;
 * - a record changed on both sides since the last merge from that source (the per-record `base`: the
 *   `updatedAt` that merge ended with) is a conflict: settled by the rule above, but listed with the
 *   fields that differ, and the person may flip it before anything is written.
 * A reporting line or group tree that only the combination turns into a loop is never stored: the
 * records of the loop keep our version, and the loop is reported.
 */
import { diffFields, type FieldPath } from '../domain/recordPatch';
import { TABLES, tablesFrom, type TableName, type WorkspaceTables } from '../domain/workspace';
import { contentHash } from '../fileFormat/contentHash';
import { findCycles } from '../fileFormat/references';

type AnyRecord = { id: string; updatedAt: string; deletedAt: string | null } & Record<string, unknown>;

export type MergeSide = 'ours' | 'theirs';

export interface RecordConflict {
  table: TableName;
  id: string;
  /** The fields that differ (bookkeeping left out). */
  fields: FieldPath[];
  ours: AnyRecord;
  theirs: AnyRecord;
  /** What the rule chose; the person may flip it (see applyChoices). */
  chosen: MergeSide;
}

export interface TableCounts {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  conflicts: number;
}

export interface MergeOutcome {
  tables: WorkspaceTables;
  counts: Record<TableName, TableCounts>;
  conflicts: RecordConflict[];
  /** Loops the combination would have closed, as names ("甲 → 乙 → 甲"); their records kept ours. */
  cycles: { table: TableName; chain: string }[];
}

/** `base.get("table/id")`: the `updatedAt` the last merge from this source ended with for that record. */
export type MergeBase = ReadonlyMap<string, string>;

export const baseKey = (table: TableName, id: string): string => `${table}/${id}`;

const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);

/** Which of two versions of one record the rule keeps; symmetric, so merge order does not matter. */
export function newerOf(ours: AnyRecord, theirs: AnyRecord): MergeSide {
  if (theirs.updatedAt !== ours.updatedAt) return theirs.updatedAt > ours.updatedAt ? 'theirs' : 'ours';
  return contentHash(theirs) > contentHash(ours) ? 'theirs' : 'ours';
}

const TREES: readonly { table: TableName; field: string }[] = [
  { table: 'accounts', field: 'parentId' },
  { table: 'stakeholders', field: 'reportsToId' },
];

function emptyCounts(): TableCounts {
  return { added: 0, updated: 0, deleted: 0, unchanged: 0, conflicts: 0 };
}

export interface MergeOptions {
  /**
   * Tables where every record a file would overwrite is listed for the person, not only edits made
   * on both sides (the team list: a manager's file must not silently rename or remove a colleague).
   */
  alwaysList?: ReadonlySet<TableName>;
}

/**
 * Lays files onto a workspace one after another, keeping one map per table for the whole run (a
 * director's 50 files cost one pass over each file, not one pass over the workspace per file).
 * Identity is kept: a record nobody changed is the very object `ours` held, so `changed()` can tell
 * what a write must store.
 */
export class WorkspaceMerger {
  private readonly current = new Map<TableName, Map<string, AnyRecord>>();
  private readonly original = new Map<TableName, ReadonlyMap<string, AnyRecord>>();
  /** `table/id` → the label of the file that last set the record (to say where a loop came from). */
  private readonly origin = new Map<string, string>();

  constructor(ours: WorkspaceTables) {
    for (const table of TABLES) {
      const mine = new Map((ours[table] as AnyRecord[]).map((r) => [r.id, r]));
      this.original.set(table, mine);
      this.current.set(table, new Map(mine));
    }
  }

  /** The current version of one record (ours, or what a file laid onto it). */
  get<T extends TableName>(table: T, id: string): WorkspaceTables[T][number] | undefined {
    return (this.current.get(table) as Map<string, AnyRecord>).get(id) as WorkspaceTables[T][number] | undefined;
  }

  /** The current records of one table, in no particular order. */
  records<T extends TableName>(table: T): WorkspaceTables[T] {
    // The maps hold the records each table was given; only their declared type was widened to AnyRecord.
    return [...(this.current.get(table) as Map<string, AnyRecord>).values()] as unknown as WorkspaceTables[T];
  }

  /** One file's records laid onto the current state; what it changed, table by table. */
  add(theirs: WorkspaceTables, base: MergeBase = new Map(), label = '', options: MergeOptions = {}): { counts: Record<TableName, TableCounts>; conflicts: RecordConflict[] } {
    const counts = {} as Record<TableName, TableCounts>;
    const conflicts: RecordConflict[] = [];
    for (const table of TABLES) {
      const count = emptyCounts();
      const merged = this.current.get(table) as Map<string, AnyRecord>;
      const listAll = options.alwaysList?.has(table) ?? false;
      for (const incoming of theirs[table] as AnyRecord[]) {
        const own = merged.get(incoming.id);
        if (!own) {
          merged.set(incoming.id, incoming);
          this.origin.set(baseKey(table, incoming.id), label);
          if (incoming.deletedAt === null) count.added += 1;
          continue;
        }
        // Equal stamps and equal content are the common case (a file merged again): no hashing.
        if (own === incoming || (own.updatedAt === incoming.updatedAt && contentHash(own) === contentHash(incoming))) {
          count.unchanged += 1;
          continue;
        }
        const side = newerOf(own, incoming);
        const last = base.get(baseKey(table, incoming.id));
        const bothChanged = last !== undefined && own.updatedAt > last && incoming.updatedAt > last;
        // A listed table shows every overwrite (an older copy that the rule ignores is no news).
        if (bothChanged || (listAll && side === 'theirs')) {
          const fields = diffFields(own, incoming)
            .map((c) => c.path)
            .filter((path) => !BOOKKEEPING.has(path[0] ?? ''));
          // Only the stamps differ: nothing for a person to choose.
          if (fields.length > 0) {
            conflicts.push({ table, id: incoming.id, fields, ours: own, theirs: incoming, chosen: side });
            count.conflicts += 1;
          }
        }
        if (side === 'theirs') {
          merged.set(incoming.id, incoming);
          this.origin.set(baseKey(table, incoming.id), label);
          if (incoming.deletedAt !== null && own.deletedAt === null) count.deleted += 1;
          else count.updated += 1;
        } else {
          count.unchanged += 1;
        }
      }
      counts[table] = count;
    }
    return { counts, conflicts };
  }

  /** The combined tables (sorted by id, whichever side a record came from) and the loops broken. */
  finish(): { tables: WorkspaceTables; cycles: MergeCycle[] } {
    const tables = {} as Record<TableName, AnyRecord[]>;
    for (const table of TABLES) tables[table] = [...(this.current.get(table) as Map<string, AnyRecord>).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const cycles = breakNewCycles(tables, this.original, this.origin);
    return { tables: tablesFrom((table) => tables[table]), cycles };
  }

  /** The records of `tables` that are not, object for object, the ones the workspace started with. */
  changed(tables: WorkspaceTables): WorkspaceTables {
    return tablesFrom((table) => {
      const mine = this.original.get(table) as ReadonlyMap<string, AnyRecord>;
      return (tables[table] as AnyRecord[]).filter((r) => mine.get(r.id) !== r);
    });
  }
}

export interface MergeCycle {
  table: TableName;
  chain: string;
  /** The file whose records closed the loop. */
  file: string;
}

export function mergeWorkspaces(ours: WorkspaceTables, theirs: WorkspaceTables, base: MergeBase = new Map(), options: MergeOptions = {}): MergeOutcome {
  const merger = new WorkspaceMerger(ours);
  const { counts, conflicts } = merger.add(theirs, base, '', options);
  const { tables, cycles } = merger.finish();
  return { tables, counts, conflicts, cycles: cycles.map(({ table, chain }) => ({ table, chain })) };
}

/** Loops that exist only in the combination: their records go back to our version (or leave, if new). */
function breakNewCycles(tables: Record<TableName, AnyRecord[]>, original: ReadonlyMap<TableName, ReadonlyMap<string, AnyRecord>>, origin: ReadonlyMap<string, string>): MergeCycle[] {
  const found: MergeCycle[] = [];
  for (const { table, field } of TREES) {
    const mine = original.get(table) as ReadonlyMap<string, AnyRecord>;
    for (let round = 0; round < 100; round += 1) {
      const live = tables[table].filter((r) => r.deletedAt === null);
      const cycle = findCycles(live, field)[0];
      if (!cycle) break;
      const file = cycle.map((r) => origin.get(baseKey(table, r.id))).find((label) => label !== undefined) ?? '';
      found.push({ table, file, chain: [...cycle, cycle[0]].map((r) => (typeof r?.name === 'string' && r.name !== '' ? r.name : (r?.id ?? ''))).join(' → ') });
      const members = new Set(cycle.map((r) => r.id));
      // Our versions had no loop (our workspace passed the same check), so restoring them breaks it;
      // a member we never had loses the line that closed the loop.
      tables[table] = tables[table].map((r) => (members.has(r.id) ? (mine.get(r.id) ?? { ...r, [field]: null }) : r));
    }
  }
  return found;
}

/** The outcome with the person's flipped choices applied (record by record). */
export function applyChoices(outcome: Pick<MergeOutcome, 'tables' | 'conflicts'>, flips: ReadonlyMap<string, MergeSide>): WorkspaceTables {
  if (flips.size === 0) return outcome.tables;
  const versions = new Map<string, AnyRecord>();
  for (const conflict of outcome.conflicts) {
    const side = flips.get(baseKey(conflict.table, conflict.id));
    if (side !== undefined && side !== conflict.chosen) versions.set(baseKey(conflict.table, conflict.id), side === 'ours' ? conflict.ours : conflict.theirs);
  }
  return tablesFrom((table) => (outcome.tables[table] as readonly AnyRecord[]).map((r) => versions.get(baseKey(table, r.id)) ?? r));
}
