/**
 * The sheet's frozen header (per column a sort button, a filter box and a resize handle) and its
 * grand-total row. Both are memoised on their props: an edit re-renders the sheet, and re-rendering 16 headers (about a hundred translated
 * labels) took more than half of the frame that paints the edit.
 */
import type { Header } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { PlanRow } from '../../../shared/domain/planRow';
import type { PlanColumn, PlanColumnId } from './planColumns';
import type { PlanContext } from './planContext';
import type { Filters, GroupTotals, SortState } from './planSheetModel';
import { totalShown } from './planTotals';

export interface SheetHeaderProps {
  headers: readonly Header<PlanRow, unknown>[];
  columns: readonly PlanColumn[];
  widths: readonly number[];
  sort: SortState | null;
  filters: Filters;
  /** The column being resized (TanStack's sizing state), so its handle stays highlighted while dragged. */
  resizingId: string | false;
  onSort: (column: PlanColumnId) => void;
  onFilter: (column: PlanColumnId, text: string) => void;
  /** 目标风险裕量, for the definitions shown on the risk and coverage headers. */
  marginPercent: number;
  t: TFunction;
}

/** Computed columns whose header explains, on hover, how the figure is made (the method's own definition). */
const DEFINED: Partial<Record<PlanColumnId, 'risk' | 'coverage'>> = { risk: 'risk', coverage: 'coverage' };

export const SheetHeader = memo(function SheetHeader({ headers, columns, widths, sort, filters, resizingId, onSort, onFilter, marginPercent, t }: SheetHeaderProps) {
  return (
    <div className="kp-sheet-head" role="row" aria-rowindex={1}>
      <div className="kp-gutter kp-gutter--head" />
      {headers.map((header, c) => {
        const column = columns[c];
        if (!column) return null;
        const sorted = sort?.column === column.id ? (sort.desc ? 'descending' : 'ascending') : 'none';
        const name = t(`plan.columns.${column.id}`);
        const defined = DEFINED[column.id];
        const hint = defined ? `${t(`plan.definitions.${defined}`, { margin: marginPercent, factor: (100 + marginPercent) / 100 })}\n${t('plan.sortHint')}` : t('plan.sortHint');
        return (
          <div key={header.id} role="columnheader" aria-sort={sorted} className={`kp-head-cell${c === 0 ? ' kp-cell--frozen' : ''}${column.parse ? '' : ' kp-head-cell--computed'}`} style={{ width: widths[c] }}>
            <button type="button" className="kp-head-label" onMouseDown={(e) => e.stopPropagation()} onClick={() => onSort(column.id)} title={hint}>
              {name}
              <span aria-hidden className="kp-sort-mark">
                {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
              </span>
            </button>
            <input
              className="kp-filter"
              aria-label={t('plan.filterLabel', { column: name })}
              placeholder={t('plan.filterPlaceholder')}
              value={filters[column.id] ?? ''}
              onMouseDown={(e) => e.stopPropagation()}
              onChange={(e) => onFilter(column.id, e.target.value)}
            />
            <div
              className={`kp-resizer${resizingId === header.column.id ? ' kp-resizer--active' : ''}`}
              role="separator"
              aria-orientation="vertical"
              aria-label={t('plan.resizeLabel', { column: name })}
              onMouseDown={(e) => {
                e.stopPropagation();
                header.getResizeHandler()(e);
              }}
              onDoubleClick={(e) => {
                e.stopPropagation();
                header.column.resetSize();
              }}
            />
          </div>
        );
      })}
    </div>
  );
});

export interface SheetFooterProps {
  columns: readonly PlanColumn[];
  widths: readonly number[];
  totals: GroupTotals;
  ctx: PlanContext;
  t: TFunction;
}

/** The sticky grand-total row, memoised too: its totals change after the edit's frame has been painted. */
export const SheetFooter = memo(function SheetFooter({ columns, widths, totals, ctx, t }: SheetFooterProps) {
  return (
    <div className="kp-sheet-foot" role="row" aria-label={t('plan.grandTotal')}>
      <div className="kp-gutter">Σ</div>
      {columns.map((column, c) => {
        const shown = c === 0 ? null : totalShown(column.id, totals, ctx, t);
        return (
          <div key={column.id} role="gridcell" className={`kp-cell kp-cell--total${column.align === 'right' ? ' kp-cell--num' : ''}${c === 0 ? ' kp-cell--frozen' : ''}`} style={{ width: widths[c] }} title={shown?.hover}>
            {shown ? shown.text : t('plan.grandTotalCount', { count: totals.count })}
          </div>
        );
      })}
    </div>
  );
});
