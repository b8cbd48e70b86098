/**
 * The plan sheet under the mouse: a click selects a cell (Shift extends), a row number selects the
 * row, a drag extends the selection, a group's ▸ folds it, a double click opens the cell, a cut
 * text shows whole on hover.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { single, type CellPos, type Selection } from './sheetSelection';

interface Hit extends CellPos {
  /** A group's fold toggle was hit: its key. */
  toggle?: string;
}

/** The cell under the pointer (c = -1: the row number), from the cells' data attributes. */
function cellAt(e: MouseEvent): Hit | null {
  const target = e.target as HTMLElement;
  const toggle = target.closest<HTMLElement>('[data-toggle]')?.dataset.toggle;
  const cell = target.closest<HTMLElement>('[data-r]');
  if (!cell) return null;
  return { r: Number(cell.dataset.r), c: Number(cell.dataset.c ?? -1), toggle };
}

/**
 * A cell whose text is cut by its column (a long account name) shows all of it on hover. Set when the
 * pointer arrives, so rows are not built with a title each; a total's own hover text (exact money) stays.
 */
function showCutText(event: MouseEvent) {
  const cell = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.kp-cell') : null;
  if (!cell || cell.classList.contains('kp-cell--total')) return;
  if (cell.scrollWidth > cell.clientWidth) cell.title = cell.textContent ?? '';
  else cell.removeAttribute('title');
}

export interface SheetMouseInput {
  selection: Selection;
  /** Selection while dragging (no scrolling). */
  onSelection: (next: Selection) => void;
  select: (next: Selection, scroll?: boolean) => void;
  colCount: number;
  focusInput: () => void;
  commitEditing: () => void;
  onToggleGroup: (key: string) => void;
  onOpenCell: (hit: CellPos) => void;
}

export function useSheetMouse({ selection, onSelection, select, colCount, focusInput, commitEditing, onToggleGroup, onOpenCell }: SheetMouseInput) {
  const dragging = useRef(false);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    const hit = cellAt(e);
    if (!hit || e.button !== 0) return;
    e.preventDefault();
    commitEditing();
    if (hit.toggle) {
      onToggleGroup(hit.toggle);
      focusInput();
      return;
    }
    if (hit.c < 0) {
      // The row number selects the whole row (Shift extends over rows).
      const anchor = e.shiftKey ? selection.anchor : { r: hit.r, c: 0 };
      select({ anchor: { r: anchor.r, c: 0 }, focus: { r: hit.r, c: colCount - 1 } }, false);
    } else {
      const pos = { r: hit.r, c: hit.c };
      select(e.shiftKey ? { anchor: selection.anchor, focus: pos } : single(pos), false);
      dragging.current = true;
    }
    focusInput();
  };

  const onMouseMove = (e: MouseEvent<HTMLDivElement>) => {
    if (!dragging.current || (e.buttons & 1) === 0) return;
    const hit = cellAt(e);
    if (!hit || hit.c < 0) return;
    if (hit.r !== selection.focus.r || hit.c !== selection.focus.c) onSelection({ anchor: selection.anchor, focus: { r: hit.r, c: hit.c } });
  };

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    const hit = cellAt(e);
    if (!hit || hit.c < 0) return;
    onOpenCell(hit);
    focusInput();
  };

  return { onMouseDown, onMouseMove, onMouseOver: showCutText, onDoubleClick };
}
