/**
 * One record merged from this workspace's version and any number of files' versions, field by field,
 * against the version each side started from (its base: the common ancestor). The same rule as an
 * editor's save (domain/recordPatch.ts), generalised to many sides:
 * - a side *changed* a field when its value differs from its base's; a side whose base is unknown is
 *   taken to have changed every field where it differs from ours (nothing is assumed unchanged);
 * - this workspace counts as a side on a field some file changed when our value differs from that
 *   file's base (we changed it since the file's owner took his copy) — or always, for a table where
 *   every overwrite is listed (the team list);
 * - one distinct new value is taken silently; two or more are a conflict that lists every side's
 *   value with the base, settled by default for the newest side (record stamp, then content: the same
 *   answer whatever order the files come in), and the person may choose another side per field;
 * - a deletion against an edit of any other field is a conflict on the record's existence;
 * - plain objects are merged down to their fields, arrays are one value (recordPatch's rule).
 * Pure: a file today, the live sync tomorrow hand it the same inputs.
 */
import { diffFields, pathKey, sameValue, valueAtPath, withValueAtPath, type FieldPath } from '../domain/recordPatch';
import { contentHash } from '../fileFormat/contentHash';

export type AnyRecord = { id: string; updatedAt: string; deletedAt: string | null } & Record<string, unknown>;

/** The side name of this workspace; every other side is a file's name. */
export const OURS = 'ours';

export interface Contribution {
  /** The file's name. */
  side: string;
  record: AnyRecord;
  /** The version the file's owner started from; undefined when it cannot be known (an old file). */
  base: AnyRecord | undefined;
}

export interface SideValue {
  side: string;
  value: unknown;
  /** The stamp of the side's record: the newest side is the default choice. */
  at: string;
}

export interface FieldDisagreement {
  path: FieldPath;
  /** The common ancestor's value when every side had the same known base; undefined otherwise. */
  base: { value: unknown } | undefined;
  /** One entry per side that changed the field (this workspace first when it did). */
  values: SideValue[];
  /** The side whose value is taken: the person's choice, else the newest. */
  chosen: string;
}

export interface RecordMergeResult {
  merged: AnyRecord | undefined;
  conflicts: FieldDisagreement[];
  /** Sides at least one of whose values is in `merged` and not ours. */
  landed: ReadonlySet<string>;
  /** Sides that changed anything against their base. */
  changedBy: ReadonlySet<string>;
}

export interface RecordMergeOptions {
  /** List every field a file would overwrite, even when we did not change it (the team list). */
  listEveryChange?: boolean;
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);
const DELETED_AT: FieldPath = ['deletedAt'];

const isDeletedAt = (path: FieldPath) => path.length === 1 && path[0] === 'deletedAt';
/** Two deletions at different moments are the same decision: deletedAt compares as deleted or not. */
const sameAt = (path: FieldPath, a: unknown, b: unknown) => (isDeletedAt(path) ? (a === null || a === undefined) === (b === null || b === undefined) : sameValue(a, b));

const newestFirst = (a: SideValue, b: SideValue): number => {
  if (a.at !== b.at) return a.at > b.at ? -1 : 1;
  const ha = contentHash({ v: a.value });
  const hb = contentHash({ v: b.value });
  if (ha !== hb) return hb - ha;
  return a.side < b.side ? -1 : a.side > b.side ? 1 : 0;
};

/** The paths that differ, collapsed so that no path is inside another (the outer one is the unit). */
function changedPaths(pairs: readonly (readonly [unknown, unknown])[]): FieldPath[] {
  const byKey = new Map<string, FieldPath>();
  for (const [from, to] of pairs) for (const change of diffFields(from, to)) if (!BOOKKEEPING.has(change.path[0] ?? '')) byKey.set(pathKey(change.path), change.path);
  const paths = [...byKey.values()].sort((a, b) => a.length - b.length);
  const kept: FieldPath[] = [];
  for (const path of paths) if (!kept.some((outer) => outer.every((key, i) => path[i] === key))) kept.push(path);
  return kept;
}

const newestRecord = (records: readonly AnyRecord[]): AnyRecord =>
  [...records].sort((a, b) => (a.updatedAt !== b.updatedAt ? (a.updatedAt > b.updatedAt ? -1 : 1) : contentHash(b) - contentHash(a)))[0] as AnyRecord;

/**
 * Merges one record. `choices`: the person's side per field (`pathKey(path)` → side); a choice naming
 * a side that is not among the field's values is ignored.
 */
