/**
 * The plan sheet's keyboard, as Excel and WPS users know it, as a pure map from a key press and the
 * sheet's state to what the sheet does — so the map can be read (and tested) in one place and the
 * sheet only carries it out. Browsing: arrows (Ctrl: to the edge, Shift: extend), Page Up/Down,
 * Home/End, Tab/Enter, F2 or typing to edit, Alt+↓ for the pick list, Delete, Ctrl+Z/Y/D/A, Esc.
 * Editing: Enter/Tab commit and move, arrows too when the edit began by typing, Alt+Enter a new
 * line, Esc cancels.
 */
import { clampPos, moveSelection, single, type CellPos, type Selection } from './sheetSelection';

export interface KeyPress {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

export interface SheetState {
  selection: Selection;
  rowCount: number;
  colCount: number;
  /** Rows in one screen, for Page Up/Down. */
  pageRows: number;
  /** The active cell's row: a plan row, a group's header row, or nothing. */
  activeKind: 'row' | 'group' | null;
  /** The active cell's column id ('nextMilestone' opens the row's milestones). */
  activeColumnId: string | null;
}

export type SheetCommand =
  | { kind: 'select'; selection: Selection; scroll: boolean }
  | { kind: 'undo' | 'redo' | 'fillDown' | 'clear' | 'openChoices' | 'toggleGroup' | 'openRow' | 'editCell' };

const select = (selection: Selection, scroll = true): SheetCommand => ({ kind: 'select', selection, scroll });

/** What a key does while the sheet is browsed (no cell being edited); null: not the sheet's key. */
export function browseKey(press: KeyPress, state: SheetState): SheetCommand | null {
  const { selection, rowCount, colCount, pageRows } = state;
  const active = selection.focus;
  const mod = press.ctrl;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const moveBy = (dr: number, dc: number) => select(moveSelection(selection, dr, dc, press.shift, rowCount, colCount));
  const jump = (pos: CellPos) => {
    const focus = clampPos(pos, rowCount, colCount);
    return select(press.shift ? { anchor: selection.anchor, focus } : single(focus));
  };
  if (mod && key === 'z') return { kind: press.shift ? 'redo' : 'undo' };
  if (mod && key === 'y') return { kind: 'redo' };
  if (mod && key === 'd') return { kind: 'fillDown' };
  if (mod && key === 'a') return select({ anchor: { r: 0, c: 0 }, focus: { r: rowCount - 1, c: colCount - 1 } }, false);
  switch (press.key) {
    case 'ArrowDown':
      if (press.alt) return { kind: 'openChoices' };
      return mod ? jump({ r: rowCount - 1, c: active.c }) : moveBy(1, 0);
    case 'ArrowUp':
      return mod ? jump({ r: 0, c: active.c }) : moveBy(-1, 0);
    case 'ArrowRight':
      return mod ? jump({ r: active.r, c: colCount - 1 }) : moveBy(0, 1);
    case 'ArrowLeft':
      return mod ? jump({ r: active.r, c: 0 }) : moveBy(0, -1);
    case 'PageDown':
      return moveBy(pageRows, 0);
    case 'PageUp':
      return moveBy(-pageRows, 0);
    case 'Home':
      return jump(mod ? { r: 0, c: 0 } : { r: active.r, c: 0 });
    case 'End':
      return jump(mod ? { r: rowCount - 1, c: colCount - 1 } : { r: active.r, c: colCount - 1 });
    case 'Tab':
      return select(single(clampPos({ r: active.r, c: active.c + (press.shift ? -1 : 1) }, rowCount, colCount)));
    case 'Enter':
      if (state.activeKind === 'group') return { kind: 'toggleGroup' };
      if (state.activeColumnId === 'nextMilestone' && state.activeKind === 'row') return { kind: 'openRow' };
      return select(single(clampPos({ r: active.r + (press.shift ? -1 : 1), c: active.c }, rowCount, colCount)));
    case 'F2':
      return state.activeColumnId === 'nextMilestone' && state.activeKind === 'row' ? { kind: 'openRow' } : { kind: 'editCell' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'Escape':
      return select(single(active), false);
    default:
      return null;
  }
}

export type EditCommand = { kind: 'cancel' } | { kind: 'newLine' } | { kind: 'commitAndMove'; dr: number; dc: number };

/**
 * What a key does while a cell is edited; null: the key types into the cell. `byTyping`: the edit
 * began by typing over the cell (Excel's Enter mode), where arrows commit and move.
 */
export function editKey(press: KeyPress, byTyping: boolean): EditCommand | null {
  if (press.key === 'Escape') return { kind: 'cancel' };
  if (press.key === 'Enter' && press.alt) return { kind: 'newLine' };
  if (press.key === 'Enter') return { kind: 'commitAndMove', dr: press.shift ? -1 : 1, dc: 0 };
  if (press.key === 'Tab') return { kind: 'commitAndMove', dr: 0, dc: press.shift ? -1 : 1 };
  if (!byTyping) return null;
  const arrows: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const step = arrows[press.key];
  return step ? { kind: 'commitAndMove', dr: step[0], dc: step[1] } : null;
}
