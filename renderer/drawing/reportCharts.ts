/**
 * Charts as SVG markup, drawn by ECharts' server-side SVG renderer: shapes and real text, so the
 * PDF keeps them sharp when zoomed and a reader can search their labels; the same markup is what
 * a chart's SVG/PNG export on screen saves. No animation: the page is printed as soon as it is ready.
 */
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, MarkAreaComponent, SVGRenderer]);

export const REPORT_FONT = "'Noto Sans SC', sans-serif";

export function chartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: REPORT_FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export interface BarSeries {
  name: string;
  color: string;
  values: number[];
}

/** Grouped bars (target / weighted / won by owner), values in major units, labels as given. */
export function barsSvg(categories: string[], series: BarSeries[], axisLabel: (value: number) => string, width = 960, height = 320): string {
  return chartSvg(
    {
      legend: { top: 0, textStyle: { fontFamily: REPORT_FONT } },
      grid: { left: 90, right: 20, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontFamily: REPORT_FONT } },
      yAxis: { type: 'value', axisLabel: { formatter: axisLabel, fontFamily: REPORT_FONT } },
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, itemStyle: { color: s.color }, barMaxWidth: 36 })),
    },
    width,
    height,
  );
}

export interface MatrixPoint {
  /** What the bubble shows: its number in the table under the chart (names would fall on one another). */
  label: string;
  relationship: number;
  potential: number;
  color: string;
}

export interface MatrixQuadrantArea {
  label: string;
  color: string;
  /** Which side of each cut line the quadrant lies on. */
  high: boolean;
  strong: boolean;
}

/**
 * The customer-analysis matrix as in the app: relationship across, purchase potential up, the four
 * quadrants tinted and named, the cut lines drawn, each account a numbered bubble (the table under the
 * chart names them — long names placed on a crowded chart cover one another).
 */
export function matrixSvg(
  points: MatrixPoint[],
  cut: { relationship: number; potential: number },
  labels: { x: string; y: string; potential: (value: number) => string },
  quadrants: readonly MatrixQuadrantArea[],
  width = 960,
  height = 560,
): string {
  // The potential cut line is always in view, with room above it for the high-potential accounts.
  const top = Math.max(cut.potential * 2, ...points.map((p) => p.potential * 1.1));
  const area = (q: MatrixQuadrantArea) => [
    {
      xAxis: q.strong ? cut.relationship : 0,
      yAxis: q.high ? cut.potential : 0,
      itemStyle: { color: q.color, opacity: 0.07 },
      label: { show: true, position: q.high ? (q.strong ? 'insideTopRight' : 'insideTopLeft') : q.strong ? 'insideBottomRight' : 'insideBottomLeft', formatter: q.label, color: q.color, fontSize: 14, fontWeight: 'bold', fontFamily: REPORT_FONT },
    },
    { xAxis: q.strong ? 100 : cut.relationship, yAxis: q.high ? top : cut.potential },
  ];
  return chartSvg(
    {
      grid: { left: 90, right: 40, top: 20, bottom: 50 },
      xAxis: { type: 'value', name: labels.x, nameLocation: 'middle', nameGap: 30, min: 0, max: 100, splitLine: { show: false } },
      yAxis: { type: 'value', name: labels.y, nameLocation: 'middle', nameGap: 70, min: 0, max: top, axisLabel: { formatter: labels.potential }, splitLine: { show: false } },
      series: [
        {
          type: 'scatter',
          symbolSize: 22,
          data: points.map((p) => ({ value: [p.relationship, p.potential], name: p.label, itemStyle: { color: p.color } })),
          label: { show: true, position: 'inside', formatter: '{b}', fontSize: 10, fontWeight: 'bold', fontFamily: REPORT_FONT, color: '#ffffff' },
          // Bubbles at one spot keep their numbers, moved apart rather than hidden.
          labelLayout: { moveOverlap: 'shiftY' },
          markArea: { silent: true, data: quadrants.map(area) },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#595959', type: 'dashed' },
            label: { show: false },
            data: [{ xAxis: cut.relationship }, { yAxis: cut.potential }],
          },
        },
      ],
    },
    width,
    height,
  );
}

export interface ListBar {
  label: string;
  value: number;
  display: string;
  color: string;
}

/** One bar per line (the home's charts), labels on the left and the figure at the end of each bar. */
export function listBarsSvg(bars: readonly ListBar[], width = 640): { svg: string; width: number; height: number } {
  const height = 40 + bars.length * 44;
  const svg = chartSvg(
    {
      grid: { left: 120, right: 120, top: 16, bottom: 16 },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisTick: { show: false }, axisLine: { show: false }, axisLabel: { fontSize: 13, fontFamily: REPORT_FONT } },
      series: [
        {
          type: 'bar',
          barWidth: 18,
          data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color, borderRadius: 3 } })),
          label: { show: true, position: 'right', fontSize: 13, fontFamily: REPORT_FONT, formatter: (p: { dataIndex: number }) => bars[p.dataIndex]?.display ?? '' },
        },
      ],
    },
    width,
    height,
  );
  return { svg, width, height };
}