export function mergeRecord(ours: AnyRecord | undefined, contributions: readonly Contribution[], options: RecordMergeOptions = {}, choices: ReadonlyMap<string, string> = new Map()): RecordMergeResult {
  if (contributions.length === 0) return { merged: ours, conflicts: [], landed: new Set(), changedBy: new Set() };
  // Without ours, the newest file's version is the starting point (a record new to this workspace).
  const start = ours ?? newestRecord(contributions.map((c) => c.record));
  const reference = (c: Contribution): unknown => c.base ?? ours ?? start;
  const paths = changedPaths(contributions.map((c) => [reference(c), c.record] as const));
  // A record new here, from files that do not say where it started: the starting file counts as a
  // side on every field where another file differs from it.
  const fileChanged = (c: Contribution, path: FieldPath): boolean =>
    (c.base === undefined && !ours && c.record === start) || !sameAt(path, valueAtPath(reference(c), path), valueAtPath(c.record, path));
  const decisions = new Map<string, { path: FieldPath; values: SideValue[] }>();
  const changedBy = new Set<string>();
  for (const path of paths) {
    if (isDeletedAt(path)) continue;
    const values: SideValue[] = [];
    const changers = contributions.filter((c) => fileChanged(c, path));
    for (const c of changers) {
      values.push({ side: c.side, value: valueAtPath(c.record, path), at: c.record.updatedAt });
      changedBy.add(c.side);
    }
    if (values.length === 0) continue;
    if (ours && (options.listEveryChange === true || changers.some((c) => c.base === undefined || !sameValue(valueAtPath(ours, path), valueAtPath(c.base, path))))) {
      values.unshift({ side: OURS, value: valueAtPath(ours, path), at: ours.updatedAt });
    }
    decisions.set(pathKey(path), { path, values });
  }
  // The record's existence: who deleted (or brought back) since their base, against who edited it.
  const existence = existenceValues(ours, contributions, reference, decisions);
  if (existence) {
    decisions.set(pathKey(DELETED_AT), { path: DELETED_AT, values: existence.values });
    for (const side of existence.changers) changedBy.add(side);
  }

  let merged: AnyRecord = start;
  const conflicts: FieldDisagreement[] = [];
  const landed = new Set<string>();
  for (const { path, values } of decisions.values()) {
    const groups: SideValue[][] = [];
    for (const value of values) {
      const group = groups.find((g) => sameAt(path, (g[0] as SideValue).value, value.value));
      if (group) group.push(value);
      else groups.push([value]);
    }
    let winner: SideValue[];
    if (groups.length === 1) {
      winner = groups[0] as SideValue[];
    } else {
      const choice = choices.get(pathKey(path));
      const newestValue = [...values].sort(newestFirst)[0];
      if (!newestValue) continue;
      const chosen = values.find((v) => v.side === choice) ?? newestValue;
      winner = groups.find((g) => g.includes(chosen)) as SideValue[];
      const bases = contributions.filter((c) => values.some((v) => v.side === c.side)).map((c) => c.base);
      const commonBase = bases.length > 0 && bases.every((b) => b !== undefined && sameValue(valueAtPath(b, path), valueAtPath(bases[0], path))) ? { value: valueAtPath(bases[0], path) } : undefined;
      conflicts.push({ path, base: commonBase, values, chosen: chosen.side });
    }
    // Of several sides agreeing (two deletions), the newest's value: the same whatever the order.
    const value = [...winner].sort(newestFirst)[0] as SideValue;
    if (!sameValue(valueAtPath(merged, path), value.value)) {
      merged = withValueAtPath(merged, path, value.value);
      if (value.side !== OURS) landed.add(value.side);
    }
  }
  if (merged !== start) merged = settleStamp(merged, ours, contributions);
  else if (!ours) landed.add(contributions.find((c) => c.record === start)?.side ?? '');
  return { merged, conflicts, landed, changedBy };
}

/** The merged record as the very object of a side when it equals one, else stamped with the newest side. */
function settleStamp(merged: AnyRecord, ours: AnyRecord | undefined, contributions: readonly Contribution[]): AnyRecord {
  const same = (r: AnyRecord) => diffFields(r, merged).every((c) => BOOKKEEPING.has(c.path[0] ?? ''));
  if (ours && same(ours)) return ours;
  // Several files may hold this very content: the newest of them, whatever their order.
  const equal = contributions.filter((c) => same(c.record)).map((c) => c.record);
  if (equal.length > 0) return newestRecord(equal);
  const stamps = [ours?.updatedAt ?? '', ...contributions.map((c) => c.record.updatedAt)];
  return { ...merged, updatedAt: stamps.reduce((a, b) => (a > b ? a : b)) };
}

/**
 * The values on the record's existence, or null when no side deleted or brought back the record since
 * its base. Against a deletion, a side that edited other fields and kept the record live is a value
 * "kept" (null): a delete against an edit is a conflict.
 */
function existenceValues(
  ours: AnyRecord | undefined,
  contributions: readonly Contribution[],
  reference: (c: Contribution) => unknown,
  decisions: ReadonlyMap<string, { values: SideValue[] }>,
): { values: SideValue[]; changers: string[] } | null {
  const deleted = (r: unknown) => {
    const at = valueAtPath(r, DELETED_AT);
    return at !== null && at !== undefined;
  };
  const editors = new Set<string>();
  for (const { values } of decisions.values()) for (const v of values) editors.add(v.side);
  const changers = contributions.filter((c) => deleted(reference(c)) !== deleted(c.record));
  // This workspace deleted or restored it since a file's base (or a file without a base differs from us).
  const oursChanged = ours !== undefined && contributions.some((c) => (c.base === undefined ? deleted(c.record) !== deleted(ours) : deleted(c.base) !== deleted(ours)));
  if (changers.length === 0 && !oursChanged) return null;
  const values: SideValue[] = [];
  for (const c of contributions) {
    if (changers.includes(c)) values.push({ side: c.side, value: c.record.deletedAt, at: c.record.updatedAt });
    else if (!deleted(c.record) && editors.has(c.side)) values.push({ side: c.side, value: null, at: c.record.updatedAt });
  }
  if (ours) {
    const editedSince = (c: Contribution) => changedPaths([[c.base ?? c.record, ours]]).some((path) => !isDeletedAt(path));
    if (oursChanged) values.unshift({ side: OURS, value: ours.deletedAt, at: ours.updatedAt });
    else if (!deleted(ours) && changers.some((c) => deleted(c.record) && editedSince(c))) values.unshift({ side: OURS, value: null, at: ours.updatedAt });
  }
  return { values, changers: changers.map((c) => c.side) };
}
