/**
 * The bubble chart: x = relationship level, y = purchase potential (log scale, potentials span
 * orders of magnitude), size = annual revenue, colour = tier, dividing lines at the thresholds.
 * Bubbles carry the account's short name (the full one on hover) while there are few enough to read;
 * with thousands, zoom in (wheel or the slider) and brush an area to list the accounts inside it.
 * A click opens the account. An account whose potential is unknown (no purchase drivers, whitespace
 * estimate or plan potential) has no place on a log axis: it is named under the chart, never drawn as
 * if its potential were 1.
 */
import type { ScatterSeriesOption } from 'echarts/charts';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BorderOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { ACCOUNT_TIERS, type AccountTier } from '../../../shared/domain/codes';
import type { MatrixSettings } from '../../../shared/domain/matrixSettings';
import { formatMoney, fromMinorUnits } from '../../../shared/domain/money';
import { ChartExportMenu } from '../../components/ChartExportMenu';
import { EChart, type BrushedPoints, type ChartOption } from '../../components/EChart';
import type { PlacedAccount } from '../../../shared/methods/matrixModel';
import { shortAccountName } from './shortName';

const TIER_COLORS: Record<AccountTier, string> = { STRATEGIC: '#c41d7f', TOP: '#d4380d', KEY: '#1677ff', REGULAR: '#8c8c8c' };

/** Names listed under the chart before "and N more". */
const APART_NAMES = 12;
/** Up to this many bubbles carry their names; beyond, labels would only overlap (zoom or brush instead). */
const LABELLED = 80;
const BRUSHED_NAMES = 40;
/** Above this many bubbles (all tiers together) every tier's series is drawn in ECharts' large mode. */
const LARGE = 2000;

/** Drawn from the most numerous tier to the fewest, so strategic accounts lie on top. */
const DRAW_ORDER: readonly AccountTier[] = [...ACCOUNT_TIERS].reverse();

