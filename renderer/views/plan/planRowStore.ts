/**
 * The rows of the open plan year, held outside React (useSyncExternalStore): 100,000 records in a Map
 * that an edit updates in place, instead of copying the whole collection into new state per keystroke.
 * Each change publishes a new snapshot; its `ids` array changes only when rows are added or removed,
 * which is what filtering and sorting depend on.
 */
import type { PlanRow } from '../../../shared/domain/planRow';
import { emptyStack, pushStep, takeRedo, takeUndo, withoutStep, type UndoStack } from '../../../shared/domain/undoStack';

/** What a render reads: a new object after every change; `ids` is a new array only when rows join or leave. */
export interface PlanRowsSnapshot {
  version: number;
  ids: readonly string[];
  rows: ReadonlyMap<string, PlanRow>;
}

export class PlanRowStore {
  private rows = new Map<string, PlanRow>();
  private order: readonly string[] = [];
  private listeners = new Set<() => void>();
  private current: PlanRowsSnapshot = { version: 0, ids: [], rows: this.rows };

  get size(): number {
    return this.rows.size;
  }

  get(id: string): PlanRow | undefined {
    return this.rows.get(id);
  }

  reset(records: readonly PlanRow[]): void {
    // One pass, no [id, row] pair per record: a whole year is 300,000 records and more.
    const rows = new Map<string, PlanRow>();
    const order = new Array<string>(records.length);
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i] as PlanRow;
      rows.set(record.id, record);
      order[i] = record.id;
    }
    this.rows = rows;
    this.order = order;
    this.changed();
  }

  /** Puts complete records: tombstoned ones leave the sheet, new ones join at the end. */
  apply(records: readonly PlanRow[]): void {
    const added: string[] = [];
    let removed = false;
    for (const record of records) {
      const known = this.rows.has(record.id);
      if (record.deletedAt !== null) {
        if (known) {
          this.rows.delete(record.id);
          removed = true;
        }
      } else {
        if (!known) added.push(record.id);
        this.rows.set(record.id, record);
      }
    }
    if (removed || added.length > 0) this.order = [...this.order.filter((id) => this.rows.has(id)), ...added];
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PlanRowsSnapshot => this.current;

  private changed(): void {
    this.current = { version: this.current.version + 1, ids: this.order, rows: this.rows };
    for (const listener of this.listeners) listener();
  }
}

export interface HistoryEntry {
  before: PlanRow[];
  after: PlanRow[];
}

/** Undo and redo of sheet edits; a paste, a fill or a delete of many rows is one entry. */
export class PlanHistory {
  private stack: UndoStack<HistoryEntry> = emptyStack();

  constructor(private readonly limit = 200) {}

  push(entry: HistoryEntry): void {
    this.stack = pushStep(this.stack, entry, this.limit);
  }

  /** Forgets the latest entry (its write failed and was rolled back). */
  drop(entry: HistoryEntry): void {
    this.stack = withoutStep(this.stack, entry);
  }

  undo(): HistoryEntry | null {
    return this.take(takeUndo(this.stack));
  }

  redo(): HistoryEntry | null {
    return this.take(takeRedo(this.stack));
  }

  private take(taken: { step: HistoryEntry; stack: UndoStack<HistoryEntry> } | null): HistoryEntry | null {
    if (!taken) return null;
    this.stack = taken.stack;
    return taken.step;
  }

  get canUndo(): boolean {
    return this.stack.done.length > 0;
  }

  get canRedo(): boolean {
    return this.stack.undone.length > 0;
  }

  clear(): void {
    this.stack = emptyStack();
  }
}
