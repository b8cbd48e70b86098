/** Runs repository work as one undoable step (as the views do through useUndoable) and hands back its undo. */
import type { KeyplanDatabase } from '../../renderer/data/database';
import { runUndoable, undoStep } from '../../renderer/data/repositories/undoStepRepository';

export async function undoableStep<R>(db: KeyplanDatabase, work: () => Promise<R>): Promise<{ result: R; undo: () => Promise<unknown> }> {
  const { result, stepId } = await runUndoable(db, work, () => 'step');
  if (!stepId) throw new Error('the step changed nothing');
  return { result, undo: () => undoStep(db, stepId) };
}
