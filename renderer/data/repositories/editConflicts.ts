/**
 * How repositories save an edit of a stored record: only the fields the person changed since the
 * editor opened are laid onto the record as stored now (shared/domain/recordPatch.ts). The stored
 * `updatedAt` is compared with the one the editor loaded; when it differs, another window, tab or
 * import wrote meanwhile, and a field changed on both sides stops the save with a ConflictError
 * naming both values, for the person to choose. Nothing is written until every conflict is settled.
 */
import { newRecordBase, nowIso, type RecordBase } from '../../../shared/domain/common';
import { mergeEdit, type ConflictChoices, type FieldConflict } from '../../../shared/domain/recordPatch';
import type { Problem } from '../../../shared/fileFormat/problems';
import { ValidationError } from './validationError';

/** What an editor hands the repository to update a record: the record exactly as it opened it. */
export interface EditTarget<R extends { id: string; updatedAt: string }> {
  loaded: R;
  /** The person's choice for each conflict reported by an earlier attempt. */
  choices?: ConflictChoices;
}

/** null creates a new record. */
export type SaveTarget<R extends { id: string; updatedAt: string }> = EditTarget<R> | null;

/** Thrown when a field was changed here and elsewhere since the editor opened; nothing was written. */
export class ConflictError extends Error {
  readonly conflicts: FieldConflict[];

  constructor(conflicts: FieldConflict[]) {
    super(conflicts.map((c) => `${c.path.join('.')} changed elsewhere`).join('; '));
    this.name = 'ConflictError';
    this.conflicts = conflicts;
  }
}

/** The record was deleted (another window, an import) while it was open in an editor. */
export class RecordGoneError extends Error {
  constructor(readonly table: string, readonly id: string) {
    super(`${table} ${id} no longer exists`);
    this.name = 'RecordGoneError';
  }
}

interface FieldSchema<F> {
  safeParse(value: unknown): { success: true; data: F } | { success: false };
}

/**
 * The fields to store: `edited` (already validated) merged into `current` by what changed since
 * `loaded`. Stored records are read through the same field schema, so the three are compared in one
 * form (defaults filled, bookkeeping left out).
 */
export function mergeStoredEdit<F>(schema: FieldSchema<F>, target: EditTarget<{ id: string; updatedAt: string }>, current: { updatedAt: string } | undefined, edited: unknown, table: string): F {
  if (!current || (current as { deletedAt?: unknown }).deletedAt) throw new RecordGoneError(table, target.loaded.id);
  const fieldsOf = (record: unknown): F => {
    const parsed = schema.safeParse(record);
    // A stored record always parses; should one not, its raw fields are still the best base.
    return parsed.success ? parsed.data : (record as F);
  };
  const loaded = fieldsOf(target.loaded);
  // Same updatedAt: nothing was written since the editor opened, so what changed is all there is.
  const base = current.updatedAt === target.loaded.updatedAt ? loaded : fieldsOf(current);
  const { merged, conflicts } = mergeEdit(loaded, fieldsOf(edited), base, target.choices);
  if (conflicts.length > 0) throw new ConflictError(conflicts);
  return merged;
}

type Validated<F> = { ok: true; value: F } | { ok: false; problems: Problem[] };

export interface StoredEdit<F> {
  /** null: a new record. */
  target: EditTarget<{ id: string; updatedAt: string }> | null;
  current: { updatedAt: string } | undefined;
  /** The fields a person edits, without cross-field rules: how stored versions are compared. */
  schema: FieldSchema<F>;
  table: string;
}

/**
 * The fields a repository stores for a save: the draft validated, and for an edit, merged into the
 * stored record by what changed since the editor opened and validated again as a whole (the merge may
 * combine fields from two windows). Throws ValidationError, ConflictError or RecordGoneError.
 */
export function fieldsToStore<F>(validate: (value: unknown) => Validated<F>, draft: unknown, edit: StoredEdit<unknown>): F {
  const edited = validate(draft);
  if (!edited.ok) throw new ValidationError(edited.problems);
  if (edit.target === null) return edited.value;
  const whole = validate(mergeStoredEdit(edit.schema, edit.target, edit.current, edited.value, edit.table));
  if (!whole.ok) throw new ValidationError(whole.problems);
  return whole.value;
}

/** What storeRecord needs of a Dexie table (an EntityTable of T is one). */
interface RecordTable<T> {
  add(record: T): Promise<unknown>;
  put(record: T): Promise<unknown>;
}

/**
 * A save's last step, the same in every editor's repository: a new record (`id` null) gets a new id
 * and is stamped created now; an edit keeps the stored record's id and creation time and is stamped
 * updated now — unless the record was deleted meanwhile (`current` gone: RecordGoneError).
 */
export async function storeRecord<T extends RecordBase>(table: RecordTable<T>, name: string, id: string | null, current: T | undefined, fields: Omit<T, keyof RecordBase>, now: string = nowIso()): Promise<T> {
  if (id !== null && !current) throw new RecordGoneError(name, id);
  const base: RecordBase = id === null || !current ? newRecordBase(now) : { id, createdAt: current.createdAt, updatedAt: now, deletedAt: null };
  // A record is its base and its fields; TypeScript cannot see that a spread of the two is a T.
  const record = { ...base, ...fields } as unknown as T;
  if (id === null) await table.add(record);
  else await table.put(record);
  return record;
}
