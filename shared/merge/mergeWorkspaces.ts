/**
 * Merging other people's workspaces into ours, independent of how they came (a
 * file today, a sync engine later). Records are matched by id and merged field by field against the
 * version each side started from (threeWayMerge.ts): a change made on one side is taken, a field
 * changed on two sides since their common ancestor — this workspace and a file, or two files merged
 * together — is a conflict listed with every value, and a deletion against an edit is one too.
 * All files are weighed at once, so the result and the conflicts do not depend on their order.
 * A reporting line or group tree that only the combination turns into a loop is never stored: the
 * records of the loop keep our version, and the loop is reported.
 */
import { pathKey, type FieldPath } from '../domain/recordPatch';
import { TABLES, tablesFrom, type TableName, type WorkspaceTables } from '../domain/workspace';
import { contentHash } from '../fileFormat/contentHash';
import { findCycles } from '../fileFormat/references';
import { mergeRecord, OURS, type AnyRecord, type Contribution, type RecordMergeResult, type SideValue } from './threeWayMerge';

export { OURS, type AnyRecord, type SideValue } from './threeWayMerge';

export const recordKey = (table: TableName, id: string): string => `${table}/${id}`;
/** A conflict is one field of one record: its choice is sent back under this key. */
export const conflictKey = (table: TableName, id: string, path: FieldPath): string => `${recordKey(table, id)}#${pathKey(path)}`;

export interface RecordConflict {
  key: string;
  table: TableName;
  id: string;
  path: FieldPath;
  /** The common ancestor's value, when every side that changed the field started from the same one. */
  base: { value: unknown } | undefined;
  /** Every side that changed the field: `OURS` (this workspace) or a file's name. */
  values: SideValue[];
  chosen: string;
  /** The record as this workspace holds it (or the newest file's version of a record new here): for its name. */
  record: AnyRecord;
}

export interface TableCounts {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  conflicts: number;
}

/** One file to merge: its records and, per record, the version its owner started from. */
export interface MergeInput {
  label: string;
  tables: WorkspaceTables;
  /** The base of one of the file's records; undefined when it cannot be known. */
  baseOf: (table: TableName, record: AnyRecord, ours: AnyRecord | undefined) => AnyRecord | undefined;
}

export interface MergeOptions {
  /** Tables where every overwrite is listed (the team list: a file must not silently rename a colleague). */
  alwaysList?: ReadonlySet<TableName>;
}

export interface MergeCycle {
  table: TableName;
  chain: string;
  /** The file whose records closed the loop. */
  file: string;
}

/** A record some file changed, kept with what it was merged from so a choice can be applied later. */
interface MergedRecord {
  table: TableName;
  ours: AnyRecord | undefined;
  contributions: Contribution[];
  result: RecordMergeResult;
}

export interface TablesMerge {
  tables: WorkspaceTables;
  counts: Map<string, Record<TableName, TableCounts>>;
  conflicts: RecordConflict[];
  cycles: MergeCycle[];
  /** Per record key, the sides a merged record is made from (for the bases the next merge starts from). */
  merged: ReadonlyMap<string, MergedRecord>;
  /** The workspace's own records, by table and id, as they were before the merge. */
  original: ReadonlyMap<TableName, ReadonlyMap<string, AnyRecord>>;
}

const TREES: readonly { table: TableName; field: string }[] = [
  { table: 'accounts', field: 'parentId' },
  { table: 'stakeholders', field: 'reportsToId' },
];

const emptyCounts = (): TableCounts => ({ added: 0, updated: 0, deleted: 0, unchanged: 0, conflicts: 0 });

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Choices grouped per record: `table/id` → path → side. */
export function choicesByRecord(choices: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const grouped = new Map<string, Map<string, string>>();
  for (const [key, side] of choices) {
    const at = key.indexOf('#');
    if (at < 0) continue;
    const record = key.slice(0, at);
    const paths = grouped.get(record) ?? new Map<string, string>();
    paths.set(key.slice(at + 1), side);
    grouped.set(record, paths);
  }
  return grouped;
}

