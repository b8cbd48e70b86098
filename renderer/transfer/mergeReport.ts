/**
 * The merge's conflict report for the meeting: one row per differing field — file, table, record,
 * field, ours, theirs, what was chosen — as CSV (UTF-8 with BOM, formula-guarded, for WPS and Excel)
 * or as an Excel workbook with a frozen, filterable header.
 */
import type { TFunction } from 'i18next';
import { toCsv } from '../../shared/methods/tsv';
import type { MergeConflictView } from '../../shared/merge/mergePlan';
import { recordFieldLabel } from '../i18n/problemText';

type Side = 'ours' | 'theirs';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function mergeReportRows(t: TFunction, conflicts: readonly MergeConflictView[], choices: Readonly<Record<string, Side>>): string[][] {
  const sideText = (side: Side) => (side === 'ours' ? t('merge.ours') : t('merge.theirs'));
  const header = [t('merge.file'), t('merge.table'), t('merge.record'), t('merge.field'), t('merge.ours'), t('merge.theirs'), t('merge.chosen')];
  const lines = conflicts.flatMap((c) =>
    c.fields.map((f) => [
      c.file,
      t(`records.${c.table}`),
      c.account ? `${c.label}${t('records.account', { name: c.account })}` : c.label,
      recordFieldLabel(t, c.table, f.path),
      f.ours,
      f.theirs,
      sideText(choices[c.key] ?? c.chosen),
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
