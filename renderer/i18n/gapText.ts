/** A decision-chain gap in words, for the health panel and the review pack alike. */
import type { TFunction } from 'i18next';
import type { Gap } from '../../shared/methods/decisionChainHealth';

export function gapText(t: TFunction, gap: Gap): string {
  const count = gap.stakeholderIds.length;
  switch (gap.code) {
    case 'KP_MISSING':
      return t('chain.health.gap.KP_MISSING', { role: gap.role });
    case 'LAYER_UNMAPPED':
      return t('chain.health.gap.LAYER_UNMAPPED', { layer: t(`codes.powerLayer.${gap.layer}`) });
    case 'FUNCTION_UNMAPPED':
      return t('chain.health.gap.FUNCTION_UNMAPPED', { function: t(`codes.stakeholderFunction.${gap.function}`) });
    case 'GONE_COLD':
      return t('chain.health.gap.GONE_COLD', { days: gap.days, count });
    case 'NO_COACH':
      return t('chain.health.gap.NO_COACH');
    default:
      return t(`chain.health.gap.${gap.code}`, { count });
  }
}
