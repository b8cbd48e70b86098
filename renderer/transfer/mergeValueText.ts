/**
 * A stored value as its editor shows it, for the merge preview and its report: an amount as money
 * (¥1,500,000.00, never the fen it is stored in), a code by its word, a stance by its name, a deletion
 * as "已删除（日期）", a reference by the name of the record it points to, a list item by item.
 */
import type { TFunction } from 'i18next';
import { formatMoney } from '../../shared/domain/money';
import type { FieldKind } from '../../shared/merge/fieldKinds';

export interface ValueContext {
  currency: string;
  locale: string;
  names: Readonly<Record<string, string>>;
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

const EMPTY = '—';

export function mergeValueText(t: TFunction, kind: FieldKind, value: unknown, context: ValueContext): string {
  const loose = t as unknown as LooseT;
  const one = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return EMPTY;
    switch (kind.kind) {
      case 'money':
        return typeof v === 'number' ? formatMoney(v, context.currency, context.locale) : String(v);
      case 'code':
        return loose(`codes.${kind.group}.${String(v)}`, { defaultValue: String(v) });
      case 'stance':
        return loose(`codes.stance.${String(v)}`, { defaultValue: String(v) });
      case 'instant':
        return typeof v === 'string' ? new Date(v).toLocaleString(context.locale) : String(v);
      case 'reference':
        return typeof v === 'string' ? (context.names[v] ?? v) : String(v);
      default:
        break;
    }
    if (typeof v === 'boolean') return v ? t('merge.yes') : t('merge.no');
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.length === 0 ? EMPTY : v.map(one).join('、');
    return JSON.stringify(v);
  };
  if (kind.kind === 'deleted') return value === null || value === undefined ? t('merge.kept') : t('merge.deletedOn', { date: typeof value === 'string' ? new Date(value).toLocaleDateString(context.locale) : '' });
  return one(value);
}
