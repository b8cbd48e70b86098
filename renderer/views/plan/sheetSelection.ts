/**
 * Cell selection as in a spreadsheet: an anchor (where Shift-selection started) and a focus (the
 * active cell), both as (item index, column index). Ranges are the rectangle between them.
 */
export interface CellPos {
  r: number;
  c: number;
}

export interface Selection {
  anchor: CellPos;
  focus: CellPos;
}

export interface Range {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export const rangeOf = (s: Selection): Range => ({
  r0: Math.min(s.anchor.r, s.focus.r),
  r1: Math.max(s.anchor.r, s.focus.r),
  c0: Math.min(s.anchor.c, s.focus.c),
  c1: Math.max(s.anchor.c, s.focus.c),
});

export const clampPos = (p: CellPos, rows: number, cols: number): CellPos => ({
  r: Math.max(0, Math.min(rows - 1, p.r)),
  c: Math.max(0, Math.min(cols - 1, p.c)),
});

export const single = (p: CellPos): Selection => ({ anchor: p, focus: p });

/** Moves the active cell (or, with `extend`, the far corner of the range) by dr/dc. */
export function moveSelection(s: Selection, dr: number, dc: number, extend: boolean, rows: number, cols: number): Selection {
  const focus = clampPos({ r: s.focus.r + dr, c: s.focus.c + dc }, rows, cols);
  return extend ? { anchor: s.anchor, focus } : single(focus);
}

export const rangeSize = (r: Range): number => (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
