/**
 * "Fit" that never shrinks names past reading: the whole chart when it fits at FIT_MIN_ZOOM or more
 * (never enlarged past 1), else the top of the chart at FIT_MIN_ZOOM, centred on its topmost card
 * (the first tree's head), with the number of people left outside the view so the screen can say so.
 */
import type { Rect, Viewport } from '@xyflow/react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/methods/decisionChainLayout';

/**
 * Below OVERVIEW_ZOOM (StakeholderCard.tsx) a card's name is 34 px: at 0.36 it is 12.2 px on screen,
 * the smallest a name is ever shown at by a fit.
 */
export const FIT_MIN_ZOOM = 0.36;
const PADDING = 16;
/** Room left at the top for the corner's health and side-panel button (DecisionChainEditor's Panel). */
const TOP = 52;

export interface ReadableFit {
  viewport: Viewport;
  /** Cards not wholly inside the view at that viewport (0 when the whole chart fits). */
  outside: number;
}

export function readableFit(cards: readonly { x: number; y: number }[], box: { width: number; height: number }): ReadableFit | null {
  if (cards.length === 0 || box.width <= 0 || box.height <= 0) return null;
  const bounds: Rect = {
    x: Math.min(...cards.map((c) => c.x)),
    y: Math.min(...cards.map((c) => c.y)),
    width: Math.max(...cards.map((c) => c.x + CARD_WIDTH)) - Math.min(...cards.map((c) => c.x)),
    height: Math.max(...cards.map((c) => c.y + CARD_HEIGHT)) - Math.min(...cards.map((c) => c.y)),
  };
  const zoom = Math.min(1, (box.width - 2 * PADDING) / bounds.width, (box.height - TOP - PADDING) / bounds.height);
  if (zoom >= FIT_MIN_ZOOM) {
    const x = (box.width - bounds.width * zoom) / 2 - bounds.x * zoom;
    const y = TOP + (box.height - TOP - PADDING - bounds.height * zoom) / 2 - bounds.y * zoom;
    return { viewport: { x, y, zoom }, outside: 0 };
  }
  const top = cards.reduce((a, b) => (b.y < a.y || (b.y === a.y && b.x < a.x) ? b : a));
  const viewport = { x: box.width / 2 - (top.x + CARD_WIDTH / 2) * FIT_MIN_ZOOM, y: TOP - bounds.y * FIT_MIN_ZOOM, zoom: FIT_MIN_ZOOM };
  return { viewport, outside: cards.filter((c) => !inside(c, viewport, box)).length };
}

function inside(card: { x: number; y: number }, v: Viewport, box: { width: number; height: number }): boolean {
  const left = card.x * v.zoom + v.x;
  const top = card.y * v.zoom + v.y;
  return left >= 0 && top >= 0 && left + CARD_WIDTH * v.zoom <= box.width && top + CARD_HEIGHT * v.zoom <= box.height;
}