/** Lays every file onto `ours` at once; `choices` (conflict key → side) settle conflicts the person decided. */
export function mergeTables(ours: WorkspaceTables, inputs: readonly MergeInput[], options: MergeOptions = {}, choices: ReadonlyMap<string, string> = new Map()): TablesMerge {
  const chosen = choicesByRecord(choices);
  const counts = new Map(inputs.map((input) => [input.label, Object.fromEntries(TABLES.map((t) => [t, emptyCounts()])) as Record<TableName, TableCounts>]));
  const conflicts: RecordConflict[] = [];
  const merged = new Map<string, MergedRecord>();
  const original = new Map<TableName, ReadonlyMap<string, AnyRecord>>();
  const result = {} as Record<TableName, AnyRecord[]>;
  for (const table of TABLES) {
    const mine = new Map((ours[table] as AnyRecord[]).map((r) => [r.id, r]));
    original.set(table, mine);
    const incoming = new Map<string, Contribution[]>();
    for (const input of inputs) {
      const count = (counts.get(input.label) as Record<TableName, TableCounts>)[table];
      for (const record of input.tables[table] as AnyRecord[]) {
        const own = mine.get(record.id);
        // The same stamp and content as ours is the common case (a file merged again): nothing to weigh.
        if (own && (own === record || (own.updatedAt === record.updatedAt && contentHash(own) === contentHash(record)))) {
          count.unchanged += 1;
          continue;
        }
        const list = incoming.get(record.id) ?? [];
        list.push({ side: input.label, record, base: input.baseOf(table, record, own) });
        incoming.set(record.id, list);
      }
    }
    const listEveryChange = options.alwaysList?.has(table) ?? false;
    const out = new Map(mine);
    for (const [id, contributions] of incoming) {
      const own = mine.get(id);
      const key = recordKey(table, id);
      const outcome = mergeRecord(own, contributions, { listEveryChange }, chosen.get(key));
      if (outcome.merged) out.set(id, outcome.merged);
      merged.set(key, { table, ours: own, contributions, result: outcome });
      for (const c of contributions) {
        const count = (counts.get(c.side) as Record<TableName, TableCounts>)[table];
        if (!own) {
          if (outcome.landed.has(c.side) && c.record.deletedAt === null) count.added += 1;
          else count.unchanged += 1;
        } else if (!outcome.landed.has(c.side)) count.unchanged += 1;
        else if (outcome.merged?.deletedAt !== null && own.deletedAt === null) count.deleted += 1;
        else count.updated += 1;
      }
      for (const conflict of outcome.conflicts) {
        conflicts.push({ key: conflictKey(table, id, conflict.path), table, id, path: conflict.path, base: conflict.base, values: conflict.values, chosen: conflict.chosen, record: own ?? (outcome.merged as AnyRecord) });
        for (const v of conflict.values) if (v.side !== OURS) (counts.get(v.side) as Record<TableName, TableCounts>)[table].conflicts += 1;
      }
    }
    result[table] = [...out.values()].sort(byId);
  }
  const origin = (table: TableName, id: string): string => {
    const entry = merged.get(recordKey(table, id));
    return entry ? ([...entry.result.landed][0] ?? '') : '';
  };
  const cycles = breakNewCycles(result, original, origin);
  return { tables: tablesFrom((table) => result[table]), counts, conflicts, cycles, merged, original };
}

/** A file merged into ours with unknown bases (every difference listed): for tests and one-off merges. */
export function mergeWorkspaces(ours: WorkspaceTables, theirs: WorkspaceTables, baseOf: MergeInput['baseOf'] = () => undefined, options: MergeOptions = {}): TablesMerge {
  return mergeTables(ours, [{ label: 'theirs', tables: theirs, baseOf }], options);
}

/** Loops that exist only in the combination: their records go back to our version (or leave, if new). */
function breakNewCycles(tables: Record<TableName, AnyRecord[]>, original: ReadonlyMap<TableName, ReadonlyMap<string, AnyRecord>>, origin: (table: TableName, id: string) => string): MergeCycle[] {
  const found: MergeCycle[] = [];
  for (const { table, field } of TREES) {
    const mine = original.get(table) as ReadonlyMap<string, AnyRecord>;
    for (let round = 0; round < 100; round += 1) {
      const live = tables[table].filter((r) => r.deletedAt === null);
      const cycle = findCycles(live, field)[0];
      if (!cycle) break;
      const file = cycle.map((r) => origin(table, r.id)).find((label) => label !== '') ?? '';
      found.push({ table, file, chain: [...cycle, cycle[0]].map((r) => (typeof r?.name === 'string' && r.name !== '' ? r.name : (r?.id ?? ''))).join(' → ') });
      const members = new Set(cycle.map((r) => r.id));
      // Our versions had no loop (our workspace passed the same check), so restoring them breaks it;
      // a member we never had loses the line that closed the loop.
      tables[table] = tables[table].map((r) => (members.has(r.id) ? (mine.get(r.id) ?? { ...r, [field]: null }) : r));
    }
  }
  return found;
}

/** The records of `tables` that are not, object for object, the ones the workspace started with. */
export function changedRecords(original: TablesMerge['original'], tables: WorkspaceTables): WorkspaceTables {
  return tablesFrom((table) => {
    const mine = original.get(table) as ReadonlyMap<string, AnyRecord>;
    return (tables[table] as AnyRecord[]).filter((r) => mine.get(r.id) !== r);
  });
}