export function MatrixChart({ placed: all, settings, currency }: { placed: readonly PlacedAccount[]; settings: MatrixSettings; currency: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // Drawn: a known potential above zero (the axis is logarithmic); apart: unknown (or nothing) — never in a quadrant count.
  const [placed, apart] = useMemo(() => [all.filter((p) => (p.placement.potential ?? 0) > 0), all.filter((p) => (p.placement.potential ?? 0) <= 0)], [all]);
  // One series per tier: its colour is the series' own, so it holds in large mode too (which draws
  // a series as one path, with one size and one style for every point).
  const bySeries = useMemo(() => DRAW_ORDER.map((tier) => placed.filter((p) => p.account.tier === tier)), [placed]);
  const orderOf = useMemo(() => new Map(placed.map((p, i) => [p, i])), [placed]);
  const maxRevenue = useMemo(() => Math.max(1, ...placed.map((p) => p.account.revenue ?? 0)), [placed]);
  const [brushed, setBrushed] = useState<readonly PlacedAccount[]>([]);
  const [brushing, setBrushing] = useState(false);
  const language = i18n.language;
  const option = useMemo((): ChartOption => {
    const quadrantName = (q: string) => t(`codes.matrixQuadrant.${q as 'CORE'}`);
    const threshold = fromMinorUnits(settings.potentialThreshold, currency);
    // The axis top as a number (a power of ten above every bubble and the threshold): the upper
    // quadrants' areas end there, so their names sit at the top of their own quadrant. ('max' is not
    // resolved on a log axis: the names used to fall onto the dividing line.)
    let highest = threshold;
    for (const p of placed) highest = Math.max(highest, fromMinorUnits(p.placement.potential ?? 0, currency));
    const yTop = 10 ** Math.max(1, Math.ceil(Math.log10(highest * 1.2)));
    const large = placed.length > LARGE;
    const pointOf = (p: PlacedAccount) => [p.placement.relationship.level, fromMinorUnits(p.placement.potential ?? 0, currency)];
    const lines = {
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#595959' },
        label: { formatter: '' },
        data: [{ xAxis: settings.relationshipThreshold }, { yAxis: Math.max(1, threshold) }],
      },
      markArea: {
        silent: true,
        itemStyle: { color: 'transparent' },
        label: { color: '#8c8c8c', fontSize: 14, fontWeight: 600 },
        // Upper quadrants label at their top edge, lower ones at their bottom edge, so the four
        // names never meet at the dividing line.
        data: [
          [{ name: quadrantName('GROWTH'), coord: [0, Math.max(1, threshold)], label: { position: 'insideTop' } }, { coord: [settings.relationshipThreshold, yTop] }],
          [{ name: quadrantName('CORE'), coord: [settings.relationshipThreshold, Math.max(1, threshold)], label: { position: 'insideTop' } }, { coord: [100, yTop] }],
          [{ name: quadrantName('PROBLEM'), coord: [0, 1], label: { position: 'insideBottom' } }, { coord: [settings.relationshipThreshold, Math.max(1, threshold)] }],
          [{ name: quadrantName('TRACTION'), coord: [settings.relationshipThreshold, 1], label: { position: 'insideBottom' } }, { coord: [100, Math.max(1, threshold)] }],
        ],
      },
    } satisfies ScatterSeriesOption;
    return {
      animation: false,
      grid: { left: 88, right: 24, top: 24, bottom: 48 },
      xAxis: { type: 'value', min: 0, max: 100, name: t('matrix.xAxis'), nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'log', min: 1, max: yTop, name: t('matrix.yAxis'), nameLocation: 'middle', nameGap: 64, axisLabel: { formatter: (v: number) => new Intl.NumberFormat(language, { notation: 'compact' }).format(v) } },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const p = bySeries[item?.seriesIndex ?? -1]?.[item?.dataIndex ?? -1];
          if (!p) return '';
          const { relationship, potential, computed, override } = p.placement;
          const quadrant = override ? `${quadrantName(override)}（${t('matrix.manual')}，${t('matrix.computedWas', { quadrant: quadrantName(computed ?? '') })}）` : quadrantName(computed ?? '');
          return [
            `<b>${escapeHtml(p.account.name)}</b>`,
            t('matrix.tooltipRelationship', { level: relationship.level, stage: relationship.stage, support: relationship.support, coverage: relationship.coverage }),
            t('matrix.tooltipPotential', { amount: formatMoney(potential ?? 0, currency, language) }),
            t('matrix.tooltipQuadrant', { quadrant }),
          ].join('<br/>');
        },
      },
      series: DRAW_ORDER.map((tier, index) => ({
        type: 'scatter',
        name: t(`codes.tier.${tier}`),
        itemStyle: { color: TIER_COLORS[tier], opacity: 0.75 },
        ...(large
          ? // Large mode: one path per series, plain points (sizes and borders per point are not drawn).
            { large: true, largeThreshold: 0, symbolSize: 8, data: bySeries[index]?.map(pointOf) ?? [] }
          : {
              data: (bySeries[index] ?? []).map((p) => ({
                name: p.account.name,
                value: pointOf(p),
                itemStyle: { borderColor: p.placement.override ? '#000' : undefined, borderWidth: p.placement.override ? 1.5 : 0 },
                symbolSize: 10 + 36 * Math.sqrt((p.account.revenue ?? 0) / maxRevenue),
              })),
              label: { show: placed.length <= LABELLED, position: 'right', fontSize: 11, color: '#434343', formatter: (params: { name: string }) => shortAccountName(params.name) },
              labelLayout: { hideOverlap: true },
            }),
        // The dividing lines and quadrant names belong to the chart, drawn once.
        ...(index === 0 ? lines : {}),
      })),
    };
  }, [placed, bySeries, settings, currency, maxRevenue, t, language]);

  // On screen (not in exported files): zoom on both axes and a brush that lists what it covers.
  const screenOption = useMemo(
    (): ChartOption => ({
      ...option,
      grid: { left: 88, right: 24, top: 36, bottom: 72 },
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
        { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
        // No data shadow: for a scatter it is a line through 5,000 points in x order, which says nothing
        // and cost ~15 ms of every draw.
        { type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 14, bottom: 4, showDataShadow: false },
      ],
      brush: { toolbox: [], xAxisIndex: 0, yAxisIndex: 0, throttleType: 'debounce', throttleDelay: 150 },
    }),
    [option],
  );
  const onBrush = useCallback(
    (selected: readonly BrushedPoints[]) => {
      const inside = selected.flatMap(({ seriesIndex, dataIndex }) => dataIndex.flatMap((i) => bySeries[seriesIndex]?.[i] ?? []));
      // Listed in the accounts' order, whichever tier's series they were drawn in.
      setBrushed(inside.sort((a, b) => (orderOf.get(a) ?? 0) - (orderOf.get(b) ?? 0)));
    },
    [bySeries, orderOf],
  );

  const onClick = useCallback(
    (event: ECElementEvent) => {
      const p = bySeries[event.seriesIndex ?? -1]?.[event.dataIndex];
      if (p) void navigate(`/accounts/${p.account.id}`);
    },
    [bySeries, navigate],
  );

  return (
    <div style={{ position: 'relative' }}>
      <div style={{ position: 'absolute', top: 0, left: 0, zIndex: 1 }} className="keyplan-no-print">
        <Button
          size="small"
          icon={<BorderOutlined aria-hidden />}
          type={brushing ? 'primary' : 'default'}
          aria-pressed={brushing}
          onClick={() => {
            if (brushing) setBrushed([]);
            setBrushing(!brushing);
          }}
        >
          {brushing ? t('matrix.brushClear') : t('matrix.brush')}
        </Button>
      </div>
      <div style={{ position: 'absolute', top: 0, right: 0, zIndex: 1 }}>
        <ChartExportMenu title={t('matrix.chartFile')} draw={async () => ({ svg: (await import('../../drawing/reportCharts')).chartSvg(option, 960, 560), width: 960, height: 560 })} />
      </div>
      <EChart option={screenOption} onClick={onClick} onBrush={onBrush} brushing={brushing} height={500} label={t('matrix.chartLabel')} />
      {brushed.length > 0 && (
        <Typography.Paragraph data-testid="matrix-brushed">
          {t('matrix.brushed', { count: brushed.length })}{' '}
          {brushed.slice(0, BRUSHED_NAMES).map((p, i) => (
            <span key={p.account.id}>
              {i > 0 && t('review.separator')}
              <Link to={`/accounts/${p.account.id}`}>{p.account.name}</Link>
            </span>
          ))}
          {brushed.length > BRUSHED_NAMES && t('matrix.andMore', { count: brushed.length - BRUSHED_NAMES })}
        </Typography.Paragraph>
      )}
      {placed.length > LARGE && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="matrix-large-note">
          {t('matrix.largeNote', { count: LARGE })}
        </Typography.Paragraph>
      )}
      {apart.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="matrix-potential-unknown">
          {t('matrix.potentialUnknown', { count: apart.length })}{' '}
          {apart.slice(0, APART_NAMES).map((p, i) => (
            <span key={p.account.id}>
              {i > 0 && t('review.separator')}
              <Link to={`/accounts/${p.account.id}`}>{p.account.name}</Link>
            </span>
          ))}
          {apart.length > APART_NAMES && t('matrix.andMore', { count: apart.length - APART_NAMES })}
        </Typography.Paragraph>
      )}
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', fontSize: 12 }} aria-hidden>
        {ACCOUNT_TIERS.map((tier) => (
          <span key={tier}>
            <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: TIER_COLORS[tier], marginRight: 4 }} />
            {t(`codes.tier.${tier}`)}
          </span>
        ))}
      </div>
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
