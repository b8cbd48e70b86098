/** A person's change between two chain pictures in words ("态度：中立 → 支持"), for the snapshot panel and the review pack. */
import type { TFunction } from 'i18next';
import type { FieldChange } from '../../shared/methods/snapshotDiff';

export function changeText(t: TFunction, change: FieldChange, ownerName: (id: string) => string, personName: (id: string) => string): string {
  const valueText = (value: FieldChange['from']): string => {
    if (value === null || value === '') return t('common.none');
    switch (change.field) {
      case 'stance':
        return t(`codes.stance.${String(value) as '0'}`);
      case 'coverage':
        return t(`codes.coverage.${value as 'DEEP'}`);
      case 'buyingRole':
        return t(`codes.buyingRole.${value as 'EB'}`);
      case 'ownerId':
        return ownerName(String(value));
      case 'reportsToId':
        return personName(String(value));
      case 'placeholder':
        return value ? t('common.yes') : t('common.no');
      default:
        return String(value);
    }
  };
  const field = t(`chain.panel.fields.${change.field === 'ownerId' ? 'owner' : change.field === 'reportsToId' ? 'reportsTo' : change.field === 'placeholder' ? 'name' : change.field}`);
  return t('chain.snapshots.change', { field, from: valueText(change.from), to: valueText(change.to) });
}
