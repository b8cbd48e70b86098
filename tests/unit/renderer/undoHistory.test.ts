/** The session's undo history: each step undone once, from the message or the history; the last 20 kept. */
import { describe, expect, it, vi } from 'vitest';
import { UndoHistory } from '../../../renderer/app/undoHistory';

describe('undo history', () => {
  it('runs a step once, whichever place asks first, and says so', async () => {
    const history = new UndoHistory();
    const undo = vi.fn(() => Promise.resolve());
    const id = history.record('已删除客户“华东电网”。', undo);
    expect(history.getSnapshot().map((e) => e.state)).toEqual(['ready']);
    expect(await history.run(id)).toBe(true);
    expect(await history.run(id)).toBe(false);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(history.getSnapshot()[0]?.state).toBe('done');
  });

  it('keeps a failed undo to try again', async () => {
    const history = new UndoHistory();
    let fail = true;
    const id = history.record('x', () => (fail ? Promise.reject(new Error('disk full')) : Promise.resolve()));
    await expect(history.run(id)).rejects.toThrow('disk full');
    expect(history.getSnapshot()[0]?.state).toBe('ready');
    fail = false;
    expect(await history.run(id)).toBe(true);
  });

  it('keeps the last 20 steps, newest first, and tells its listeners', () => {
    const history = new UndoHistory();
    const listener = vi.fn();
    history.subscribe(listener);
    const ids = Array.from({ length: 25 }, (_, i) => history.record(`step ${String(i + 1)}`, () => Promise.resolve()));
    expect(history.getSnapshot()).toHaveLength(20);
    expect(history.getSnapshot()[0]?.text).toBe('step 25');
    expect(listener).toHaveBeenCalledTimes(25);
    return expect(history.run(ids[0] ?? 0)).resolves.toBe(false);
  });
});
