/**
 * Merging another person's workspace into ours (PRODUCT.md view 8), independent of how the file came
 * (a file today, a sync engine later). Records are matched by id:
 * - the newer `updatedAt` wins; a tombstone is a change like any other, so a deletion newer than the
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

export function mergeWorkspaces(ours: WorkspaceTables, theirs: WorkspaceTables, base: MergeBase = new Map()): MergeOutcome {
  const tables = {} as Record<TableName, AnyRecord[]>;
  const counts = {} as Record<TableName, TableCounts>;
  const conflicts: RecordConflict[] = [];
  for (const table of TABLES) {
    const count = emptyCounts();
    const mine = new Map((ours[table] as AnyRecord[]).map((r) => [r.id, r]));
    const merged = new Map(mine);
    for (const incoming of theirs[table] as AnyRecord[]) {
      const own = mine.get(incoming.id);
      if (!own) {
        merged.set(incoming.id, incoming);
        if (incoming.deletedAt === null) count.added += 1;
        continue;
      }
      if (contentHash(own) === contentHash(incoming)) {
        count.unchanged += 1;
        continue;
      }
      const side = newerOf(own, incoming);
      const last = base.get(baseKey(table, incoming.id));
      if (last !== undefined && own.updatedAt > last && incoming.updatedAt > last) {
        const fields = diffFields(own, incoming)
          .map((c) => c.path)
          .filter((path) => !BOOKKEEPING.has(path[0] ?? ''));
        conflicts.push({ table, id: incoming.id, fields, ours: own, theirs: incoming, chosen: side });
        count.conflicts += 1;
      }
      if (side === 'theirs') {
        merged.set(incoming.id, incoming);
        if (incoming.deletedAt !== null && own.deletedAt === null) count.deleted += 1;
        else count.updated += 1;
      } else {
        count.unchanged += 1;
      }
    }
    // Deterministic order (by id), whichever side a record came from.
    tables[table] = [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    counts[table] = count;
  }
  const cycles = breakNewCycles(tables, ours);
  return { tables: tablesFrom((table) => tables[table]), counts, conflicts, cycles };
}

/** Loops that exist only in the combination: their records go back to our version (or leave, if new). */
function breakNewCycles(tables: Record<TableName, AnyRecord[]>, ours: WorkspaceTables): { table: TableName; chain: string }[] {
  const found: { table: TableName; chain: string }[] = [];
  for (const { table, field } of TREES) {
    const mine = new Map((ours[table] as AnyRecord[]).map((r) => [r.id, r]));
    for (let round = 0; round < 100; round += 1) {
      const live = tables[table].filter((r) => r.deletedAt === null);
      const cycle = findCycles(live, field)[0];
      if (!cycle) break;
      found.push({ table, chain: [...cycle, cycle[0]].map((r) => (typeof r?.name === 'string' && r.name !== '' ? r.name : (r?.id ?? ''))).join(' → ') });
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
