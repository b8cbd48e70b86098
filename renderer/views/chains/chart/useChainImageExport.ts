/**
 * The chain as a picture: while an export runs every card is drawn in full with the legend under the
 * chart; two frames later the viewport is captured — SVG drawn from the chart's shapes and text (opens
 * in PowerPoint and WPS) or PNG of the screen's rendering — saved, and the view goes back.
 */
import { getNodesBounds, type ReactFlowInstance } from '@xyflow/react';
import { App } from 'antd';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/common';
import type { ChainSvgWords } from '../../../drawing/ChainSvg';
import { saveBlob } from '../../../platform/fileAccess';
import { useErrorReporter } from '../../../session/useErrorReporter';
import { chainSvgBlob } from './chainSvgExport';
import { chartPngDataUrl, dataUrlToBlob, type ImageKind } from './chartExport';
import type { ChartNode } from './chartModel';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Returns the export under way (null: none) and how to start one. */
export function useChainImageExport(
  flow: ReactFlowInstance<ChartNode>,
  refs: { wrapper: RefObject<HTMLDivElement | null>; legend: RefObject<HTMLDivElement | null> },
  accountName: string,
): [ImageKind | null, (kind: ImageKind) => void] {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const [exporting, setExporting] = useState<ImageKind | null>(null);
  const { wrapper, legend: legendRef } = refs;
  // The words of the SVG drawing, in the person's language.
  const svgWords = useMemo<ChainSvgWords>(
    () => ({
      stance: (stance) => t(`codes.stance.${String(stance) as '0'}`),
      role: (role) => t(`codes.buyingRole.${role}`),
      influence: (value) => t('chain.card.influence', { value }),
      ownedBy: (owner) => (owner === null ? t('chain.card.noOwner') : t('chain.card.ownerLabel', { name: owner })),
      vacantSeat: t('chain.card.seat'),
      legend: { stance: t('chain.legend.stance'), roles: t('chain.legend.roles'), lines: t('chain.legend.lines'), reporting: t('chain.legend.reporting'), influence: t('chain.legend.influence') },
    }),
    [t],
  );
  useEffect(() => {
    if (!exporting) return;
    let cancelled = false;
    void (async () => {
      await nextFrame();
      await nextFrame();
      const viewport = wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (cancelled || !viewport) return;
      const chart = getNodesBounds(flow.getNodes());
      const legendHeight = legendRef.current?.offsetHeight ?? 0;
      const legendWidth = legendRef.current?.offsetWidth ?? 0;
      const bounds = { x: chart.x, y: chart.y, width: Math.max(chart.width, legendWidth), height: chart.height + 32 + legendHeight };
      const name = `${accountName}-${t('chain.title')}-${todayIsoDate()}.${exporting}`;
      // SVG: shapes and text drawn from the chart (opens in PowerPoint and WPS); PNG: a picture of the screen's rendering.
      const blob =
        exporting === 'svg'
          ? await chainSvgBlob({ nodes: flow.getNodes(), edges: flow.getEdges(), canvas: viewport, words: svgWords, label: t('chain.canvasLabel', { name: accountName }) })
          : dataUrlToBlob(await chartPngDataUrl(viewport, bounds));
      const outcome = await saveBlob(blob, name, exporting);
      if (outcome.saved) void message.success(t('chain.toolbar.exported', { name: outcome.name }));
    })()
      .catch(reportError)
      .finally(() => {
        if (!cancelled) setExporting(null);
      });
    return () => {
      cancelled = true;
    };
  }, [exporting, accountName, flow, message, reportError, t, svgWords, wrapper, legendRef]);
  return [exporting, setExporting];
}
