/** The one undo/redo stack the chain and the plan sheet share. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyStack, pushStep, takeRedo, takeUndo, withoutStep, type UndoStack } from '../../../shared/domain/undoStack';

describe('the undo stack', () => {
  it('undoes the newest step first, redoes what was undone, and a new step forgets the redo', () => {
    let stack: UndoStack<string> = emptyStack();
    stack = pushStep(stack, 'stance 王建国', 10);
    stack = pushStep(stack, 'title 李明', 10);
    const undone = takeUndo(stack)!;
    expect(undone.step).toBe('title 李明');
    expect(takeRedo(undone.stack)!.step).toBe('title 李明');
    const fresh = pushStep(undone.stack, 'delete 黄蕾', 10);
    expect(takeRedo(fresh)).toBeNull();
    expect(fresh.done).toEqual(['stance 王建国', 'delete 黄蕾']);
  });

  it('keeps the newest `limit` steps, has nothing to take when empty, and drops a step whose write failed', () => {
    let stack: UndoStack<number> = emptyStack();
    for (let i = 1; i <= 5; i += 1) stack = pushStep(stack, i, 3);
    expect(stack.done).toEqual([3, 4, 5]);
    expect(takeUndo(emptyStack())).toBeNull();
    expect(takeRedo(emptyStack())).toBeNull();
    expect(withoutStep(stack, 5).done).toEqual([3, 4]);
  });

  it('comes back to where it was after an undo and a redo, whatever was done before (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(10), (steps, undos) => {
        let stack: UndoStack<number> = emptyStack();
        for (const s of steps) stack = pushStep(stack, s, 100);
        for (let i = 0; i < undos; i += 1) stack = takeUndo(stack)?.stack ?? stack;
        const before = stack;
        const undone = takeUndo(stack);
        if (!undone) return stack.done.length === 0;
        const redone = takeRedo(undone.stack)!;
        return redone.step === undone.step && JSON.stringify(redone.stack) === JSON.stringify(before);
      }),
    );
  });
});
