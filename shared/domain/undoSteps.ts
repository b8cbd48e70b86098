/**
 * One undoable step, as stored: every record it changed, as it was before and as the step wrote it.
 * Taking a step back writes the "before" versions again — but only while every record is still as the
 * step left it. A record changed since (by a later edit, another tab, a merge or an import) stops the
 * whole undo, named, so undoing an old step never overwrites newer work. The same rule serves a step
 * undone a second after it was taken and one undone after the app was reopened.
 */
import { sameValue } from './recordPatch';
import { whitespaceCellKey } from './whitespaceRules';
import type { TableName } from './workspace';

export type StoredRecord = Record<string, unknown> & { id: string };

export interface RecordChange {
  table: TableName;
  id: string;
  /** null: the step created the record. */
  before: StoredRecord | null;
  /** null: the step removed the record for good. */
  after: StoredRecord | null;
}

/**
 * The changes of one step, one per record: the first "before" and the last "after" when the step wrote
 * a record twice, and nothing for a record it wrote back unchanged.
 */
export function collapseChanges(changes: readonly RecordChange[]): RecordChange[] {
  const byRecord = new Map<string, RecordChange>();
  for (const change of changes) {
    const key = `${change.table}/${change.id}`;
    const earlier = byRecord.get(key);
    byRecord.set(key, earlier ? { ...earlier, after: change.after } : change);
  }
  return [...byRecord.values()].filter((c) => !sameValue(c.before, c.after));
}

export interface UndoWrite {
  table: TableName;
  id: string;
  /** null: remove the record. */
  record: StoredRecord | null;
}

export type UndoPlan = { ok: true; writes: UndoWrite[] } | { ok: false; changedSince: RecordChange[] };

/**
 * What undoing `changes` writes, given the records as stored now (`current`, undefined when absent).
 * Restored records are stamped `now`: the undo is a change of its own, newer than the step, so a
 * later merge or sync carries it to the others instead of taking the step's version back.
 */
export function planUndo(changes: readonly RecordChange[], current: (table: TableName, id: string) => StoredRecord | undefined, now: string): UndoPlan {
  const changedSince = changes.filter((c) => !sameValue(current(c.table, c.id) ?? null, c.after));
  if (changedSince.length > 0) return { ok: false, changedSince };
  return {
    ok: true,
    writes: changes.map((c) => ({ table: c.table, id: c.id, record: c.before && ('updatedAt' in c.before ? { ...c.before, updatedAt: now } : c.before) })),
  };
}

/**
 * The place a live record holds that no other live record of its account may hold at once — a
 * whitespace cell's business unit × product line, a renewal's period — or null. An undo that brings a
 * record back to life is refused when its place was filled meanwhile, as the editors refuse a second one.
 */
export function placeOf(table: TableName, record: StoredRecord): { path: string; key: string } | null {
  if (table === 'whitespaceCells') return { path: 'productLine', key: whitespaceCellKey({ accountId: String(record.accountId), businessUnit: String(record.businessUnit), productLine: String(record.productLine) }) };
  if (table === 'renewals') return { path: 'period', key: `${String(record.accountId)}\u0000${String(record.period)}` };
  return null;
}
