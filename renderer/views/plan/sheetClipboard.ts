/**
 * What the plan sheet puts on the clipboard: the selected range as the person sees it — a plan row's
 * cells as their text, a group's header row as its label and totals — as tab-separated lines Excel
 * and WPS paste cell for cell (shared/methods/tsv.ts).
 */
import type { TFunction } from 'i18next';
import type { PlanRow } from '../../../shared/domain/planRow';
import { toClipboardTsv } from '../../../shared/methods/tsv';
import type { PlanColumn } from './planColumns';
import type { PlanContext } from './planContext';
import type { GroupTotals, SheetItem } from './planSheetModel';
import { totalText } from './planTotals';
import type { Range } from './sheetSelection';

export interface CopySource {
  items: readonly SheetItem[];
  rows: ReadonlyMap<string, PlanRow>;
  columns: readonly PlanColumn[];
  groupTotals: ReadonlyMap<string, GroupTotals>;
  grandTotals: GroupTotals;
  ctx: PlanContext;
  t: TFunction;
}

export function copiedText(range: Range, source: CopySource): string {
  const { items, rows, columns, ctx, t } = source;
  const lines: string[][] = [];
  for (let r = range.r0; r <= range.r1; r += 1) {
    const item = items[r];
    const record = item?.kind === 'row' ? rows.get(item.id) : undefined;
    const line: string[] = [];
    for (let c = range.c0; c <= range.c1; c += 1) {
      const column = columns[c];
      if (item?.kind === 'group') line.push(c === 0 ? item.label : column ? totalText(column.id, source.groupTotals.get(item.key) ?? source.grandTotals, ctx, t) : '');
      else line.push(column && record ? column.text(record, ctx, t) : '');
    }
    lines.push(line);
  }
  return toClipboardTsv(lines);
}
