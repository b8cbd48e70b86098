/** What a card can ask the editor to do; node data stays plain values that can be compared and exported. */
import { createContext, useContext } from 'react';

export interface ChartActions {
  toggleCollapsed: (id: string, collapsed: boolean) => void;
  /** Full cards at every zoom (while an image is being exported). */
  forceDetail: boolean;
}

export const ChartActionsContext = createContext<ChartActions>({ toggleCollapsed: () => undefined, forceDetail: false });

export function useChartActions(): ChartActions {
  return useContext(ChartActionsContext);
}
