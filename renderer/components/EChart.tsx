/**
 * One Apache ECharts instance in a div: created on mount, given the option on every change,
 * resized with its box, disposed on unmount. Only the chart types and components the app uses are
 * registered, so the bundle carries no more of ECharts than that.
 */
import { ScatterChart } from 'echarts/charts';
import { BrushComponent, DataZoomComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerECharts, type ComposeOption, type ECharts, type ECElementEvent } from 'echarts/core';
import type { ScatterSeriesOption } from 'echarts/charts';
import type {
  BrushComponentOption,
  DataZoomComponentOption,
  GridComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// No toolbox: the brush is switched on by the app's own labelled button (takeGlobalCursor). With the
// toolbox registered, ECharts adds its four unlabelled brush icons to every chart that has a brush
// (beside the export button, doing what that button does) and parses their SVG paths on each new
// option: ~30 ms of the matrix's first draw.
registerECharts([ScatterChart, GridComponent, TooltipComponent, MarkLineComponent, MarkAreaComponent, DataZoomComponent, BrushComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption | MarkAreaComponentOption | DataZoomComponentOption | BrushComponentOption
>;

/** One series' points inside a brushed area. */
export interface BrushedPoints {
  seriesIndex: number;
  dataIndex: number[];
}

/** What ECharts reports when a brush selection changes: per series, the indexes of the points inside. */
interface BrushSelected {
  batch?: { selected?: BrushedPoints[] }[];
}

interface Props {
  option: ChartOption;
  onClick?: (event: ECElementEvent) => void;
  /** Per series, the data indexes inside the brushed area (empty when cleared). */
  onBrush?: (selected: readonly BrushedPoints[]) => void;
  /** While true, dragging over the plot draws a rectangle brush (panning and clicks pause). */
  brushing?: boolean;
  height: number;
  label: string;
}

export function EChart({ option, onClick, onBrush, brushing = false, height, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // The observer reports the box once at the start too: a resize then would draw the whole chart again.
    const observer = new ResizeObserver(([entry]) => {
      const size = entry?.contentRect;
      if (size && Math.round(size.width) === instance.getWidth() && Math.round(size.height) === instance.getHeight()) return;
      instance.resize();
    });
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(option, { notMerge: true });
    // A new option resets the cursor: the brush stays on if it was.
    if (brushing) instance.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'rect', brushMode: 'single' } });
  }, [option, brushing]);

  // Clears the brush when it is turned off; not on mount, where there is none (each action redraws the chart).
  const brushedBefore = useRef(false);
  useEffect(() => {
    const instance = chart.current;
    const wasOn = brushedBefore.current;
    brushedBefore.current = brushing;
    if (!instance || brushing || !wasOn) return;
    instance.dispatchAction({ type: 'brush', areas: [] });
    instance.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: false } });
  }, [brushing]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onBrush) return;
    const handler = (params: unknown) => onBrush((params as BrushSelected).batch?.[0]?.selected ?? []);
    instance.on('brushSelected', handler);
    return () => {
      instance.off('brushSelected', handler);
    };
  }, [onBrush]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
