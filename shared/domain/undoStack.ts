/**
 * The one undo/redo stack of every editor that takes steps back and forth in place (the chain's
 * Ctrl+Z, the plan sheet's Ctrl+Z): steps are data — the records before and after — and a step's
 * inverse is the same step read the other way, so undoing writes `before` and redoing writes `after`.
 * Immutable: each operation returns a new stack, so a React state or ref holds it as it is. The
 * session's undo history (undoSteps.ts) keeps the same kind of step, stored with the workspace.
 */
export interface UndoStack<S> {
  /** Steps taken, oldest first; the last is undone next. */
  readonly done: readonly S[];
  /** Steps undone, oldest first; the last is redone next. */
  readonly undone: readonly S[];
}

export function emptyStack<S>(): UndoStack<S> {
  return { done: [], undone: [] };
}

/** A new step: it can be undone; whatever was undone can no longer be redone. The oldest beyond `limit` go. */
export function pushStep<S>(stack: UndoStack<S>, step: S, limit: number): UndoStack<S> {
  return { done: [...stack.done, step].slice(-limit), undone: [] };
}

/** The step to undo and the stack after it, or null when there is none. */
export function takeUndo<S>(stack: UndoStack<S>): { step: S; stack: UndoStack<S> } | null {
  const step = stack.done.at(-1);
  if (step === undefined) return null;
  return { step, stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, step] } };
}

/** The step to redo and the stack after it, or null when there is none. */
export function takeRedo<S>(stack: UndoStack<S>): { step: S; stack: UndoStack<S> } | null {
  const step = stack.undone.at(-1);
  if (step === undefined) return null;
  return { step, stack: { done: [...stack.done, step], undone: stack.undone.slice(0, -1) } };
}

/** The stack without `step` (its write failed and was rolled back, so there is nothing to undo). */
export function withoutStep<S>(stack: UndoStack<S>, step: S): UndoStack<S> {
  return { done: stack.done.filter((s) => s !== step), undone: stack.undone.filter((s) => s !== step) };
}
