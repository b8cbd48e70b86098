/**
 * The undo history as the header and its drawer show it: the kept undoable steps (the newest 20,
 * stored with the workspace by undoStepRepository.ts, so they survive a reload), newest first, each
 * undone at most once — from its message, the history or another window. This module stays free of
 * the database, like the rest of the shell drawn before it: the workbench shows the stored steps here
 * (`show`) and connects the undo (`connect`).
 */
export interface UndoEntry {
  id: string;
  text: string;
  at: Date;
  state: 'ready' | 'running' | 'done';
}

export interface StoredStep {
  id: string;
  text: string;
  at: string;
  undoneAt: string | null;
}

export class UndoHistory {
  private steps: readonly StoredStep[] = [];
  private readonly running = new Set<string>();
  private entries: readonly UndoEntry[] = [];
  private undo: ((id: string) => Promise<boolean>) | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly UndoEntry[] => this.entries;

  /** The stored steps, newest first, as the database has them now. */
  show(steps: readonly StoredStep[]): void {
    this.steps = steps;
    this.emit();
  }

  /** How a step is undone; returns a disconnect. */
  connect(undo: (id: string) => Promise<boolean>): () => void {
    this.undo = undo;
    return () => {
      if (this.undo === undo) this.undo = null;
    };
  }

  /** Runs the step's undo; false when it was undone already or is no longer kept. A failed undo can be tried again. */
  async run(id: string): Promise<boolean> {
    // The repository knows whether the step was undone already: a step just taken may not be listed yet.
    if (!this.undo || this.running.has(id)) return false;
    this.running.add(id);
    this.emit();
    try {
      return await this.undo(id);
    } finally {
      this.running.delete(id);
      this.emit();
    }
  }

  private emit(): void {
    this.entries = this.steps.map((s) => ({
      id: s.id,
      text: s.text,
      at: new Date(s.at),
      state: s.undoneAt !== null ? 'done' : this.running.has(s.id) ? 'running' : 'ready',
    }));
    for (const listener of this.listeners) listener();
  }
}

/** The window's one history. */
export const undoHistory = new UndoHistory();
