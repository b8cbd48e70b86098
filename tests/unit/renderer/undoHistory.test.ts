/** The header's undo history: the stored steps as shown, each run once at a time, running shown while it runs. */
import { describe, expect, it, vi } from 'vitest';
import { UndoHistory } from '../../../renderer/app/undoHistory';

const step = (id: string, undoneAt: string | null = null) => ({ id, text: `已删除 ${id}`, at: '2026-12-07T09:00:00.000Z', undoneAt });

describe('undo history', () => {
  it('shows the stored steps, undone ones as done, and tells its listeners', () => {
    const history = new UndoHistory();
    const listener = vi.fn();
    history.subscribe(listener);
    history.show([step('undo-step:2'), step('undo-step:1', '2026-12-07T09:01:00.000Z')]);
    expect(history.getSnapshot().map((e) => [e.id, e.state])).toEqual([
      ['undo-step:2', 'ready'],
      ['undo-step:1', 'done'],
    ]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('runs a step through the connected undo, shows it running meanwhile, and not twice at once', async () => {
    const history = new UndoHistory();
    history.show([step('undo-step:1')]);
    let finish = (): void => undefined;
    const undo = vi.fn(() => new Promise<boolean>((resolve) => (finish = () => resolve(true))));
    history.connect(undo);
    const first = history.run('undo-step:1');
    expect(history.getSnapshot()[0]?.state).toBe('running');
    expect(await history.run('undo-step:1')).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(history.getSnapshot()[0]?.state).toBe('ready');
  });

  it('does nothing before the workbench connects, and lets a failed undo be tried again', async () => {
    const history = new UndoHistory();
    history.show([step('undo-step:1')]);
    expect(await history.run('undo-step:1')).toBe(false);
    const disconnect = history.connect(() => Promise.reject(new Error('disk full')));
    await expect(history.run('undo-step:1')).rejects.toThrow('disk full');
    expect(history.getSnapshot()[0]?.state).toBe('ready');
    disconnect();
    expect(await history.run('undo-step:1')).toBe(false);
  });
});
