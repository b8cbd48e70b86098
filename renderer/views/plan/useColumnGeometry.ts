/** The plan sheet's column geometry, shared by the rows, the cell editor and scrolling to the active cell. */
import type { Header } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { PlanRow } from '../../../shared/domain/planRow';
import { GUTTER_WIDTH } from './SheetRow';

/** Where each column sits: its width and left edge after the row numbers, and the sheet's width. */
export function useColumnGeometry(headers: readonly Header<PlanRow, unknown>[]) {
  // The same arrays until a column is resized or hidden, so rows stay memoised while scrolling.
  const widthKey = headers.map((h) => h.getSize()).join(',');
  return useMemo(() => {
    const ws = widthKey === '' ? [] : widthKey.split(',').map(Number);
    const ls: number[] = [];
    let left = GUTTER_WIDTH;
    for (const w of ws) {
      ls.push(left);
      left += w;
    }
    return { widths: ws, lefts: ls, totalWidth: left };
  }, [widthKey]);
}
