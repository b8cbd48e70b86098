/**
 * The undo history of this session: every undoable step that showed a "… 撤销" message is also kept
 * here (the last 20), so it can still be undone after the message has gone — from the header's 撤销记录.
 * Each step runs at most once, whether from the message or from the history. Kept in memory: a reload
 * starts a new history (the records themselves are stored; only the way back is not).
 */
export interface UndoEntry {
  id: number;
  text: string;
  at: Date;
  state: 'ready' | 'running' | 'done';
}

const LIMIT = 20;

export class UndoHistory {
  private entries: UndoEntry[] = [];
  private readonly undos = new Map<number, () => Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private next = 1;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly UndoEntry[] => this.entries;

  record(text: string, undo: () => Promise<void>, at = new Date()): number {
    const id = this.next;
    this.next += 1;
    const kept = [{ id, text, at, state: 'ready' as const }, ...this.entries].slice(0, LIMIT);
    for (const gone of this.entries.filter((e) => !kept.includes(e))) this.undos.delete(gone.id);
    this.entries = kept;
    this.undos.set(id, undo);
    this.emit();
    return id;
  }

  /** Runs the step's undo once; false when it ran already (or is no longer kept). A failed undo can be tried again. */
  async run(id: number): Promise<boolean> {
    const undo = this.undos.get(id);
    const entry = this.entries.find((e) => e.id === id);
    if (!undo || entry?.state !== 'ready') return false;
    this.set(id, 'running');
    try {
      await undo();
    } catch (error) {
      this.set(id, 'ready');
      throw error;
    }
    this.undos.delete(id);
    this.set(id, 'done');
    return true;
  }

  private set(id: number, state: UndoEntry['state']): void {
    this.entries = this.entries.map((e) => (e.id === id ? { ...e, state } : e));
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The window's one history. */
export const undoHistory = new UndoHistory();
