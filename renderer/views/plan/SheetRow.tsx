/**
 * One row of the plan sheet: a data row (cells of the visible columns) or a group header with its
 * subtotals. Memoised on its record and its part of the selection, so moving the cursor re-renders
 * two rows and an edit re-renders one.
 */
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { PlanRow } from '../../../shared/domain/planRow';
import type { PlanColumn } from './planColumns';
import { derive, type PlanContext } from './planContext';
import type { GroupTotals, SheetItem } from './planSheetModel';
import { totalShown } from './planTotals';

export const ROW_HEIGHT = 32;
export const GUTTER_WIDTH = 56;

export interface SheetRowProps {
  item: SheetItem;
  record: PlanRow | undefined;
  index: number;
  top: number;
  columns: readonly PlanColumn[];
  widths: readonly number[];
  ctx: PlanContext;
  t: TFunction;
  /** Selected columns of this row, or null when the row is outside the selection. */
  selFrom: number;
  selTo: number;
  active: number;
  totals: GroupTotals | undefined;
}

function cellClass(column: PlanColumn, row: PlanRow, ctx: PlanContext): string {
  let cls = column.parse ? 'kp-cell' : 'kp-cell kp-cell--computed';
  if (column.align === 'right') cls += ' kp-cell--num';
  if (column.id === 'quarterDiff' && derive(row, ctx).quarterDiff !== 0) cls += ' kp-cell--warn';
  if ((column.id === 'risk' || column.id === 'status' || column.id === 'coverage') && derive(row, ctx).atRisk) cls += ' kp-cell--risk';
  if (column.id === 'nextMilestone' && derive(row, ctx).overdue > 0) cls += ' kp-cell--overdue';
  return cls;
}

function SheetRowView({ item, record, index, top, columns, widths, ctx, t, selFrom, selTo, active, totals }: SheetRowProps) {
  const isGroup = item.kind === 'group';
  return (
    <div role="row" aria-rowindex={index + 2} className={isGroup ? 'kp-row kp-row--group' : 'kp-row'} style={{ transform: `translateY(${top}px)` }} data-r={index}>
      <div role="rowheader" className="kp-gutter" data-r={index} data-c={-1}>
        {isGroup ? (
          <span className="kp-group-toggle" data-toggle={item.key}>
            {item.collapsed ? '▸' : '▾'}
          </span>
        ) : (
          index + 1
        )}
      </div>
      {columns.map((column, c) => {
        const selected = c >= selFrom && c <= selTo;
        let cls: string;
        let text: string;
        let badge: string | null = null;
        let hover: string | undefined;
        if (item.kind === 'group') {
          cls = column.align === 'right' ? 'kp-cell kp-cell--num kp-cell--total' : 'kp-cell kp-cell--total';
          const shown = c === 0 || !totals ? null : totalShown(column.id, totals, ctx, t);
          text = c === 0 ? `${item.label || t('plan.group.none')} (${item.ids.length})` : (shown?.text ?? '');
          hover = shown?.hover;
          if (totals?.atRisk && column.id === 'risk') cls += ' kp-cell--risk';
        } else if (record) {
          cls = cellClass(column, record, ctx);
          text = column.text(record, ctx, t);
          if (column.id === 'nextMilestone') {
            const overdue = derive(record, ctx).overdue;
            if (overdue > 0) badge = t('plan.milestones.overdueBadge', { count: overdue });
          }
        } else {
          cls = 'kp-cell';
          text = '';
        }
        if (selected) cls += ' kp-cell--selected';
        if (c === active) cls += ' kp-cell--active';
        if (c === 0) cls += ' kp-cell--frozen';
        return (
          <div key={column.id} role="gridcell" aria-selected={selected} aria-readonly={!column.parse || isGroup} className={cls} style={{ width: widths[c] }} data-r={index} data-c={c} title={hover}>
            {badge && <span className="kp-badge">{badge}</span>}
            {text}
          </div>
        );
      })}
    </div>
  );
}

export const SheetRow = memo(SheetRowView);
