/** What a file leaves out, in words (no widgets: the report page uses it too). */
import type { TFunction } from 'i18next';
import type { LeftOut } from '../../shared/report/redaction';

/** "不包含：个人档案、联系方式", or the warning that everything is in: the dialogs and the report's cover say it alike. */
export function leftOutText(t: TFunction, items: readonly LeftOut[]): string {
  return items.length > 0 ? t('review.leftOut', { items: items.map((item) => t(`review.leftOutItems.${item}`)).join(t('review.separator')) }) : t('review.leftOutNothing');
}
