/**
 * How the user likes to look at charts (department grouping, which lines are shown). A view
 * preference of this device, like the language: kept in localStorage, not in the workspace file.
 */
import { useCallback, useState } from 'react';

export interface ChartPrefs {
  groupByDepartment: boolean;
  showReporting: boolean;
  showInfluence: boolean;
  showLegend: boolean;
  showMinimap: boolean;
}

const KEY = 'keyplan.chain.prefs';
const DEFAULTS: ChartPrefs = { groupByDepartment: false, showReporting: true, showInfluence: true, showLegend: true, showMinimap: true };

function load(): ChartPrefs {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return DEFAULTS;
    const stored = raw as Partial<Record<keyof ChartPrefs, unknown>>;
    const flag = (key: keyof ChartPrefs) => (typeof stored[key] === 'boolean' ? stored[key] : DEFAULTS[key]);
    return { groupByDepartment: flag('groupByDepartment'), showReporting: flag('showReporting'), showInfluence: flag('showInfluence'), showLegend: flag('showLegend'), showMinimap: flag('showMinimap') };
  } catch {
    return DEFAULTS;
  }
}

export function useChartPrefs(): [ChartPrefs, (change: Partial<ChartPrefs>) => void] {
  const [prefs, setPrefs] = useState(load);
  const update = useCallback((change: Partial<ChartPrefs>) => {
    setPrefs((current) => {
      const next = { ...current, ...change };
      localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [prefs, update];
}
