/**
 * Field-level saving. An editor never writes the whole form it loaded: it compares what the person
 * left in the form with the record as it was when the editor opened (`loaded`), and only those
 * fields are laid onto the record as it is stored now (`current`). A field changed both here and
 * elsewhere since the editor opened is a conflict: the person sees both values and chooses, and
 * nothing is written until every conflict has a choice.
 *
 * Plain objects (a person's personal file, an account's profile) are compared field by field, so two
 * editors changing different fields of one sub-object both keep their change; arrays (installments,
 * barriers) are one value each, because their items only make sense together (shares add up to 100 %).
 */

export type FieldPath = readonly string[];

export interface FieldChange {
  path: FieldPath;
  /** The value when the editor opened. */
  from: unknown;
  /** The value the person left in the form. */
  to: unknown;
}

export interface FieldConflict {
  path: FieldPath;
  /** What the person typed. */
  ours: unknown;
  /** What was stored meanwhile (another window, tab or import). */
  theirs: unknown;
}

export type ConflictChoice = 'ours' | 'theirs';
/** A choice per conflicting field, keyed by `pathKey(path)`. */
export type ConflictChoices = Readonly<Record<string, ConflictChoice>>;

export const pathKey = (path: FieldPath): string => path.join('.');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** Structural equality of JSON-like values (what records are made of). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

export function valueAtPath(root: unknown, path: FieldPath): unknown {
  let current = root;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `root` with `value` at `path` (plain objects along the way are copied, not mutated). */
export function withValueAtPath<T>(root: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const source: Record<string, unknown> = isPlainObject(root) ? root : {};
  return { ...source, [head]: withValueAtPath(source[head], rest, value) } as T;
}

/** The fields that differ between `loaded` and `edited`, down into plain objects. */
export function diffFields(loaded: unknown, edited: unknown, prefix: FieldPath = []): FieldChange[] {
  if (isPlainObject(loaded) && isPlainObject(edited)) {
    const keys = new Set([...Object.keys(loaded), ...Object.keys(edited)]);
    return [...keys].flatMap((key) => diffFields(loaded[key], edited[key], [...prefix, key]));
  }
  return sameValue(loaded, edited) ? [] : [{ path: prefix, from: loaded, to: edited }];
}

export interface MergeResult<T> {
  merged: T;
  /** Conflicts without a choice yet; when any remain, `merged` must not be written. */
  conflicts: FieldConflict[];
  /** Fields actually laid onto `current` (a change equal to what is stored counts as none). */
  applied: number;
}

/**
 * Lays `changes` onto `current`. A change applies when the stored field still holds the value the
 * editor loaded (or already holds the new value); otherwise it conflicts, unless `choices` settles it.
 */
export function mergeChanges<T>(current: T, changes: readonly FieldChange[], choices: ConflictChoices = {}): MergeResult<T> {
  let merged = current;
  let applied = 0;
  const conflicts: FieldConflict[] = [];
  for (const change of changes) {
    const theirs = valueAtPath(current, change.path);
    if (sameValue(theirs, change.to)) continue;
    const untouchedElsewhere = sameValue(theirs, change.from);
    const choice = choices[pathKey(change.path)];
    if (untouchedElsewhere || choice === 'ours') {
      merged = withValueAtPath(merged, change.path, change.to);
      applied += 1;
    } else if (choice !== 'theirs') {
      conflicts.push({ path: change.path, ours: change.to, theirs });
    }
  }
  return { merged, conflicts, applied };
}

/** Three-way merge of one record: only what changed between `loaded` and `edited` is laid onto `current`. */
export function mergeEdit<T>(loaded: T, edited: T, current: T, choices: ConflictChoices = {}): MergeResult<T> {
  return mergeChanges(current, diffFields(loaded, edited), choices);
}
