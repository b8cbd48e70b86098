/** "无法撤销：关键人“王建国”、商机“扩容二期”之后又改过了…": an undo refused, naming the records a person knows. */
import type { TFunction } from 'i18next';
import { recordLabel } from '../../shared/fileFormat/problemSubjects';
import type { TableName } from '../../shared/domain/workspace';
import type { UndoRefusedError } from '../data/repositories/undoStepRepository';

export function undoRefusedText(t: TFunction, error: UndoRefusedError): string {
  const byId = new Map(error.changes.map((c) => [`${c.table}/${c.id}`, c.after ?? c.before]));
  const names = (table: TableName, id: unknown): string => {
    const record = typeof id === 'string' ? byId.get(`${table}/${id}`) : undefined;
    return record ? recordLabel(table, record, names) : '';
  };
  const records = error.changedSince.map((c) => {
    const record = c.after ?? c.before;
    const label = (record && recordLabel(c.table, record, names)) || c.id;
    return t('undoHistory.record', { table: t(`records.${c.table}`), label });
  });
  return t('undoHistory.refused', { records: records.join(t('undoHistory.recordSeparator')) });
}
