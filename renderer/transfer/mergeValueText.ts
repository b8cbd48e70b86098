/**
 * A stored value as its editor shows it, for the merge preview and its report: an amount as money
 * (¥1,500,000.00, never the fen it is stored in), a code by its word, a stance by its name, a deletion
 * as "已删除（日期）", a reference by the name of the record it points to, a list item by item.
 */
import type { TFunction } from 'i18next';
import { formatMoney } from '../../shared/domain/money';
import type { FieldKind } from '../../shared/merge/fieldKinds';
import { looseT } from '../i18n/looseT';

export interface ValueContext {
  currency: string;
  locale: string;
  names: Readonly<Record<string, string>>;
}


const EMPTY = '—';

export function mergeValueText(t: TFunction, kind: FieldKind, value: unknown, context: ValueContext): string {
  const loose = looseT(t);
  const one = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return EMPTY;
    // Only scalars are named by kind; objects and lists are read item by item below.
    const scalar = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
    switch (kind.kind) {
      case 'money':
        return typeof v === 'number' ? formatMoney(v, context.currency, context.locale) : scalar;
      case 'code':
        return loose(`codes.${kind.group}.${scalar}`, { defaultValue: scalar });
      case 'stance':
        return loose(`codes.stance.${scalar}`, { defaultValue: scalar });
      case 'instant':
        return typeof v === 'string' ? new Date(v).toLocaleString(context.locale) : scalar;
      case 'reference':
        return typeof v === 'string' ? (context.names[v] ?? v) : scalar;
      default:
        break;
    }
    if (typeof v === 'boolean') return v ? t('merge.yes') : t('merge.no');
    if (Array.isArray(v)) return v.length === 0 ? EMPTY : v.map(one).join('、');
    return scalar;
  };
  if (kind.kind === 'deleted') return value === null || value === undefined ? t('merge.kept') : t('merge.deletedOn', { date: typeof value === 'string' ? new Date(value).toLocaleDateString(context.locale) : '' });
  return one(value);
}
