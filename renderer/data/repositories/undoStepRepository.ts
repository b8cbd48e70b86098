/**
 * Undoable steps, stored: a step runs in one transaction with a change journal open (changeJournal.ts),
 * and its way back is written in that same transaction — the step and its undo commit together or not
 * at all. Undo writes the records back through writeTransaction (so revisions, digests and merge
 * ancestors follow as for any edit) once shared/domain/undoSteps.ts says nothing changed since.
 */
import Dexie from 'dexie';
import { newId, nowIso } from '../../../shared/domain/common';
import { placeOf, planUndo, type RecordChange, type StoredRecord, type UndoWrite } from '../../../shared/domain/undoSteps';
import { recordLabel } from '../../../shared/fileFormat/problemSubjects';
import { TABLES, type TableName } from '../../../shared/domain/workspace';
import type { KeyplanDatabase } from '../database';
import type { UndoStepRecord } from '../schema';
import { closeJournal, openJournal } from '../middleware/changeJournal';
import { ValidationError } from './validationError';
import { writeTransaction } from './writeTransaction';

/** How many steps are kept: the header's 撤销记录 lists them, newest first. */
export const UNDO_STEPS_KEPT = 20;

const PREFIX = 'undo-step:';
// Keys sort by time (zero-padded milliseconds), then by a random tail for steps of the same millisecond.
const stepKey = (at: number): UndoStepRecord['id'] => `${PREFIX}${String(at).padStart(15, '0')}-${newId().slice(0, 8)}`;
const stepKeys = (db: KeyplanDatabase) => db.meta.where('id').between(PREFIX, `${PREFIX}\uffff`);

export type StepId = UndoStepRecord['id'];

const isStepId = (id: string): id is StepId => id.startsWith(PREFIX);

async function readStep(db: KeyplanDatabase, stepId: string): Promise<UndoStepRecord | undefined> {
  if (!isStepId(stepId)) return undefined;
  const record = await db.meta.get(stepId);
  return record && 'changes' in record ? record : undefined;
}

/** Thrown when a record of the step was changed since: nothing was written. */
export class UndoRefusedError extends Error {
  /** `changes`: all of the step's records, to name what the changed ones refer to. */
  constructor(
    readonly changedSince: RecordChange[],
    readonly changes: RecordChange[],
  ) {
    super(`undo refused: ${changedSince.map((c) => `${c.table}/${c.id}`).join(', ')} changed since`);
    this.name = 'UndoRefusedError';
  }
}

async function keep(db: KeyplanDatabase, text: string, changes: RecordChange[]): Promise<StepId | null> {
  if (changes.length === 0) return null;
  const at = Date.now();
  const step: UndoStepRecord = { id: stepKey(at), text, at: new Date(at).toISOString(), undoneAt: null, changes };
  await db.meta.put(step);
  const keys = await stepKeys(db).primaryKeys();
  const gone = keys.slice(0, Math.max(0, keys.length - UNDO_STEPS_KEPT));
  if (gone.length > 0) await db.meta.bulkDelete(gone);
  return step.id;
}

const everyStore = (db: KeyplanDatabase) => [...TABLES.map((t) => db.tableOf(t)), db.settings, db.meta];

/**
 * Runs `work` (repository calls, nothing else: it shares one transaction) as one undoable step;
 * `text` names the step for its message and the history ("已删除商机“扩容二期”。"). The step id is
 * null when the work changed nothing.
 */
export function runUndoable<R>(db: KeyplanDatabase, work: () => Promise<R>, text: (result: R) => string): Promise<{ result: R; stepId: StepId | null }> {
  return db.transaction('rw', everyStore(db), async () => {
    const trans = Dexie.currentTransaction?.idbtrans;
    if (!trans) throw new Error('runUndoable: no transaction');
    openJournal(trans);
    try {
      const result = await work();
      const stepId = await keep(db, text(result), closeJournal(trans));
      return { result, stepId };
    } finally {
      closeJournal(trans);
    }
  });
}

/**
 * Keeps a step whose records the caller already knows (the decision chain's receipts hold them), for
 * a write that had to run outside runUndoable.
 */
export function keepUndoStep(db: KeyplanDatabase, text: string, changes: RecordChange[]): Promise<StepId | null> {
  return db.transaction('rw', db.meta, () => keep(db, text, changes));
}

/**
 * Takes the step back and returns it; null when it was undone already (from its message, the history
 * or another window) or is no longer kept; UndoRefusedError when a record was changed since.
 */
export async function undoStep(db: KeyplanDatabase, stepId: string): Promise<UndoStepRecord | null> {
  const step = await readStep(db, stepId);
  if (!step) return null;
  const tables = [...new Set(step.changes.map((c) => c.table))];
  return writeTransaction(db, tables, async () => {
    const now = await readStep(db, stepId);
    if (now?.undoneAt !== null) return null;
    const current = new Map<string, StoredRecord>();
    for (const table of tables) {
      const ids = now.changes.filter((c) => c.table === table).map((c) => c.id);
      const records = (await db.tableOf(table).bulkGet(ids)) as (StoredRecord | undefined)[];
      records.forEach((r) => r && current.set(`${table}/${r.id}`, r));
    }
    const plan = planUndo(now.changes, (table: TableName, id) => current.get(`${table}/${id}`), nowIso());
    if (!plan.ok) throw new UndoRefusedError(plan.changedSince, now.changes);
    await refuseTakenPlaces(db, plan.writes, current);
    for (const write of plan.writes) {
      const table = db.tableOf(write.table) as unknown as Dexie.Table<StoredRecord, string>;
      if (write.record) await table.put(write.record);
      else await table.delete(write.id);
    }
    const undone: UndoStepRecord = { ...now, undoneAt: nowIso() };
    await db.meta.put(undone);
    return undone;
  });
}

/** A record brought back to life whose place (placeOf) another live record took meanwhile stops the undo. */
async function refuseTakenPlaces(db: KeyplanDatabase, writes: readonly UndoWrite[], current: ReadonlyMap<string, StoredRecord>): Promise<void> {
  for (const write of writes) {
    const record = write.record;
    const place = record && record.deletedAt === null && current.get(`${write.table}/${write.id}`)?.deletedAt !== null ? placeOf(write.table, record) : null;
    if (!record || !place) continue;
    const table = db.tableOf(write.table) as unknown as Dexie.Table<StoredRecord, string>;
    const others = await table.where('accountId').equals(String(record.accountId)).toArray();
    const taken = others.find((o) => o.id !== record.id && o.deletedAt === null && placeOf(write.table, o)?.key === place.key);
    if (taken) throw new ValidationError([{ path: place.path, code: 'place_taken', params: { other: recordLabel(write.table, taken, () => '') } }]);
  }
}

/** The kept steps, newest first. */
export async function readUndoSteps(db: KeyplanDatabase): Promise<UndoStepRecord[]> {
  const steps = (await stepKeys(db).toArray()) as UndoStepRecord[];
  return steps.reverse();
}
