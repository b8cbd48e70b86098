/** The header's undo history: the stored steps as shown, each run once at a time, running shown while it runs. */
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { UndoHistory } from '../../../renderer/session/undoHistory';
import { undoRefusedText } from '../../../renderer/i18n/undoRefusedText';
import { UndoRefusedError } from '../../../renderer/data/repositories/undoStepRepository';
import { I18NEXT_RESOURCES } from '../../../shared/i18n';

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

describe('an undo refused', () => {
  it('names the records a person knows, in both languages', async () => {
    const wang = { id: 'sh-1', name: '王建国', deletedAt: null };
    const link = { id: 'il-1', fromId: 'sh-1', toId: 'sh-2', deletedAt: null };
    const li = { id: 'sh-2', name: '李处', deletedAt: null };
    const changes = [
      { table: 'stakeholders' as const, id: 'sh-1', before: wang, after: { ...wang, deletedAt: 'x' } },
      { table: 'stakeholders' as const, id: 'sh-2', before: li, after: { ...li, deletedAt: 'x' } },
      { table: 'influenceLinks' as const, id: 'il-1', before: link, after: { ...link, deletedAt: 'x' } },
    ];
    const error = new UndoRefusedError([changes[0]!, changes[2]!], changes);
    const i18n = i18next.createInstance();
    await i18n.init({ resources: I18NEXT_RESOURCES, lng: 'zh-CN', interpolation: { escapeValue: false } });
    expect(undoRefusedText(i18n.t, error)).toBe('无法撤销：关键人“王建国”、影响关系“王建国 → 李处”之后又改过了。撤销会覆盖这些修改，所以没有做任何改动。');
    await i18n.changeLanguage('en');
    expect(undoRefusedText(i18n.t, error)).toBe('Cannot undo: Key person “王建国”, Influence link “王建国 → 李处” changed since. Undoing would overwrite those changes, so nothing was changed.');
  });
});
