/** The plan sheet's keyboard as Excel users know it, read from the one key map. */
import { describe, expect, it } from 'vitest';
import { browseKey, editKey, type KeyPress, type SheetState } from '../../../renderer/views/plan/sheetKeys';
import { single } from '../../../renderer/views/plan/sheetSelection';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrl: false, shift: false, alt: false, ...mods });
const state = (over: Partial<SheetState> = {}): SheetState => ({ selection: single({ r: 5, c: 2 }), rowCount: 100, colCount: 10, pageRows: 20, activeKind: 'row', activeColumnId: 'target', ...over });

describe('the plan sheet while browsing', () => {
  it('moves, jumps to the edges with Ctrl, extends with Shift, pages and stays inside the sheet', () => {
    expect(browseKey(press('ArrowDown'), state())).toEqual({ kind: 'select', selection: single({ r: 6, c: 2 }), scroll: true });
    expect(browseKey(press('ArrowDown', { ctrl: true }), state())).toEqual({ kind: 'select', selection: single({ r: 99, c: 2 }), scroll: true });
    expect(browseKey(press('ArrowRight', { shift: true }), state())).toEqual({ kind: 'select', selection: { anchor: { r: 5, c: 2 }, focus: { r: 5, c: 3 } }, scroll: true });
    expect(browseKey(press('PageUp'), state())).toEqual({ kind: 'select', selection: single({ r: 0, c: 2 }), scroll: true });
    expect(browseKey(press('End', { ctrl: true }), state())).toEqual({ kind: 'select', selection: single({ r: 99, c: 9 }), scroll: true });
    expect(browseKey(press('Home'), state())).toEqual({ kind: 'select', selection: single({ r: 5, c: 0 }), scroll: true });
    expect(browseKey(press('Tab', { shift: true }), state({ selection: single({ r: 5, c: 0 }) }))).toEqual({ kind: 'select', selection: single({ r: 5, c: 0 }), scroll: true });
  });

  it('undoes, redoes, fills down, selects all without scrolling, and clears', () => {
    expect(browseKey(press('z', { ctrl: true }), state())).toEqual({ kind: 'undo' });
    expect(browseKey(press('Z', { ctrl: true, shift: true }), state())).toEqual({ kind: 'redo' });
    expect(browseKey(press('y', { ctrl: true }), state())).toEqual({ kind: 'redo' });
    expect(browseKey(press('d', { ctrl: true }), state())).toEqual({ kind: 'fillDown' });
    expect(browseKey(press('a', { ctrl: true }), state())).toEqual({ kind: 'select', selection: { anchor: { r: 0, c: 0 }, focus: { r: 99, c: 9 } }, scroll: false });
    expect(browseKey(press('Delete'), state())).toEqual({ kind: 'clear' });
    expect(browseKey(press('Backspace'), state())).toEqual({ kind: 'clear' });
  });

  it('opens the pick list with Alt+↓, a group with Enter, the milestones from their column, and edits with F2', () => {
    expect(browseKey(press('ArrowDown', { alt: true }), state())).toEqual({ kind: 'openChoices' });
    expect(browseKey(press('Enter'), state({ activeKind: 'group' }))).toEqual({ kind: 'toggleGroup' });
    expect(browseKey(press('Enter'), state({ activeColumnId: 'nextMilestone' }))).toEqual({ kind: 'openRow' });
    expect(browseKey(press('F2'), state({ activeColumnId: 'nextMilestone' }))).toEqual({ kind: 'openRow' });
    expect(browseKey(press('F2'), state())).toEqual({ kind: 'editCell' });
    expect(browseKey(press('Enter'), state())).toEqual({ kind: 'select', selection: single({ r: 6, c: 2 }), scroll: true });
  });

  it('leaves letters to typing (they start an edit) and Esc collapses a range to its active cell', () => {
    expect(browseKey(press('a'), state())).toBeNull();
    expect(browseKey(press('Escape'), state({ selection: { anchor: { r: 1, c: 1 }, focus: { r: 5, c: 2 } } }))).toEqual({ kind: 'select', selection: single({ r: 5, c: 2 }), scroll: false });
  });
});

describe('the plan sheet while a cell is edited', () => {
  it('commits and moves with Enter and Tab (Shift: back), cancels with Esc, breaks a line with Alt+Enter', () => {
    expect(editKey(press('Enter'), false)).toEqual({ kind: 'commitAndMove', dr: 1, dc: 0 });
    expect(editKey(press('Enter', { shift: true }), false)).toEqual({ kind: 'commitAndMove', dr: -1, dc: 0 });
    expect(editKey(press('Tab', { shift: true }), false)).toEqual({ kind: 'commitAndMove', dr: 0, dc: -1 });
    expect(editKey(press('Escape'), false)).toEqual({ kind: 'cancel' });
    expect(editKey(press('Enter', { alt: true }), false)).toEqual({ kind: 'newLine' });
  });

  it('moves with the arrows only when the edit began by typing (F2 edits keep the caret keys)', () => {
    expect(editKey(press('ArrowLeft'), true)).toEqual({ kind: 'commitAndMove', dr: 0, dc: -1 });
    expect(editKey(press('ArrowLeft'), false)).toBeNull();
    expect(editKey(press('x'), true)).toBeNull();
  });
});
