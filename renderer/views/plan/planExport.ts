/**
 * The plan as the person sees it (filters, sort, grouping, visible columns) to an Excel workbook or a
 * CSV file. The workbook has a formatted, frozen header with filters, number formats from the currency,
 * and subtotals and the grand total as SUBTOTAL formulas (so Excel's own filters keep them right and
 * group subtotals are not counted twice); each formula carries its value for readers that do not
 * recalculate. Groups are exported expanded.
 */
import type { TFunction } from 'i18next';
import { fromMinorUnits, minorDigits } from '../../../shared/domain/money';
import { toCsv } from '../../../shared/methods/tsv';
import { exportValue, type PlanColumn } from './planColumns';
import type { PlanContext } from './planContext';
import type { PlanRow } from '../../../shared/domain/planRow';
import type { GroupTotals, SheetItem } from './planSheetModel';
import { totalValue } from './planTotals';

export interface PlanExportInput {
  items: readonly SheetItem[];
  columns: readonly PlanColumn[];
  widths: readonly number[];
  rows: ReadonlyMap<string, PlanRow>;
  ctx: PlanContext;
  t: TFunction;
  groupTotals: ReadonlyMap<string, GroupTotals>;
  grandTotals: GroupTotals;
  sheetName: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function cellNumber(column: PlanColumn, value: number | string | null, ctx: PlanContext): number | string | null {
  if (value === null || typeof value === 'string') return value;
  return column.excel.kind === 'money' ? fromMinorUnits(value, ctx.currency) : value;
}

export async function planToXlsx(input: PlanExportInput): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const { items, columns, rows, ctx, t } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Keyplan';
  const sheet = workbook.addWorksheet(input.sheetName.slice(0, 31), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const digits = minorDigits(ctx.currency);
  const moneyFormat = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  sheet.columns = columns.map((column, c) => ({
    key: column.id,
    width: Math.max(8, Math.round((input.widths[c] ?? column.width) / 7)),
    style: column.excel.kind === 'money' ? { numFmt: moneyFormat } : column.excel.kind === 'percent' ? { numFmt: '0%' } : {},
  }));
  const header = sheet.addRow(columns.map((c) => t(`plan.columns.${c.id}`)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
  });
  const targetCol = columns.findIndex((c) => c.id === 'target');
  const weightedCol = columns.findIndex((c) => c.id === 'weighted');

  /** A subtotal or total row: SUBTOTAL over its member rows, coverage as weighted ÷ target of the same row. */
  const fillTotals = (rowNumber: number, label: string, totals: GroupTotals | undefined, firstRow: number, lastRow: number) => {
    const row = sheet.getRow(rowNumber);
    columns.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      if (c === 0) {
        cell.value = label;
        return;
      }
      const value = totals ? totalValue(column.id, totals) : null;
      if (value === null) return;
      const result = cellNumber(column, value, ctx);
      if (column.excel.sum && lastRow >= firstRow) {
        const letter = columnLetter(c);
        cell.value = { formula: `SUBTOTAL(9,${letter}${firstRow}:${letter}${lastRow})`, result: result ?? 0 };
      } else if (column.id === 'coverage' && targetCol >= 0 && weightedCol >= 0) {
        const tRef = `${columnLetter(targetCol)}${rowNumber}`;
        const wRef = `${columnLetter(weightedCol)}${rowNumber}`;
        cell.value = { formula: `IF(${tRef}>0,${wRef}/${tRef},"")`, result: result ?? '' };
      } else cell.value = result;
    });
    row.font = { bold: true };
    return row;
  };

  const firstDataRow = 2;
  let pendingGroup: { label: string; key: string; rowNumber: number } | null = null;
  // A group row is added before its members and filled in once the member range is known.
  const closeGroup = (lastRow: number) => {
    if (!pendingGroup) return;
    const row = fillTotals(pendingGroup.rowNumber, pendingGroup.label, input.groupTotals.get(pendingGroup.key), pendingGroup.rowNumber + 1, lastRow);
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEAF1FF' } };
    });
    pendingGroup = null;
  };

  for (const item of items) {
    if (item.kind === 'group') {
      closeGroup(sheet.rowCount);
      const row = sheet.addRow([]);
      pendingGroup = { label: `${item.label || t('plan.group.none')} (${item.ids.length})`, key: item.key, rowNumber: row.number };
      continue;
    }
    const record = rows.get(item.id);
    if (!record) continue;
    sheet.addRow(columns.map((column) => cellNumber(column, exportValue(column, record, ctx, t), ctx)));
  }
  closeGroup(sheet.rowCount);
  const lastDataRow = sheet.rowCount;
  fillTotals(sheet.addRow([]).number, t('plan.grandTotalCount', { count: input.grandTotals.count }), input.grandTotals, firstDataRow, lastDataRow);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

/** CSV: numbers unformatted (Excel reads them in every locale); toCsv guards every text cell, labels too, against formula injection. */
export function planToCsv(input: PlanExportInput): Blob {
  const { items, columns, rows, ctx, t } = input;
  const digits = minorDigits(ctx.currency);
  const cell = (column: PlanColumn, value: number | string | null): string => {
    if (value === null) return '';
    if (typeof value === 'string') return value;
    if (column.excel.kind === 'percent') return `${Math.round(value * 100)}%`;
    return column.excel.kind === 'money' ? fromMinorUnits(value, ctx.currency).toFixed(digits) : String(value);
  };
  const lines: string[][] = [columns.map((c) => t(`plan.columns.${c.id}`))];
  const totalsLine = (label: string, totals: GroupTotals | undefined) =>
    columns.map((column, c) => (c === 0 ? label : totals ? cell(column, totalValue(column.id, totals)) : ''));
  for (const item of items) {
    if (item.kind === 'group') {
      lines.push(totalsLine(`${item.label || t('plan.group.none')} (${item.ids.length})`, input.groupTotals.get(item.key)));
      continue;
    }
    const record = rows.get(item.id);
    if (record) lines.push(columns.map((column) => cell(column, exportValue(column, record, ctx, t))));
  }
  lines.push(totalsLine(t('plan.grandTotalCount', { count: input.grandTotals.count }), input.grandTotals));
  // The byte-order mark makes Excel (and WPS) read the file as UTF-8 instead of the system code page.
  return new Blob(['\uFEFF', toCsv(lines)], { type: 'text/csv;charset=utf-8' });
}
