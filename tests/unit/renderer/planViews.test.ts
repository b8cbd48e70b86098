/** The plan's column views: what each shows, which one is in use, and saved views read back safely. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAN_COLUMNS } from '../../../renderer/views/plan/planColumns';
import { builtInColumns, currentView, readSavedViews, visibilityFor, visibleColumns, withView } from '../../../renderer/views/plan/planViews';

afterEach(() => vi.unstubAllGlobals());

describe('plan column views', () => {
  it('shows exactly the chosen columns, the account always', () => {
    const visibility = visibilityFor(['target', 'risk']);
    expect(visibleColumns(visibility)).toEqual(['account', 'target', 'risk']);
  });

  it('keeps every built-in view but "all" within a 1400 px window (about 1,100 px of sheet)', () => {
    const width = new Map(PLAN_COLUMNS.map((c) => [c.id, c.width]));
    for (const view of ['targets', 'quarters', 'coverage', 'execution'] as const) {
      const total = builtInColumns(view).reduce((sum, id) => sum + (width.get(id) ?? 0), 0);
      expect(total, view).toBeLessThanOrEqual(1100);
    }
  });

  it('names the view in use: built-in, saved, or none when columns were picked by hand', () => {
    const saved = [{ name: '我的复盘', columns: ['product' as const, 'target' as const, 'status' as const] }];
    expect(currentView({}, saved)).toEqual({ builtIn: 'all' });
    expect(currentView(visibilityFor(builtInColumns('coverage')), saved)).toEqual({ builtIn: 'coverage' });
    expect(currentView(visibilityFor(['status', 'target', 'product']), saved)).toEqual({ saved: '我的复盘' });
    expect(currentView(visibilityFor(['team']), saved)).toBeNull();
  });

  it('replaces a view saved again under the same name', () => {
    const views = withView(withView([], '复盘', ['target']), ' 复盘 ', ['risk']);
    expect(views).toEqual([{ name: '复盘', columns: ['risk'] }]);
  });

  it('drops what is damaged or unknown in storage instead of trusting it', () => {
    const stored = JSON.stringify([{ name: '好', columns: ['target', 'nope'] }, { name: '', columns: [] }, { columns: ['target'] }, 'x', { name: 'y'.repeat(41), columns: [] }]);
    vi.stubGlobal('localStorage', { getItem: () => stored, setItem: () => undefined });
    expect(readSavedViews()).toEqual([{ name: '好', columns: ['target'] }]);
    vi.stubGlobal('localStorage', { getItem: () => '{broken', setItem: () => undefined });
    expect(readSavedViews()).toEqual([]);
  });
});
