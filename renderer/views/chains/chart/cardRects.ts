/**
 * Where the cards stand, for lines that go around them (InfluenceEdge). Kept apart from the cards'
 * data so a stance or note edit — a new node object, the same place — leaves the lines alone.
 */
import { createContext, useContext, useMemo } from 'react';
import type { Rect } from '../../../../shared/methods/edgeRouting';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/methods/decisionChainLayout';
import type { ChartNode } from './chartModel';

export interface CardRects {
  all: readonly Rect[];
  byId: ReadonlyMap<string, Rect>;
}

export const CardRectsContext = createContext<CardRects>({ all: [], byId: new Map() });

export function useCardRectsContext(): CardRects {
  return useContext(CardRectsContext);
}

/** The cards' rectangles; the same object for as long as no card has moved, appeared or gone. */
export function useCardRects(nodes: readonly ChartNode[]): CardRects {
  // The places as one string: a stance edit gives new nodes but the same string, so the same rectangles.
  const key = useMemo(() => JSON.stringify(nodes.flatMap((n) => (n.type === 'stakeholder' ? [[n.id, n.position.x, n.position.y]] : []))), [nodes]);
  return useMemo(() => {
    const byId = new Map<string, Rect>();
    for (const [id, x, y] of JSON.parse(key) as [string, number, number][]) byId.set(id, { x, y, width: CARD_WIDTH, height: CARD_HEIGHT });
    return { all: [...byId.values()], byId };
  }, [key]);
}
