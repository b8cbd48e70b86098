/** React Flow's own words (zoom buttons, keyboard help, move announcements) in the person's language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useFlowAriaLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('chain.a11y.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('chain.a11y.nodeHelpMove'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('chain.a11y.moved', { direction: t(`chain.a11y.direction.${direction === 'left' || direction === 'right' || direction === 'up' ? direction : 'down'}`), x, y }),
      'edge.a11yDescription.default': t('chain.a11y.edgeHelp'),
      'controls.ariaLabel': t('chain.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('chain.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('chain.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('chain.a11y.fitView'),
      'controls.interactive.ariaLabel': t('chain.a11y.interactive'),
      'minimap.ariaLabel': t('chain.a11y.minimap'),
      'handle.ariaLabel': t('chain.a11y.handle'),
    }),
    [t],
  );
}
