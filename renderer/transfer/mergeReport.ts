/**
 * The merge's conflict report for the meeting: one row per differing field — file, table, record,
 * field, ours, theirs, what was chosen — as CSV (UTF-8 with BOM, formula-guarded, for WPS and Excel)
 * or as an Excel workbook with a frozen, filterable header.
 */
import type { TFunction } from 'i18next';
import { toCsv } from '../../shared/methods/tsv';
import { OURS, type MergeConflictView } from '../../shared/merge/mergePlan';
import { mergeValueText, type ValueContext } from './mergeValueText';
import { recordFieldLabel } from '../i18n/problemText';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One row per side of each conflict: the record, the field, the starting value, the side's value and whether it was kept. */
export function mergeReportRows(t: TFunction, conflicts: readonly MergeConflictView[], choices: Readonly<Record<string, string>>, context: (c: MergeConflictView) => ValueContext): string[][] {
  const sideText = (side: string) => (side === OURS ? t('merge.ours') : side);
  const header = [t('merge.table'), t('merge.record'), t('merge.field'), t('merge.base'), t('merge.changedBy'), t('merge.value'), t('merge.chosen')];
  const lines = conflicts.flatMap((c) =>
    c.values.map((v) => [
      t(`records.${c.table}`),
      c.account ? `${c.label}${t('records.account', { name: c.account })}` : c.label,
      recordFieldLabel(t, c.table, c.field),
      c.base ? mergeValueText(t, c.kind, c.base.value, context(c)) : '',
      sideText(v.side),
      mergeValueText(t, c.kind, v.value, context(c)),
      (choices[c.key] ?? c.chosen) === v.side ? t('merge.yes') : '',
    ]),
  );
  return [header, ...lines];
}

export function mergeReportCsv(rows: readonly string[][]): Blob {
  return new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv' });
}

export async function mergeReportXlsx(rows: readonly string[][], sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Keyplan';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Cells are written as text: a value that starts with "=" stays a value, never a formula.
  for (const line of rows) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true };
  const width = rows[0]?.length ?? 0;
  sheet.columns.forEach((column, c) => {
    column.width = Math.min(60, rows.reduce((widest, line) => Math.max(widest, (line[c] ?? '').length * 1.6), 10));
  });
  if (width > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length, column: width } };
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}
